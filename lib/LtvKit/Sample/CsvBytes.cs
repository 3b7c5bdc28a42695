namespace LtvKit.Sample;

/// <summary>Writes CSV rows as bytes into a buffer and the buffer to a stream: no string per row.</summary>
/// <remarks>
/// <para>Text fields arrive already encoded and CSV-quoted (see <see cref="EncodedText"/>); numbers
/// and dates are ASCII, which is the same bytes in UTF-8 and in CP932. This is what lets the
/// generator write millions of lines a second in either encoding.</para>
/// <para>Two buffers take turns: while the generator fills one, the other is written to the stream
/// on a pool thread, so file I/O overlaps generation. At most one write is in flight, and the stream is
/// never touched by two threads at once. <see cref="Flush"/> waits for everything to be written.</para>
/// </remarks>
internal sealed class CsvBytes
{
    /// <summary>The longest row is far below this; <see cref="BeginRow"/> makes room for one.</summary>
    private const int MaxRowBytes = 1024;

    private const int BufferBytes = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[BufferBytes];
    private byte[] _spare = new byte[BufferBytes];
    private Task _writing = Task.CompletedTask;
    private int _length;

    public CsvBytes(Stream stream) => _stream = stream;

    public long BytesWritten { get; private set; }

    public void BeginRow()
    {
        if (_length + MaxRowBytes > _buffer.Length)
            Hand();
    }

    public void Put(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                BytesWritten += bytes.Length;
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void Comma() => _buffer[_length++] = (byte)',';

    public void EndRow()
    {
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
    }

    /// <summary>An integer in plain ASCII digits (a minus sign if negative), zero-padded to at least <paramref name="minDigits"/> digits.</summary>
    public void Integer(long value, int minDigits = 1)
    {
        var buffer = _buffer;
        if (value < 0)
        {
            buffer[_length++] = (byte)'-';
            value = -value;
        }
        var digits = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
            digits++;
        digits = Math.Max(digits, minDigits);
        var end = _length + digits;
        for (var i = end - 1; i >= _length; i--)
        {
            buffer[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
        _length = end;
    }

    /// <summary>Writes everything buffered so far and waits until the stream has it.</summary>
    public void Flush()
    {
        Hand();
        _writing.GetAwaiter().GetResult();
    }

    /// <summary>After a failure: waits for the write in flight (its own failure is moot), so the caller can close the stream.</summary>
    public void Abandon()
    {
        try
        {
            _writing.GetAwaiter().GetResult();
        }
        catch (IOException)
        {
            // The run is failing already; the caller's exception is the one to report.
        }
        catch (ObjectDisposedException)
        {
            // Same.
        }
    }

    /// <summary>Hands the full buffer to the background write and carries on in the spare one.</summary>
    private void Hand()
    {
        if (_length == 0)
            return;
        _writing.GetAwaiter().GetResult(); // the spare is free again, and a failed write surfaces here
        var full = _buffer;
        var length = _length;
        _buffer = _spare;
        _spare = full;
        _length = 0;
        BytesWritten += length;
        _writing = Task.Run(() => _stream.Write(full, 0, length));
    }
}
