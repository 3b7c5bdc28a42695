using System.Text;

namespace LtvKit.Notebooks.Engine;

/// <summary>A <see cref="TextWriter"/> that publishes what is written as <see cref="StreamOutput"/>, a line at a time.</summary>
/// <remarks>Text without a line end waits for the next line, a display or the end of the cell. After <see cref="Close"/> writes are dropped.</remarks>
internal sealed class SinkWriter(IOutputSink sink, string streamName) : TextWriter
{
    private readonly StringBuilder _pending = new();
    private readonly Lock _lock = new();
    private bool _closed;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            if (_closed)
                return;
            _pending.Append(value);
            if (value == '\n')
                PublishLines();
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock)
        {
            if (_closed)
                return;
            _pending.Append(buffer);
            if (buffer.Contains('\n'))
                PublishLines();
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            if (_closed)
                return;
            _pending.Append(value).Append(CoreNewLine);
            PublishLines();
        }
    }

    public override void Flush()
    {
        lock (_lock)
        {
            if (_pending.Length > 0 && !_closed)
            {
                sink.Publish(new StreamOutput(streamName, _pending.ToString()));
                _pending.Clear();
            }
        }
    }

    public override void Close()
    {
        Flush();
        lock (_lock)
            _closed = true;
        base.Close();
    }

    private void PublishLines()
    {
        var text = _pending.ToString();
        var end = text.LastIndexOf('\n') + 1;
        sink.Publish(new StreamOutput(streamName, text[..end]));
        _pending.Remove(0, end);
    }
}
