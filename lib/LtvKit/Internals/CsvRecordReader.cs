using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace LtvKit.Internals;

/// <summary>RFC 4180 records over a stream of UTF-8 bytes: fields are spans of the reader's buffer, no string per field.</summary>
/// <remarks>
/// <para>The same reading as CsvHelper's RFC 4180 mode, which the tests compare it with: a field that starts with
/// <c>"</c> is quoted and may hold commas, line breaks and <c>""</c> (one quote); records end at LF, CRLF or a lone CR;
/// empty lines between records are skipped. A quote inside an unquoted field, a quoted field with text after its
/// closing quote, and a quote left open at the end of the file make the record <see cref="Malformed"/> (the rest of
/// such a field is read as unquoted text, and an open quote runs to the end of the file).</para>
/// <para>The separator is a comma, or a tab for tab-separated files (Amazon's order reports): the same rules with a tab.</para>
/// <para><see cref="Line"/> is the line the record starts on: line breaks inside quoted fields are counted, and
/// <see cref="Lines"/> is how many physical lines the record takes (1 unless a quoted field holds line breaks).</para>
/// <para>UTF-8 is checked a buffer at a time, up to the last line break read (CR or LF, never part of a multi-byte
/// character), so every record is checked before it is read; invalid bytes throw <see cref="DecoderFallbackException"/>.</para>
/// </remarks>
internal sealed class CsvRecordReader
{
    /// <summary>1 MiB: a few thousand records per read; a longer record makes the buffer grow.</summary>
    private const int BufferBytes = 1 << 20;

    private static readonly SearchValues<byte> CommaUnquotedStop = SearchValues.Create(",\r\n\""u8);
    private static readonly SearchValues<byte> CommaFieldStop = SearchValues.Create(",\r\n"u8);

    private readonly SearchValues<byte> _unquotedStop;
    private readonly SearchValues<byte> _fieldStop;
    private readonly byte _delimiter;
    /// <summary>The separator is a comma: the static stop sets are used, which the JIT can inline (an instance field's it cannot).</summary>
    private readonly bool _comma;
    private readonly Stream _stream;
    private readonly bool _checkUtf8;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _checked;
    private bool _endOfStream;
    private long _nextLine = 1;
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private bool[] _fieldEscaped = new bool[32];
    /// <summary>The current record has no quote: its fields lie one after another, a separator between each two.</summary>
    private bool _plain;
    /// <summary>The fields of a record with quotes, joined for <see cref="Fingerprint"/>.</summary>
    private byte[] _joined = [];

    /// <param name="checkUtf8">False when the bytes are known to be valid (a transcoding stream made them).</param>
    /// <param name="bufferBytes">The initial buffer; tests make it tiny so that records cross its end.</param>
    /// <param name="delimiter">The field separator: a comma, or a tab for tab-separated exports (Amazon's order reports).</param>
    public CsvRecordReader(Stream stream, bool checkUtf8, int bufferBytes = BufferBytes, char delimiter = ',')
    {
        if (delimiter is not (',' or '\t'))
            throw new ArgumentOutOfRangeException(nameof(delimiter), delimiter, "a comma or a tab");
        _delimiter = (byte)delimiter;
        _comma = delimiter == ',';
        _unquotedStop = delimiter == ',' ? CommaUnquotedStop : SearchValues.Create([_delimiter, (byte)'\r', (byte)'\n', (byte)'"']);
        _fieldStop = delimiter == ',' ? CommaFieldStop : SearchValues.Create([_delimiter, (byte)'\r', (byte)'\n']);
        _stream = stream;
        _checkUtf8 = checkUtf8;
        _buffer = new byte[bufferBytes];
    }

    /// <summary>The 1-based line the current record starts on.</summary>
    public long Line { get; private set; }

    /// <summary>The physical lines the current record takes: 1, or more when a quoted field holds line breaks.</summary>
    public long Lines => _nextLine - Line;

    /// <summary>The first field of the current record that holds a line break, or −1 (the field a runaway quote opened in).</summary>
    public int MultiLineField { get; private set; } = -1;

    public int Count { get; private set; }

    /// <summary>The current record has a stray quote (see the remarks).</summary>
    public bool Malformed { get; private set; }

    /// <summary>The <paramref name="index"/>-th field of the current record, unquoted, as UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> this[int index] => _buffer.AsSpan(_fieldStart[index], _fieldLength[index]);

