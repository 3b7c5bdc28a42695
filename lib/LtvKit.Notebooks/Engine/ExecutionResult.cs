namespace LtvKit.Notebooks.Engine;

/// <summary>What one <c>NotebookEngine.ExecuteAsync</c> call did.</summary>
/// <param name="ExecutionCount">The count given to this execution (Jupyter's <c>In [n]</c>).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Error">The error output already published to the sink, when <paramref name="Status"/> is not <see cref="ExecutionStatus.Ok"/>.</param>
/// <param name="ThreadAbandoned">
/// True when the cell did not stop within the grace period after its timeout or cancellation: its
/// thread was left running in the background, and the session goes on from the state before the
/// cell (earlier variables are kept; objects that cell was changing may still change).
/// </param>
/// <param name="Elapsed">Wall time from the call to the end, restore and compile included.</param>
public sealed record ExecutionResult(int ExecutionCount, ExecutionStatus Status, ErrorOutput? Error, bool ThreadAbandoned, TimeSpan Elapsed)
{
    public bool Succeeded => Status == ExecutionStatus.Ok;
}
