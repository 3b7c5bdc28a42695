using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Formatting;

/// <summary>display(x) from a cell, for each kind of value the kit shows.</summary>
public sealed class DisplayTests
{
    private static NotebookEngine NewEngine() => new(new EngineOptions
    {
        DefaultReferences = [typeof(Plotly.NET.CSharp.Chart).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly],
        DefaultImports = [.. EngineDefaults.Imports, "Microsoft.Data.Analysis"],
    });

    private static async Task<IReadOnlyDictionary<string, string>> DisplayedAsync(string code)
    {
        using var engine = NewEngine();
        var (result, outputs) = await engine.RunAsync(code);
        Assert.True(result.Succeeded, Cells.Describe(outputs));
        return Assert.IsType<DisplayDataOutput>(Assert.Single(outputs)).Data;
    }

    [Fact]
    public async Task Display_Chart() =>
        Assert.Contains("Plotly.newPlot(", (await DisplayedAsync("display(Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 }));"))[MimeTypes.Html], StringComparison.Ordinal);

    [Fact]
    public async Task Display_DataFrame() =>
        Assert.Contains("DataFrame: 3 rows × 1 columns", (await DisplayedAsync("display(new DataFrame(new PrimitiveDataFrameColumn<double>(\"ltv\", new[] { 1.5, 2.25, 3.0 })));"))[MimeTypes.PlainText], StringComparison.Ordinal);

    [Fact]
    public async Task Display_RecordList()
    {
        var data = await DisplayedAsync("record Purchase(string Customer, int Yen);\ndisplay(new List<Purchase> { new(\"A\", 3980), new(\"B\", 12800) });");
        Assert.Contains("<th>Customer</th><th>Yen</th>", data[MimeTypes.Html], StringComparison.Ordinal);
        Assert.Contains("List<Purchase>: 2 rows × 2 columns", data[MimeTypes.PlainText], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Display_HtmlHelper() =>
        Assert.Equal("<p class=\"note\">注意</p>", (await DisplayedAsync("display(HTML(\"<p class=\\\"note\\\">注意</p>\"));"))[MimeTypes.Html]);

    [Fact]
    public async Task Display_PlainObject() =>
        Assert.Equal("01:30:00", (await DisplayedAsync("display(TimeSpan.FromMinutes(90));"))[MimeTypes.PlainText]);
}
