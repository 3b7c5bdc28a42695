using System.Diagnostics;
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

    private static string Plain(NotebookCell cell) =>
        string.Concat(((JsonArray)cell.Outputs.Single(o => o!["output_type"]!.GetValue<string>() == "execute_result")!["data"]!["text/plain"]!).Select(l => l!.GetValue<string>()));

    private static Task WriteNotebookAsync(string path, params (string CellType, string Source)[] cells)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllTextAsync(path, NotebookDocument.Create(cells).ToJson());
    }

    private async Task<(int ExitCode, string Stderr)> RunCliAsync(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "LtvKit.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"ltvkit {string.Join(' ', arguments)} → exit {process.ExitCode} in {watch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(await stderr);
        output.WriteLine(await stdout);
        return (process.ExitCode, await stderr);
    }
}
