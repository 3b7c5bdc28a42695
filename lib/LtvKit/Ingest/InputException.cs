namespace LtvKit.Ingest;

/// <summary>Bad input or usage, told in words the user can act on (file, line, column, what to do).</summary>
/// <remarks>The CLI maps it to exit code 2; anything else that escapes is an internal error (exit code 1).</remarks>
public sealed class InputException : Exception
{
    public InputException(string message) : base(message) { }

    public InputException(string message, Exception inner) : base(message, inner) { }

    public InputException() { }
}
