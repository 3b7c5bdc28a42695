using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;

namespace LtvKit.Notebooks.Tests.TestSupport;

/// <summary>Runs a cell and keeps its outputs.</summary>
internal static class Cells
{
    public static async Task<(ExecutionResult Result, IReadOnlyList<CellOutput> Outputs)> RunAsync(this NotebookEngine engine, string code, CancellationToken cancellationToken = default)
    {
        var sink = new CollectingSink();
        var result = await engine.ExecuteAsync(code, sink, cancellationToken);
        return (result, sink.Outputs);
    }

    /// <summary>Runs a cell that must succeed and end on a value; returns the value's text/plain.</summary>
    public static async Task<string> ValueAsync(this NotebookEngine engine, string code)
    {
        var (result, outputs) = await engine.RunAsync(code);
        Assert.True(result.Succeeded, Describe(outputs));
        return outputs.OfType<ExecuteResultOutput>().Single().Data[MimeTypes.PlainText];
    }

    public static string Describe(IEnumerable<CellOutput> outputs) => string.Join("\n", outputs.Select(o => o switch
    {
        ErrorOutput e => $"{e.Name}: {e.Value}\n  {string.Join("\n  ", e.Traceback)}",
        StreamOutput s => $"{s.Name}: {s.Text}",
        DisplayDataOutput d => "display: " + string.Join(" | ", d.Data.Keys),
        ExecuteResultOutput r => "result: " + string.Join(" | ", r.Data.Keys),
        _ => o.ToString(),
    }));

    public static ErrorOutput SingleError(IEnumerable<CellOutput> outputs) => outputs.OfType<ErrorOutput>().Single();
}
