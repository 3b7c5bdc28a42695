using System.Text.Json.Nodes;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Tests.TestSupport;
using Xunit.Abstractions;

namespace LtvKit.Notebooks.Tests.Cli;

/// <summary><c>ltvkit notebook run</c> end to end: the built CLI in its own process, on notebooks in a temp folder.</summary>
public sealed class NotebookCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Run_Folder_WritesExecutedNotebooksAndPages_Exit0()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["notebooks"]);
        await File.WriteAllTextAsync(folder["notebooks/data.csv"], "customer,yen\nA,3980\nB,12800\n");
        await WriteNotebookAsync(folder["notebooks/01-quick.ipynb"],
            ("markdown", "# クイックスタート\n\nThe kit is referenced without `#r`."),
            ("code", "var lines = File.ReadAllLines(\"data.csv\");\nlines.Length - 1"),
            ("code", "typeof(LtvKit.Ingest.InputException).Assembly.GetName().Name"));

        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder["notebooks"], "--out", folder["out"], "--html");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("notebook 1/1: ", stderr, StringComparison.Ordinal);
        Assert.Contains("    cell   2  [1] ok", stderr, StringComparison.Ordinal);
        Assert.Contains("  ok: 2 cells run, 0 failed, 0 skipped", stderr, StringComparison.Ordinal);
        var executed = NotebookDocument.Load(folder["out/01-quick.ipynb"]);
        Assert.Equal("2", Plain(executed.Cells[1]));
        Assert.Equal("\"LtvKit\"".Trim('"'), Plain(executed.Cells[2]));
        Nbformat.AssertValid(folder["out/01-quick.ipynb"], output);
        var html = await File.ReadAllTextAsync(folder["out/01-quick.html"]);
        Assert.Contains("<h1 id=\"クイックスタート\">クイックスタート</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FailingCell_StopsThere_WritesTheNotebookBeside_Exit3()
    {
        using var folder = new TempFolder();
        await WriteNotebookAsync(folder["02-fail.ipynb"],
            ("code", "var ok = 1;"),
            ("code", "var amount = decimal.Parse(\"12,8OO\", System.Globalization.CultureInfo.InvariantCulture);"),
            ("code", "ok + 1"));

        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder["02-fail.ipynb"]);

        Assert.Equal(3, exitCode);
        Assert.Contains("[2] error", stderr, StringComparison.Ordinal);
        Assert.Contains("FormatException: cell 2, line 1:", stderr, StringComparison.Ordinal);
        Assert.Contains("    cell   3  skipped", stderr, StringComparison.Ordinal);
        Assert.Contains("ltvkit: 1 of 1 notebooks had a failing cell.", stderr, StringComparison.Ordinal);
        var executed = NotebookDocument.Load(folder["02-fail.executed.ipynb"]);
        Assert.Equal("error", executed.Cells[1].Outputs[0]!["output_type"]!.GetValue<string>());
        Assert.Null(executed.Cells[2].ExecutionCount);
        Nbformat.AssertValid(folder["02-fail.executed.ipynb"], output);
    }

    [Fact]
    public async Task Run_TimeoutAndContinueOnError_ReportsTheTimeout_RunsTheRest_Exit3()
    {
        using var folder = new TempFolder();
        await WriteNotebookAsync(folder["03-slow.ipynb"],
            ("code", "while (true) { Cancellation.ThrowIfCancellationRequested(); }"),
            ("code", "\"after\""));

        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder["03-slow.ipynb"], "--timeout", "1", "--continue-on-error");

        Assert.Equal(3, exitCode);
        Assert.Contains("[1] timed out", stderr, StringComparison.Ordinal);
        Assert.Contains("TimeoutError: cell 1: stopped after the cell timeout of 1 s.", stderr, StringComparison.Ordinal);
        Assert.Contains("    cell   2  [2] ok", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.ipynb", "missing.ipynb: no such file or folder.")]
    [InlineData("notes.txt", "notes.txt: not a notebook (the name should end in .ipynb).")]
    public async Task Run_BadInput_Exit2(string name, string message)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["notes.txt"], "");
        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder[name]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Params_InjectAfterTheParametersCell_RecordTheValues_Exit0()
    {
        using var folder = new TempFolder();
        await WriteParameterisedNotebookAsync(folder["nb/report.ipynb"]);
        await File.WriteAllTextAsync(folder["params.json"], """{ "shop": "ファイルの店", "days": 10, "files": ["a.csv", "b.csv"] }""");

        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder["nb"], "--out", folder["out"],
            "--params-file", folder["params.json"], "--param", "days=45");

        Assert.True(exitCode == 0, stderr);
        var executed = NotebookDocument.Load(folder["out/report.ipynb"]);
        Assert.Equal(["injected-parameters"], ((JsonArray)executed.Cells[2].Json["metadata"]!["tags"]!).Select(t => t!.GetValue<string>()));
        Assert.Equal("ファイルの店 45 a.csv+b.csv", Plain(executed.Cells[3]));
        Assert.Equal("""{"shop":"ファイルの店","days":45,"files":["a.csv","b.csv"]}""", executed.Root["metadata"]!["papermill"]!["parameters"]!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Nbformat.AssertValid(folder["out/report.ipynb"], output);
    }

    [Fact]
    public async Task Run_RepeatedParam_FillsAnArrayParameter_Exit0()
    {
        using var folder = new TempFolder();
        await WriteParameterisedNotebookAsync(folder["report.ipynb"]);

        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder["report.ipynb"], "--param", "files=x.csv", "--param", "files=y.csv");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("東京店 30 x.csv+y.csv", Plain(NotebookDocument.Load(folder["report.executed.ipynb"]).Cells[3]));
    }

    [Theory]
    [InlineData("weeks=4", "unknown parameter 'weeks'; the parameters are: days, files, shop.")]
    [InlineData("days=many", "parameter days: 'many' is not a whole number (int): the notebook declares it as int.")]
    [InlineData("days", "--param: 'days' is not name=value")]
    public async Task Run_BadParam_NamesIt_RunsNothing_Exit2(string param, string message)
    {
        using var folder = new TempFolder();
        await WriteParameterisedNotebookAsync(folder["report.ipynb"]);

        var (exitCode, stderr) = await RunCliAsync("notebook", "run", folder["report.ipynb"], "--param", param);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder["report.executed.ipynb"]));
    }

    /// <summary>A notebook whose second cell is tagged <c>parameters</c> and whose third shows them.</summary>
    private static async Task WriteParameterisedNotebookAsync(string path)
    {
        var notebook = NotebookDocument.Create([
            ("markdown", "# パラメータ"),
            ("code", "var shop = \"東京店\";\nvar days = 30;\nstring[] files = [];"),
            ("code", "$\"{shop} {days} {string.Join('+', files)}\""),
        ]);
        notebook.Cells[1].Json["metadata"] = new JsonObject { ["tags"] = new JsonArray("parameters") };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, notebook.ToJson());
    }

    private static string Plain(NotebookCell cell) =>
        string.Concat(((JsonArray)cell.Outputs.Single(o => o!["output_type"]!.GetValue<string>() == "execute_result")!["data"]!["text/plain"]!).Select(l => l!.GetValue<string>()));

    private static Task WriteNotebookAsync(string path, params (string CellType, string Source)[] cells)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllTextAsync(path, NotebookDocument.Create(cells).ToJson());
    }

    private Task<(int ExitCode, string Stderr)> RunCliAsync(params string[] arguments) => CliProcess.RunAsync(output, TimeSpan.FromMinutes(2), arguments);
}
