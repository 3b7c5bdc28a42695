namespace LtvKit.Notebooks.Engine;

/// <summary>Sends <see cref="Console.Out"/> and <see cref="Console.Error"/> to a cell's sink while the cell runs, then gives them back.</summary>
/// <remarks>
/// The console is one per process: the engine runs one cell at a time, and the host's own writes
/// between cells (progress on stderr) go where they always went. <see cref="Console.In"/> is empty
/// meanwhile: a cell that reads a line gets none rather than waiting for a keyboard nobody watches.
/// </remarks>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _originalOut;
    private readonly TextWriter _originalError;
    private readonly TextReader _originalIn;
    private readonly SinkWriter _out;
    private readonly SinkWriter _error;

    public ConsoleCapture(IOutputSink sink)
    {
        _originalOut = Console.Out;
        _originalError = Console.Error;
        _originalIn = Console.In;
        _out = new SinkWriter(sink, StreamOutput.Stdout);
        _error = new SinkWriter(sink, StreamOutput.Stderr);
        Console.SetOut(_out);
        Console.SetError(_error);
        Console.SetIn(TextReader.Null);
    }

    /// <summary>Publishes any text still waiting for its line end, so it comes before what follows.</summary>
    public void Flush()
    {
        _out.Flush();
        _error.Flush();
    }

    public void Dispose()
    {
        Console.SetOut(_originalOut);
        Console.SetError(_originalError);
        Console.SetIn(_originalIn);
        _out.Dispose();
        _error.Dispose();
    }
}
