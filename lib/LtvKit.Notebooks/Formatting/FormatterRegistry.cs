using System.Collections;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace LtvKit.Notebooks.Formatting;

/// <summary>Turns a value into the representations a notebook shows: MIME type → text.</summary>
/// <remarks>
/// <para>The first match wins, in this order:</para>
/// <list type="number">
/// <item>formatters the host or a cell registered, the latest first;</item>
/// <item><see cref="HtmlString"/> (the cell's <c>HTML("…")</c>): <c>text/html</c> as is;</item>
/// <item>Plotly.NET <see cref="GenericChart"/>: the figure JSON (<c>application/vnd.plotly.v1+json</c>), the chart's div and a loader (<c>text/html</c>, without plotly.js; see <see cref="ChartHtml"/>) and a one-line <c>text/plain</c>;</item>
/// <item>Microsoft.Data.Analysis <see cref="DataFrame"/>: a table of the first <see cref="MaxRows"/> rows and the shape "rows × columns";</item>
/// <item>Deedle <c>Frame&lt;R, C&gt;</c> and <c>Series&lt;K, V&gt;</c>: a table of the first <see cref="MaxRows"/> rows by row key, and the shape;</item>
/// <item>any other sequence but a string: a table of the items' public properties (one "value" column for numbers, strings, dates), first <see cref="MaxRows"/> rows;</item>
/// <item>everything else: <c>ToString()</c> as <c>text/plain</c>.</item>
/// </list>
/// <para>Every value put into HTML is escaped; only <see cref="HtmlString"/> and charts carry markup.</para>
/// <para>
/// Every bundle has <c>text/plain</c> beside its rich types, for front ends and readers that show
/// text only: a formatter's bundle without one gets the HTML's text (<see cref="HtmlText"/>), or the
/// value's <c>ToString()</c>.
/// </para>
/// </remarks>
public sealed class FormatterRegistry
{
    private readonly List<(Type Type, Func<object, IReadOnlyDictionary<string, string>> Format)> _registered = [];
    private readonly Lock _lock = new();

    /// <param name="maxRows">How many rows a table shows.</param>
    /// <param name="plotlyJsPath">Where a chart's HTML loads plotly.js from when the page lacks it, under the Jupyter server's base URL.</param>
    public FormatterRegistry(int maxRows, string plotlyJsPath)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        ArgumentException.ThrowIfNullOrWhiteSpace(plotlyJsPath);
        MaxRows = maxRows;
        PlotlyJsPath = plotlyJsPath;
    }

    /// <summary>How many rows a table shows.</summary>
    public int MaxRows { get; }

    /// <summary>Where a chart's HTML loads plotly.js from when the page lacks it, under the Jupyter server's base URL.</summary>
    public string PlotlyJsPath { get; }

    /// <summary>Shows values of type <typeparamref name="T"/> (and its subtypes) with <paramref name="format"/>; overrides the built-in formatters.</summary>
    public void Register<T>(Func<T, IReadOnlyDictionary<string, string>> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        lock (_lock)
            _registered.Insert(0, (typeof(T), value => format((T)value)));
    }

    /// <summary>The representations of <paramref name="value"/>, richest first.</summary>
    public IReadOnlyDictionary<string, string> Format(object? value)
    {
        if (value is null)
            return Plain("null");
        Func<object, IReadOnlyDictionary<string, string>>? custom;
        lock (_lock)
            custom = _registered.FirstOrDefault(r => r.Type.IsInstanceOfType(value)).Format;
        var bundle = custom is not null ? custom(value) : BuiltIn(value);
        if (bundle.ContainsKey(MimeTypes.PlainText))
            return bundle;
        return new Dictionary<string, string>(bundle)
        {
            [MimeTypes.PlainText] = bundle.TryGetValue(MimeTypes.Html, out var html) ? HtmlText.Of(html) : value.ToString() ?? "",
        };
    }

    private Dictionary<string, string> BuiltIn(object value) => value switch
    {
        HtmlString html => new Dictionary<string, string> { [MimeTypes.Html] = html.Html },
        GenericChart chart => ChartHtml.Format(chart, PlotlyJsPath),
        DataFrame frame => Both(DataFrameTable.Create(frame, MaxRows)),
        string text => Plain(text),
        _ when DeedleTable.TryCreate(value, MaxRows) is { } deedle => Both(deedle),
        IEnumerable sequence => Both(SequenceTable.Create(sequence, MaxRows)),
        _ => Plain(value.ToString() ?? ""),
    };

    private static Dictionary<string, string> Both(Table table) => new()
    {
        [MimeTypes.Html] = table.ToHtml(),
        [MimeTypes.PlainText] = table.ToText(),
    };

    private static Dictionary<string, string> Plain(string text) => new() { [MimeTypes.PlainText] = text };
}
