using System.Globalization;
using System.Text;
using LtvKit.Internals;

namespace LtvKit.Ingest;

/// <summary>A CSV (or whitespace-separated) input file opened in its detected encoding, read record by record with line numbers.</summary>
/// <remarks>
/// RFC 4180: quoted fields may hold commas and line breaks; CRLF and LF line endings both work; blank lines
/// are skipped. <see cref="Line"/> is the line the current record starts on (the header is line 1).
/// Fields are UTF-8 bytes whatever the file's encoding: a Shift_JIS file is transcoded as it is read, a UTF-8
/// file is read as it is (and checked). Bytes the encoding cannot decode stop the reading with their line.
/// <para>Standard input (<c>-</c>), a pipe, a FIFO or <c>/dev/stdin</c> cannot be rewound, and detecting the encoding,
/// sizing the tables and finding the line of undecodable bytes all read the input twice: such an input is first copied
/// to a temporary file (deleted when the source is closed, also on failure), which is then read like any file. A regular
/// file is read in place, as before; standard input redirected from a file (<c>&lt; orders.csv</c>) is such a file.</para>
/// </remarks>
public sealed class CsvSource : IDisposable
{
    /// <summary>The file name that means standard input (<c>--orders -</c>).</summary>
    public const string StandardInput = "-";

    /// <summary>How messages name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    private const int SpoolBufferBytes = 1 << 16;

    private readonly Stream _stream;
    private readonly CsvRecordReader? _csv;
    private readonly StreamReader? _text;
    /// <summary>The stream now belongs to the source <see cref="WithDelimiter"/> made.</summary>
    private bool _handedOver;

