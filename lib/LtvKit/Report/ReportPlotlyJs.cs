using System.Reflection;
using Plotly.NET;

namespace LtvKit.Report;

/// <summary>plotly.js, as Plotly.NET ships it inside its own assembly: the report inlines it once, so it needs no network.</summary>
internal static class ReportPlotlyJs
{
    private static readonly Lazy<string> Script = new(Load);

    /// <summary>The minified plotly.js, checked safe to place inside a &lt;script&gt; element.</summary>
    public static string Text => Script.Value;

    /// <summary>The file name of the embedded script (plotly-2.28.0.min.js for Plotly.NET 6.0).</summary>
    public static string ResourceName { get; } = FindResource();

    private static Assembly PlotlyAssembly => typeof(GenericChart).Assembly;

    private static string FindResource() =>
        PlotlyAssembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase) && n.Contains("plotly", StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException("plotly.js is not embedded in the Plotly.NET assembly: the report cannot be written offline.");

    private static string Load()
    {
        using var stream = PlotlyAssembly.GetManifestResourceStream(ResourceName)!;
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // Inside <script>, only "</script" and "<!--" could break out of or confuse the element.
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException($"{ResourceName} contains '</script' or '<!--' and cannot be inlined as it is.");
        return text;
    }
}