    /// <summary>
    /// A hash of the current record's fields as read (unquoted): records with equal fields have equal hashes however
    /// their fields were quoted. The separator is part of it, so a comma file's record and a tab file's differ.
    /// </summary>
    public ulong Fingerprint()
    {
        var lengths = _fieldLength.AsSpan(0, Count);
        if (_plain)
            return ByteHash.OfFields(_buffer.AsSpan(_fieldStart[0], _fieldStart[Count - 1] + _fieldLength[Count - 1] - _fieldStart[0]), lengths);
        var joined = Count - 1;
        foreach (var length in lengths)
            joined += length;
        if (_joined.Length < joined)
            _joined = new byte[Math.Max(joined, _joined.Length * 2)];
        var at = 0;
        for (var i = 0; i < Count; i++)
        {
            if (i > 0)
                _joined[at++] = _delimiter;
            this[i].CopyTo(_joined.AsSpan(at));
            at += lengths[i];
        }
        return ByteHash.OfFields(_joined.AsSpan(0, joined), lengths);
    }

    /// <summary>Moves to the next record; false at the end of the stream.</summary>
    public bool Read()
    {
        while (true)
        {
            switch (TryRecord())
            {
                case Outcome.Record:
                    return true;
                case Outcome.End:
                    return false;
                case Outcome.BlankLine:
                    continue;
                default:
                    Refill();
                    continue;
            }
        }
    }

    private enum Outcome { Record, BlankLine, NeedMore, End }

