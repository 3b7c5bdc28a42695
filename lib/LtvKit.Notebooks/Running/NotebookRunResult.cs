namespace LtvKit.Notebooks.Running;

/// <summary>The outcome of running a notebook's code cells.</summary>
/// <param name="CellsRun">Code cells executed.</param>
/// <param name="CellsSkipped">Code cells not executed because an earlier one failed.</param>
/// <param name="Failures">Every failing cell, in order.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record NotebookRunResult(int CellsRun, int CellsSkipped, IReadOnlyList<CellFailure> Failures, TimeSpan Elapsed)
{
    public bool Succeeded => Failures.Count == 0;
}
