namespace LtvKit.Notebooks.Engine;

/// <summary>Receives a cell's outputs as they happen.</summary>
/// <remarks>
/// Called from whatever thread the cell's code runs on (a cell may call <c>display</c> from a task),
/// one call at a time for a given execution. An implementation must not block for long: the cell
/// waits for it.
/// </remarks>
public interface IOutputSink
{
    void Publish(CellOutput output);
}
