namespace LtvKit.Notebooks.Engine;

/// <summary>The cell's <c>clear_output(wait)</c>: the outputs published so far are to go (Jupyter's <c>clear_output</c> message).</summary>
/// <remarks>
/// Not an output of its own: a notebook never stores it. With <paramref name="Wait"/> the outputs go
/// when the next output arrives, so a loop that redraws a display does not flicker.
/// </remarks>
public sealed record ClearOutput(bool Wait) : CellOutput;