    /// <summary>Parses the record at <see cref="_start"/>; asks for more bytes when it may run past the buffer.</summary>
    private Outcome TryRecord()
    {
        var buffer = _buffer;
        var end = _end;
        var p = _start;
        var last = _endOfStream;
        if (p == end)
            return last ? Outcome.End : Outcome.NeedMore;
        if (buffer[p] is (byte)'\n' or (byte)'\r')
        {
            if (buffer[p] == '\r' && p + 1 == end && !last)
                return Outcome.NeedMore;
            _start = p + (buffer[p] == '\r' && p + 1 < end && buffer[p + 1] == '\n' ? 2 : 1);
            _nextLine++;
            return Outcome.BlankLine;
        }
        if (TryPlainRecord(p))
            return Outcome.Record;
        long breaks = 0;
        var multiLineField = -1;
        var malformed = false;
        var count = 0;
        var escapedAny = false;
        while (true)
        {
            if (count == _fieldStart.Length)
                GrowFields();
            int start, length;
            var escaped = false;
            if (p < end && buffer[p] == '"')
            {
                var q = p + 1;
                while (true)
                {
                    var found = buffer.AsSpan(q, end - q).IndexOf((byte)'"');
                    if (found < 0)
                    {
                        if (!last)
                            return Outcome.NeedMore;
                        q = end;
                        malformed = true; // the quote is never closed: the field runs to the end of the file
                        break;
                    }
                    q += found;
                    if (q + 1 == end && !last)
                        return Outcome.NeedMore;
                    if (q + 1 < end && buffer[q + 1] == '"')
                    {
                        escaped = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                start = p + 1;
                length = q - start;
                var fieldBreaks = LineBreaks(buffer.AsSpan(start, length));
                if (fieldBreaks > 0 && multiLineField < 0)
                    multiLineField = count;
                breaks += fieldBreaks;
                p = Math.Min(q + 1, end);
                if (p < end && buffer[p] != _delimiter && buffer[p] is not ((byte)'\r' or (byte)'\n'))
                {
                    // Text after the closing quote: the rest of the field is read as it stands, up to the next comma or line end.
                    malformed = true;
                    var stop = _comma ? buffer.AsSpan(p, end - p).IndexOfAny(CommaFieldStop) : buffer.AsSpan(p, end - p).IndexOfAny(_fieldStop);
                    if (stop < 0 && !last)
                        return Outcome.NeedMore;
                    p = stop < 0 ? end : p + stop;
                    length = p - start;
                    escaped = false;
                }
            }
            else
            {
                start = p;
                while (true)
                {
                    var stop = _comma ? buffer.AsSpan(p, end - p).IndexOfAny(CommaUnquotedStop) : buffer.AsSpan(p, end - p).IndexOfAny(_unquotedStop);
                    if (stop < 0)
                    {
                        if (!last)
                            return Outcome.NeedMore;
                        p = end;
                        break;
                    }
                    p += stop;
                    if (buffer[p] != '"')
                        break;
                    malformed = true; // a quote inside an unquoted field is kept as text
                    p++;
                }
                length = p - start;
            }
            _fieldStart[count] = start;
            _fieldLength[count] = length;
            _fieldEscaped[count] = escaped;
            escapedAny |= escaped;
            count++;
            if (p == end)
                break;
            var delimiter = buffer[p];
            if (delimiter == _delimiter)
            {
                p++;
                continue;
            }
            if (delimiter == '\r')
            {
                if (p + 1 == end && !last)
                    return Outcome.NeedMore;
                p += p + 1 < end && buffer[p + 1] == '\n' ? 2 : 1;
            }
            else
            {
                p++;
            }
            break;
        }
        _start = p;
        Line = _nextLine;
        _nextLine += 1 + breaks;
        Count = count;
        Malformed = malformed;
        MultiLineField = multiLineField;
        _plain = false;
        if (escapedAny)
            Unescape();
        return Outcome.Record;
    }

    /// <summary>
    /// The record at <paramref name="p"/> when it has no quote at all and ends within the buffer: its commas and its line
    /// end are found 32 bytes at a time. False (nothing read) for any other record, which <see cref="TryRecord"/> reads
    /// field by field.
    /// </summary>
    private bool TryPlainRecord(int p)
    {
        if (!Vector256.IsHardwareAccelerated)
            return false;
        var buffer = _buffer;
        ref var first = ref MemoryMarshal.GetArrayDataReference(buffer);
        var count = 0;
        var fieldStart = p;
        var delimiter = _delimiter;
        var separator = Vector256.Create(delimiter);
        for (var block = p; block + Vector256<byte>.Count <= _end; block += Vector256<byte>.Count)
        {
            var bytes = Vector256.LoadUnsafe(ref first, (nuint)block);
            var stops = (Vector256.Equals(bytes, separator) | Vector256.Equals(bytes, Vector256.Create((byte)'\n'))
                | Vector256.Equals(bytes, Vector256.Create((byte)'\r')) | Vector256.Equals(bytes, Vector256.Create((byte)'"'))).ExtractMostSignificantBits();
            for (; stops != 0; stops &= stops - 1)
            {
                var at = block + BitOperations.TrailingZeroCount(stops);
                var stop = buffer[at];
                if (stop == '"' || (stop == '\r' && at + 1 == _end))
                    return false;
                if (count == _fieldStart.Length)
                    GrowFields();
                _fieldStart[count] = fieldStart;
                _fieldLength[count] = at - fieldStart;
                _fieldEscaped[count] = false;
                count++;
                fieldStart = at + 1;
                if (stop == delimiter)
                    continue;
                _start = stop == '\r' && buffer[at + 1] == '\n' ? at + 2 : at + 1;
                Line = _nextLine++;
                Count = count;
                Malformed = false;
                MultiLineField = -1;
                _plain = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>Turns each <c>""</c> of the quoted fields into one quote, in place (the field only gets shorter).</summary>
    private void Unescape()
    {
        for (var i = 0; i < Count; i++)
        {
            if (!_fieldEscaped[i])
                continue;
            var field = _buffer.AsSpan(_fieldStart[i], _fieldLength[i]);
            var write = 0;
            for (var read = 0; read < field.Length; read++)
            {
                field[write++] = field[read];
                if (field[read] == '"')
                    read++;
            }
            _fieldLength[i] = write;
        }
    }

    /// <summary>LF, CRLF and lone CR each count as one line break.</summary>
    private static long LineBreaks(ReadOnlySpan<byte> text)
    {
        long breaks = text.Count((byte)'\n');
        if (text.Contains((byte)'\r'))
            breaks += text.Count((byte)'\r') - text.Count("\r\n"u8);
        return breaks;
    }

    private void GrowFields()
    {
        Array.Resize(ref _fieldStart, _fieldStart.Length * 2);
        Array.Resize(ref _fieldLength, _fieldLength.Length * 2);
        Array.Resize(ref _fieldEscaped, _fieldEscaped.Length * 2);
    }

    /// <summary>Keeps the unread bytes, reads more after them (growing the buffer for a record longer than it) and checks them.</summary>
    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _checked -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
        if (!_checkUtf8)
            return;
        var fresh = _buffer.AsSpan(_checked, _end - _checked);
        var upTo = _endOfStream ? fresh.Length : fresh.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        if (!System.Text.Unicode.Utf8.IsValid(fresh[..upTo]))
            throw new DecoderFallbackException("bytes that are not valid UTF-8");
        _checked += upTo;
    }
}
