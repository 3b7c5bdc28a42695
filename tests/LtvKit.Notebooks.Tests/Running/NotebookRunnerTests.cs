using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Running;
using LtvKit.Notebooks.Tests.TestSupport;
using Xunit.Abstractions;

namespace LtvKit.Notebooks.Tests.Running;

public sealed class NotebookRunnerTests(ITestOutputHelper output)
{
    private static NotebookDocument Sample() => NotebookDocument.Create([
        ("markdown", "# Sample"),
        ("code", "var n = 2;"),
        ("code", "#!markdown\nprose in a code cell"),
        ("code", "n / (n - 2)"),
        ("code", "n * 21"),
    ]);

    [Fact]
    public async Task RunAsync_StopsAtTheFirstFailure_AndClearsTheCellsAfterIt()
    {
        var notebook = Sample();
        notebook.Cells[4].SetOutputs(OutputJson.From([new StreamOutput("stdout", "stale\n")]));
        using var engine = new NotebookEngine();
        var reports = new List<CellReport>();

        var result = await NotebookRunner.RunAsync(notebook, engine, report: reports.Add);

        Assert.False(result.Succeeded);
        Assert.Equal((2, 1), (result.CellsRun, result.CellsSkipped));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(4, failure.CellNumber);
        Assert.Equal("DivideByZeroException", failure.Error.Name);
        Assert.StartsWith("cell 4, line 1:", failure.Error.Value, StringComparison.Ordinal);
        Assert.Equal([1, 2, null], [notebook.Cells[1].ExecutionCount, notebook.Cells[3].ExecutionCount, notebook.Cells[4].ExecutionCount]);
        Assert.Empty(notebook.Cells[4].Outputs);
        Assert.Null(notebook.Cells[2].ExecutionCount);
        Assert.Equal([2, 4, 5], reports.Select(r => r.Cell.Number));
        Assert.Null(reports[2].Result);
    }

    [Fact]
    public async Task RunAsync_ContinueOnError_RunsEveryCell_AndStillFails()
    {
        var notebook = Sample();
        using var engine = new NotebookEngine();

        var result = await NotebookRunner.RunAsync(notebook, engine, new NotebookRunOptions(ContinueOnError: true));

        Assert.False(result.Succeeded);
        Assert.Equal((3, 0), (result.CellsRun, result.CellsSkipped));
        Assert.Equal("42", notebook.Cells[4].Outputs[0]!["data"]!["text/plain"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_OtherLanguageCell_FailsSayingSo()
    {
        var notebook = NotebookDocument.Parse("""
            { "cells": [ { "cell_type": "code", "execution_count": null, "metadata": { "polyglot_notebook": { "kernelName": "fsharp" } }, "outputs": [], "source": "let x = 1" } ],
              "metadata": {}, "nbformat": 4, "nbformat_minor": 4 }
            """);
        using var engine = new NotebookEngine();
        var result = await NotebookRunner.RunAsync(notebook, engine);

        Assert.Equal("cell 1: a 'fsharp' cell: this engine runs C# cells only.", Assert.Single(result.Failures).Error.Value);
    }

    [Fact]
    public async Task RunAsync_ExecutedNotebook_IsValidNbformat()
    {
        using var folder = new TempFolder();
        var notebook = NotebookDocument.Create([
            ("markdown", "# Valid"),
            ("code", "Console.WriteLine(\"out\");\nConsole.Error.WriteLine(\"err\");\ndisplay(HTML(\"<b>b</b>\"));\nnew[] { new { A = 1 } }"),
            ("code", "throw new InvalidOperationException(\"boom\");"),
            ("code", "undefined"),
        ]);
        using var engine = new NotebookEngine();
        await NotebookRunner.RunAsync(notebook, engine, new NotebookRunOptions(ContinueOnError: true));
        await File.WriteAllTextAsync(folder["valid.ipynb"], notebook.ToJson());

        Nbformat.AssertValid(folder["valid.ipynb"], output);
    }
}
