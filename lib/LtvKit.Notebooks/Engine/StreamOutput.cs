namespace LtvKit.Notebooks.Engine;

/// <summary>Text the cell wrote to <see cref="Console.Out"/> (<c>stdout</c>) or <see cref="Console.Error"/> (<c>stderr</c>).</summary>
/// <remarks>Text arrives in pieces (a line at a time, or what was written before a display); consumers may join consecutive pieces of the same stream.</remarks>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    /// <summary>The nbformat name of the standard output stream.</summary>
    public const string Stdout = "stdout";

    /// <summary>The nbformat name of the standard error stream.</summary>
    public const string Stderr = "stderr";
}
