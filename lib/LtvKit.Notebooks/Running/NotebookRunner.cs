using System.Diagnostics;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Running;

/// <summary>Runs a notebook's code cells in order on one engine session and writes outputs and counts into the notebook.</summary>
/// <remarks>
/// Markdown cells, and code cells holding markdown (<c>#!markdown</c>), are not run; their JSON is
/// left as is. A code cell that Polyglot marked as another language fails with an error saying so.
/// </remarks>
public static class NotebookRunner
{
    public static async Task<NotebookRunResult> RunAsync(
        NotebookDocument notebook,
        NotebookEngine engine,
        NotebookRunOptions options = default,
        Action<CellReport>? report = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(engine);
        var started = Stopwatch.GetTimestamp();
        var codeCells = notebook.Cells.Where(c => c.IsCode && !c.IsMarkdown).ToList();
        var failures = new List<CellFailure>();
        int run = 0, skipped = 0;

        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            if (cell.IsMarkdown)
                continue;
            if ((failures.Count > 0 && !options.ContinueOnError) || cancellationToken.IsCancellationRequested)
            {
                cell.ClearOutputs();
                skipped++;
                report?.Invoke(new CellReport(cell, null, codeCells.Count));
                continue;
            }

            var sink = new CollectingSink();
            ExecutionResult result;
            if (cell.Language is { } language && language is not ("csharp" or "c#"))
            {
                var error = new ErrorOutput(ErrorOutput.DirectiveError, $"cell {cell.Number}: a '{language}' cell: this engine runs C# cells only.",
                    [$"cell {cell.Number}: a '{language}' cell (from the cell's Polyglot metadata): this engine runs C# cells only."]);
                sink.Publish(error);
                result = new ExecutionResult(engine.ExecutionCount, ExecutionStatus.Error, error, false, TimeSpan.Zero);
                cell.ExecutionCount = null;
            }
            else
            {
                result = await engine.ExecuteAsync(cell.Source, $"cell {cell.Number}", sink, cancellationToken).ConfigureAwait(false);
                cell.ExecutionCount = result.ExecutionCount;
            }
            cell.SetOutputs(OutputJson.From(sink.Outputs));
            run++;
            if (result.Error is { } failure)
                failures.Add(new CellFailure(cell.Number, failure));
            report?.Invoke(new CellReport(cell, result, codeCells.Count));
        }
        return new NotebookRunResult(run, skipped, failures, Stopwatch.GetElapsedTime(started));
    }
}