    private CsvSource(string path, Stream stream, TextEncoding encoding, bool csv, char delimiter)
    {
        Path = path;
        _stream = stream;
        Encoding = encoding;
        Span<byte> preamble = stackalloc byte[3];
        var bom = stream.Read(preamble) == 3 && preamble is [0xEF, 0xBB, 0xBF];
        if (bom && encoding == TextEncoding.ShiftJis)
            throw new InputException($"{path}: starts with a UTF-8 byte-order mark but --encoding shift_jis was given.");
        stream.Position = bom ? 3 : 0;
        if (!csv)
            _text = new StreamReader(stream, TextEncodings.Strict(encoding), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        else if (encoding == TextEncoding.ShiftJis)
            _csv = new CsvRecordReader(System.Text.Encoding.CreateTranscodingStream(stream, TextEncodings.Strict(encoding), System.Text.Encoding.UTF8), checkUtf8: false, delimiter: delimiter);
        else
            _csv = new CsvRecordReader(stream, checkUtf8: true, delimiter: delimiter);
    }

    /// <summary>The file name as the user gave it, or <c>&lt;stdin&gt;</c> (used in every message about its rows).</summary>
    public string Path { get; }

    public TextEncoding Encoding { get; }

    /// <summary>The file's size in bytes (for an input that cannot be rewound, the size of its copy).</summary>
    public long Length => _stream.Length;

    private TextReader Text => _text ?? throw new InvalidOperationException("a CSV source");

    private CsvRecordReader Csv => _csv ?? NotCsv();

    /// <summary>Fields in the current record.</summary>
    public int Count => Csv.Count;

    /// <summary>The <paramref name="index"/>-th field of the current record, unquoted, as UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> this[int index] => Csv[index];

    /// <summary>A hash of the current record's fields, to tell identical records apart from merely similar ones.</summary>
    public ulong Fingerprint => Csv.Fingerprint();

    /// <summary>The 1-based line the current record starts on.</summary>
    public long Line => Csv.Line;

    /// <summary>The physical lines the current record takes (more than 1 when a quoted field holds line breaks).</summary>
    public long Lines => Csv.Lines;

    /// <summary>The first field of the current record holding a line break, or −1.</summary>
    public int MultiLineField => Csv.MultiLineField;

    /// <summary>The current record has a quote inside an unquoted field (not RFC 4180).</summary>
    public bool MalformedQuotes => Csv.Malformed;

    /// <summary>The <paramref name="index"/>-th field as text.</summary>
    public string GetString(int index) => System.Text.Encoding.UTF8.GetString(Csv[index]);

    /// <summary>Opens <paramref name="path"/> (<c>-</c> = standard input); <paramref name="what"/> names the file in messages ("orders file").</summary>
    /// <param name="delimiter">The CSV field separator: a comma, or a tab (Amazon's reports).</param>
    public static CsvSource Open(string path, TextEncoding encoding, string what, bool csv = true, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = DisplayName(path);
        var stream = Rewindable(name, OpenInput(path, name, what), what);
        try
        {
            var (found, line) = TextEncodings.Sniff(stream, name);
            // Japanese text that is valid UTF-8 read as Shift_JIS turns into mojibake (保湿 → 菫晄ｹｿ) without a single bad
            // byte: a real Shift_JIS export is almost never valid UTF-8, so a forced shift_jis over such text is a mistake.
            if (encoding == TextEncoding.ShiftJis && found == TextEncoding.Utf8 && line > 0)
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}:{line:N0}: the text is UTF-8, but --encoding shift_jis was given: it would be read as mojibake. Pass --encoding utf-8 (or leave --encoding out)."));
            return new CsvSource(name, stream, encoding == TextEncoding.Auto ? found : encoding, csv, delimiter);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>How messages name the input: <c>&lt;stdin&gt;</c> for <c>-</c>, else the path as given.</summary>
    public static string DisplayName(string path) => path == StandardInput ? StandardInputName : path;

    private static Stream OpenInput(string path, string name, string what)
    {
        try
        {
            if (path != StandardInput && ParquetText.IsParquet(path))
                return ParquetText.Open(path, what);
            if (path != StandardInput)
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            // On Unix descriptor 0 itself, so that a redirected file stays seekable and is not copied; Windows has no such descriptor.
            return OperatingSystem.IsWindows()
                ? Console.OpenStandardInput()
                : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException($"{name}: cannot open the {what} ({e.Message}).", e);
        }
    }

    /// <summary><paramref name="input"/> itself when it can be rewound, else a copy of it in a temporary file that is deleted on close.</summary>
    private static Stream Rewindable(string name, Stream input, string what)
    {
        if (input.CanSeek)
            return input;
        FileStream? spool = null;
        try
        {
            spool = new FileStream(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ltvkit-input-{Guid.NewGuid():N}.tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, SpoolBufferBytes, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            input.Dispose();
            throw new InputException($"{name}: the {what} cannot be rewound (a pipe or standard input), and no temporary copy can be made in {System.IO.Path.GetTempPath()} ({e.Message}).", e);
        }
        try
        {
            input.CopyTo(spool, SpoolBufferBytes);
            spool.Position = 0;
            return spool;
        }
        catch (IOException e)
        {
            spool.Dispose();
            throw new InputException($"{name}: the {what} cannot be read ({e.Message}).", e);
        }
        catch
        {
            spool.Dispose();
            throw;
        }
        finally
        {
            input.Dispose();
        }
    }

    /// <summary>Reads the next record; false at the end of the file.</summary>
    public bool Read()
    {
        try
        {
            return Csv.Read();
        }
        catch (Exception e) when (e is DecoderFallbackException or IOException)
        {
            throw ReadFailure(e);
        }
    }

    /// <summary>The next line of decoded text, for formats that are not CSV (the CDNOW files); null at the end of the file.</summary>
    public string? ReadLine()
    {
        try
        {
            return Text.ReadLine();
        }
        catch (Exception e) when (e is DecoderFallbackException or IOException)
        {
            throw ReadFailure(e);
        }
    }

    /// <summary>The error for a read that failed: bytes the encoding cannot decode (with their line), or the file system's error.</summary>
    private InputException ReadFailure(Exception e) => e is DecoderFallbackException undecodable
        ? NotDecodable(undecodable)
        : new InputException($"{Path}: the file cannot be read ({e.Message}).", e);

    /// <summary>Reads the header row, or fails on an empty file.</summary>
    public string[] ReadHeader()
    {
        if (!Read())
            throw new InputException($"{Path}: the file is empty (no header row).");
        var headers = new string[Count];
        for (var i = 0; i < headers.Length; i++)
            headers[i] = GetString(i);
        return headers;
    }

    /// <summary>The error for bytes the encoding cannot decode, naming the line they are on.</summary>
    public InputException NotDecodable(DecoderFallbackException e)
    {
        var other = Encoding == TextEncoding.ShiftJis ? "utf-8" : "shift_jis";
        var name = TextEncodings.DisplayName(Encoding);
        return new InputException(string.Create(CultureInfo.InvariantCulture,
            $"{Path}:{LineOfUndecodableBytes():N0}: bytes that are not valid {name} — the file mixes encodings or is not {name}. Re-save it as UTF-8, or pass --encoding {other}."), e);
    }

    /// <summary>
    /// Decoding runs ahead of parsing (whole buffers at a time), so the parser's line is not where the bad bytes
    /// are: scan the input again from its start up to the first undecodable byte and count the line breaks before it
    /// (the reading has stopped, so the stream is free to rewind). A line break byte (0x0A) never occurs inside a UTF-8
    /// or Shift_JIS multi-byte character, so counting bytes is exact.
    /// </summary>
    private long LineOfUndecodableBytes()
    {
        var decoder = TextEncodings.Strict(Encoding).GetDecoder();
        _stream.Position = 0;
        var bytes = new byte[1 << 16];
        var chars = new char[Encoding == TextEncoding.ShiftJis ? bytes.Length : bytes.Length + 4];
        long line = 1;
        int read;
        while ((read = _stream.Read(bytes)) > 0)
        {
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                return line + bytes.AsSpan(0, Math.Clamp(e.Index, 0, read)).Count((byte)'\n');
            }
            line += bytes.AsSpan(0, read).Count((byte)'\n');
        }
        return line;
    }

    private static CsvRecordReader NotCsv() => throw new InvalidOperationException("not a CSV source");

    /// <summary>The same input read again from its start with another field separator (a header that turned out to be
    /// tab-separated); this source is done with. Works for standard input too: its copy is rewound, not reopened.</summary>
    public CsvSource WithDelimiter(char delimiter)
    {
        _stream.Position = 0;
        _handedOver = true;
        return new CsvSource(Path, _stream, Encoding, csv: true, delimiter);
    }

    public void Dispose()
    {
        if (_handedOver)
            return;
        _text?.Dispose();
        _stream.Dispose();
    }
}
