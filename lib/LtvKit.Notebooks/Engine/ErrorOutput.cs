namespace LtvKit.Notebooks.Engine;

/// <summary>Why a cell failed: a compile error, an exception, a bad directive, a timeout or a cancellation.</summary>
/// <param name="Name">The error's name (<c>CompilationError</c>, <c>DivideByZeroException</c>, <c>TimeoutError</c> …).</param>
/// <param name="Value">One line naming the cell and the line: <c>cell 3, line 2: CS0103: The name 'x' does not exist …</c>.</param>
/// <param name="Traceback">The lines a reader needs: every compiler error, or the exception and the stack frames of the cell's own code.</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput
{
    /// <summary>The name of an error raised by the C# compiler.</summary>
    public const string CompilationError = "CompilationError";

    /// <summary>The name of an error in a <c>#r</c>, <c>#i</c> or <c>#!</c> line.</summary>
    public const string DirectiveError = "DirectiveError";

    /// <summary>The name of a failed <c>#r "nuget: …"</c> restore.</summary>
    public const string PackageError = "PackageError";

    /// <summary>The name of a cell stopped because it ran past its timeout.</summary>
    public const string TimeoutError = "TimeoutError";

    /// <summary>The name of a cell stopped because the caller cancelled it (Jupyter's interrupt).</summary>
    public const string Cancelled = "Cancelled";
}
