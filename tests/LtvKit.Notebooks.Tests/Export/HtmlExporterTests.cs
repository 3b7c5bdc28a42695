using System.Text.RegularExpressions;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Export;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Running;

namespace LtvKit.Notebooks.Tests.Export;

public sealed class HtmlExporterTests
{
    private static async Task<string> ExportAsync(params (string CellType, string Source)[] cells)
    {
        var notebook = NotebookDocument.Create(cells);
        using var engine = new NotebookEngine(new EngineOptions { DefaultReferences = [typeof(Plotly.NET.CSharp.Chart).Assembly] });
        await NotebookRunner.RunAsync(notebook, engine, new NotebookRunOptions(ContinueOnError: true));
        return HtmlExporter.Export(notebook, "03-segments.ipynb");
    }

    [Fact]
    public async Task Export_TwoCharts_PlotlyJsOnceInTheHead_NothingFetched()
    {
        var html = await ExportAsync(
            ("code", "Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1 }, new[] { 2 })"),
            ("code", "Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1 }, new[] { 2 })"));

        Assert.Equal(1, Regex.Count(html, Regex.Escape("* plotly.js v" + PlotlyJs.Version)));
        Assert.True(html.IndexOf("* plotly.js v", StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
        Assert.Equal(2, Regex.Count(html[html.IndexOf("</head>", StringComparison.Ordinal)..], "Plotly\\.newPlot\\("));
        Assert.DoesNotMatch("<script[^>]+src=|<link[^>]+href=|@import", html);
    }

    [Fact]
    public async Task Export_NoChart_NoPlotlyJs()
    {
        var html = await ExportAsync(("code", "1 + 1"));
        Assert.DoesNotContain("plotly.js v", html, StringComparison.Ordinal);
        Assert.True(html.Length < 30_000);
    }

    [Fact]
    public async Task Export_RendersMarkdownEscapesCodeShowsOutputs()
    {
        var html = await ExportAsync(
            ("markdown", "# 顧客分析\n\n| 指標 | 値 |\n|---|---:|\n| F2転換率 | 31.2% |"),
            ("code", "var tag = \"<b>\";\nConsole.WriteLine(tag);\ntag.Length"),
            ("code", "#!markdown\n## From a Polyglot cell"),
            ("code", "int.Parse(\"12,8OO\")"));

        Assert.Contains("<title>顧客分析</title>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align: right;\">31.2%</td>", html, StringComparison.Ordinal);
        Assert.Contains("var tag = &quot;&lt;b&gt;&quot;;", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stdout\">&lt;b&gt;\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"prompt\">Out[1]:</div><div class=\"output-body\"><pre>3</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"from-a-polyglot-cell\">From a Polyglot cell</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"error\"><span class=\"ename\">FormatException</span>: cell 4, line 1:", html, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK JP", html, StringComparison.Ordinal);
        Assert.Contains("03-segments.ipynb — exported by LtvKit", html, StringComparison.Ordinal);
    }
}
