using System.ComponentModel;

namespace LtvKit.Notebooks.Engine;

/// <summary>The check the engine writes into a cell's loops and method bodies, so an interrupt or a timeout stops even a <c>while (true) { }</c>.</summary>
/// <remarks>Public only because the cell's compiled code calls it; cells have <c>Cancellation</c> for their own checks.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CellCancellation
{
    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell was interrupted or timed out; does nothing outside cells.</summary>
    public static void Check() => CellContext.Current?.Cancellation.ThrowIfCancellationRequested();
}
