using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;
using Microsoft.Data.Analysis;

namespace LtvKit.Notebooks.Tests.Formatting;

public sealed class FormatterRegistryTests
{
    private sealed record Customer(int Id, string Name, decimal Total, DateOnly FirstPurchase);

    private readonly FormatterRegistry _formatters = Registry();

    /// <summary>A registry as the engine makes one: its defaults unless a test says otherwise.</summary>
    private static FormatterRegistry Registry(int maxRows = EngineDefaults.MaxDisplayRows, string? plotlyJsPath = null) =>
        new(maxRows, plotlyJsPath ?? EngineDefaults.PlotlyJsPath);

    [Fact]
    public void Format_PlainValue_IsToString()
    {
        var customer = new Customer(1, "山田", 12800m, new DateOnly(2024, 4, 1));
        var data = _formatters.Format(customer);
        Assert.Equal([MimeTypes.PlainText], data.Keys);
        Assert.Equal(customer.ToString(), data[MimeTypes.PlainText]);
    }

    [Fact]
    public void Format_HtmlString_IsHtmlAsIs()
    {
        var data = _formatters.Format(new HtmlString("<b>太字</b>"));
        Assert.Equal("<b>太字</b>", data[MimeTypes.Html]);
    }

    [Fact]
    public void Format_Records_TableOfPublicProperties_Escaped()
    {
        var data = _formatters.Format(new List<Customer>
        {
            new(1, "<script>alert(1)</script>", 12800.5m, new DateOnly(2024, 4, 1)),
            new(2, "鈴木 & 佐藤", 3980m, new DateOnly(2024, 5, 12)),
        });

        var html = data[MimeTypes.Html];
        Assert.Contains("<th>Id</th><th>Name</th><th>Total</th><th>FirstPurchase</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>鈴木 &amp; 佐藤</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">12800.5</td><td>2024-04-01</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("List&lt;Customer&gt;: 2 rows × 4 columns", html, StringComparison.Ordinal);
        Assert.Equal(
            "   Id  Name                         Total  FirstPurchase\n" +
            "0   1  <script>alert(1)</script>  12800.5  2024-04-01\n" +
            "1   2  鈴木 & 佐藤                   3980  2024-05-12\n" +
            "List<Customer>: 2 rows × 4 columns",
            data[MimeTypes.PlainText]);
    }

    [Fact]
    public void Format_DeedleFrame_TableByRowKey_MissingValuesEmpty_Escaped()
    {
        var frame = Deedle.Frame.FromColumns(new Dictionary<string, Deedle.Series<DateTime, double>>
        {
            ["<b>repeat</b>"] = new([new DateTime(2024, 1, 1), new DateTime(2024, 2, 1)], [0.25, 0.5]),
            ["buyers"] = new([new DateTime(2024, 2, 1)], [40.0]),
        });

        var data = _formatters.Format(frame);

        Assert.Equal(
            "               <b>repeat</b>  buyers\n" +
            "0  2024-01-01           0.25\n" +
            "1  2024-02-01            0.5      40\n" +
            "Deedle Frame: 2 rows × 2 columns",
            data[MimeTypes.PlainText]);
        var html = data[MimeTypes.Html];
        Assert.Contains("<th></th><th>&lt;b&gt;repeat&lt;/b&gt;</th><th>buyers</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2024-01-01</td><td class=\"num\">0.25</td><td></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_DeedleSeries_FirstRowsOnly_AndSaysHowMany()
    {
        var series = new Deedle.Series<int, string>([.. Enumerable.Range(1, 1000)], [.. Enumerable.Range(1, 1000).Select(i => $"v{i}")]);

        var data = Registry(maxRows: 2).Format(series);

        Assert.Equal("      value\n0  1  v1\n1  2  v2\nDeedle Series: 1,000 rows × 1 columns (first 2 shown)", data[MimeTypes.PlainText]);
    }

    [Fact]
    public void Format_LongSequence_ShowsTheFirstRowsOnly_AndSaysHowMany()
    {
        var data = Registry(maxRows: 3).Format(Enumerable.Range(1, 1000).ToArray());
        Assert.EndsWith("Int32[]: first 3 of 1,000 rows × 1 columns", data[MimeTypes.PlainText], StringComparison.Ordinal);
        Assert.Equal(3, data[MimeTypes.Html].Split("<tr><th>").Length - 2); // the header row starts alike
    }

    [Fact]
    public void Format_LazyQuery_IsNotRunToItsEnd()
    {
        var pulled = 0;
        var query = Enumerable.Range(1, 1_000_000).Select(i => { pulled++; return new { Day = i }; });
        var data = Registry(maxRows: 5).Format(query);
        Assert.Equal(6, pulled);
        Assert.EndsWith("IEnumerable<anonymous>: first 5 rows × 1 columns", data[MimeTypes.PlainText], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ListQuery_IsNamedByItsElementNotByTheInternalIterator()
    {
        var data = _formatters.Format(new List<int> { 1, 2 }.Select(i => new { Day = i }));
        Assert.EndsWith("IEnumerable<anonymous>: 2 rows × 1 columns", data[MimeTypes.PlainText], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_DataFrame_FirstRowsAndShape()
    {
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<int>("customer_id", Enumerable.Range(1, 30)),
            new StringDataFrameColumn("segment", Enumerable.Range(1, 30).Select(i => i % 2 == 0 ? "優良" : "<new>")));
        var data = _formatters.Format(frame);

        var html = data[MimeTypes.Html];
        Assert.Contains("<th>customer_id</th><th>segment</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;new&gt;</td>", html, StringComparison.Ordinal);
        Assert.Equal(20, html.Split("<tr><th>").Length - 2); // the header row starts alike
        Assert.Contains("DataFrame: 30 rows × 2 columns (first 20 shown)", html, StringComparison.Ordinal);
        Assert.EndsWith("DataFrame: 30 rows × 2 columns (first 20 shown)", data[MimeTypes.PlainText], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Chart_FigureJson_AndHtmlWithALocalLoader_WithoutPlotlyJs()
    {
        var chart = Plotly.NET.CSharp.Chart.Point<int, int, string>([1, 2, 3], [4, 5, 6]);
        var data = _formatters.Format(chart);

        using var figure = System.Text.Json.JsonDocument.Parse(data["application/vnd.plotly.v1+json"]);
        var trace = figure.RootElement.GetProperty("data")[0];
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal([1, 2, 3], trace.GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Object, figure.RootElement.GetProperty("layout").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, figure.RootElement.GetProperty("config").ValueKind);

        var html = data[MimeTypes.Html];
        Assert.Contains("Plotly.newPlot(", html, StringComparison.Ordinal);
        Assert.Contains("if (window.Plotly) { render(); return; }", html, StringComparison.Ordinal);
        Assert.Contains("'kernelspecs/ltvkit-csharp/plotly.min.js'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("renderPlotly_" + "x();", html, StringComparison.Ordinal);
        Assert.True(html.Length < 20_000, $"the chart output carries {html.Length} characters: plotly.js must not be in it");
        Assert.Equal("Plotly chart (1 trace)", data[MimeTypes.PlainText]);
    }

    [Fact]
    public void Format_Chart_LoadsPlotlyJsFromTheGivenKernelspec()
    {
        var formatters = Registry(plotlyJsPath: "kernelspecs/other/plotly.min.js");
        var html = formatters.Format(Plotly.NET.CSharp.Chart.Point<int, int, string>([1], [2]))[MimeTypes.Html];
        Assert.Contains("'kernelspecs/other/plotly.min.js'", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p class=\"note\">注意 &amp; <b>確認</b></p>", "注意 & 確認")]
    [InlineData("<style>p { color: red }</style><div>\n  F2 転換率\n</div><script>draw()</script>", "F2 転換率")]
    [InlineData("<hr>", "(HTML)")]
    public void Format_HtmlString_HasItsTextAsPlainText(string html, string text)
    {
        var data = _formatters.Format(new HtmlString(html));
        Assert.Equal(html, data[MimeTypes.Html]);
        Assert.Equal(text, data[MimeTypes.PlainText]);
    }

    [Fact]
    public void Format_HtmlString_LongText_IsCut()
    {
        var text = _formatters.Format(new HtmlString("<p>" + new string('あ', 500) + "</p>"))[MimeTypes.PlainText];
        Assert.Equal(200, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_FormatterWithoutPlainText_GetsOne()
    {
        var formatters = Registry();
        formatters.Register<Uri>(uri => new Dictionary<string, string> { [MimeTypes.Html] = $"<a href=\"{uri}\">link</a>" });
        formatters.Register<Version>(_ => new Dictionary<string, string> { [MimeTypes.Svg] = "<svg/>" });
        Assert.Equal("link", formatters.Format(new Uri("file:///tmp/x"))[MimeTypes.PlainText]);
        Assert.Equal("1.2", formatters.Format(new Version(1, 2))[MimeTypes.PlainText]);
    }

    [Fact]
    public void Register_OverridesBuiltIns_ForTheTypeAndItsSubtypes()
    {
        var formatters = Registry();
        formatters.Register<IEnumerable<int>>(values => new Dictionary<string, string> { [MimeTypes.PlainText] = $"{values.Count()} numbers" });
        Assert.Equal("3 numbers", formatters.Format(new List<int> { 1, 2, 3 })[MimeTypes.PlainText]);
        Assert.Equal("x", formatters.Format("x")[MimeTypes.PlainText]);
    }

    [Fact]
    public void Format_Null_IsTheWordNull() => Assert.Equal("null", _formatters.Format(null)[MimeTypes.PlainText]);
}
