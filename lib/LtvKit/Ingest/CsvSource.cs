using System.Globalization;
using System.Text;

namespace LtvKit.Ingest;

/// <summary>A CSV (or whitespace-separated) input file opened in its detected encoding, read record by record with line numbers.</summary>
/// <remarks>
/// RFC 4180: quoted fields may hold commas and line breaks; CRLF and LF line endings both work; blank lines
/// are skipped. <see cref="Line"/> is the line the current record starts on (the header is line 1).
/// Fields are UTF-8 bytes whatever the file's encoding: a Shift_JIS file is transcoded as it is read, a UTF-8
/// file is read as it is (and checked). Bytes the encoding cannot decode stop the reading with their line.
/// </remarks>
public sealed class CsvSource : IDisposable
{
    private readonly Stream _stream;
    private readonly CsvRecordReader? _csv;
    private readonly StreamReader? _text;

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

    /// <summary>The file name as the user gave it (used in every message about its rows).</summary>
    public string Path { get; }

    public TextEncoding Encoding { get; }

    /// <summary>The file's size in bytes.</summary>
    public long Length => _stream.Length;

    /// <summary>The decoded text, for formats that are not CSV (the CDNOW files).</summary>
    public TextReader Text => _text ?? throw new InvalidOperationException("a CSV source");

    private CsvRecordReader Csv => _csv ?? NotCsv();

    /// <summary>Fields in the current record.</summary>
    public int Count => Csv.Count;

    /// <summary>The <paramref name="index"/>-th field of the current record, unquoted, as UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> this[int index] => Csv[index];

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

    /// <summary>Opens <paramref name="path"/>; <paramref name="what"/> names the file in messages ("orders file").</summary>
    /// <param name="delimiter">The CSV field separator: a comma, or a tab (Amazon's reports).</param>
    public static CsvSource Open(string path, TextEncoding encoding, string what, bool csv = true, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot open the {what} ({e.Message}).", e);
        }
        try
        {
            var (found, line) = TextEncodings.Sniff(stream);
            // Japanese text that is valid UTF-8 read as Shift_JIS turns into mojibake (保湿 → 菫晄ｹｿ) without a single bad
            // byte: a real Shift_JIS export is almost never valid UTF-8, so a forced shift_jis over such text is a mistake.
            if (encoding == TextEncoding.ShiftJis && found == TextEncoding.Utf8 && line > 0)
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}:{line:N0}: the text is UTF-8, but --encoding shift_jis was given: it would be read as mojibake. Pass --encoding utf-8 (or leave --encoding out)."));
            return new CsvSource(path, stream, encoding == TextEncoding.Auto ? found : encoding, csv, delimiter);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next record; false at the end of the file.</summary>
    public bool Read()
    {
        try
        {
            return Csv.Read();
        }
        catch (DecoderFallbackException e)
        {
            throw NotDecodable(e);
        }
        catch (IOException e)
        {
            throw new InputException($"{Path}: the file cannot be read ({e.Message}).", e);
        }
    }

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
    /// are: scan the file again up to the first undecodable byte and count the line breaks before it. A line
    /// break byte (0x0A) never occurs inside a UTF-8 or Shift_JIS multi-byte character, so counting bytes is exact.
    /// </summary>
    private long LineOfUndecodableBytes()
    {
        var decoder = TextEncodings.Strict(Encoding).GetDecoder();
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bytes = new byte[1 << 16];
        var chars = new char[Encoding == TextEncoding.ShiftJis ? bytes.Length : bytes.Length + 4];
        long line = 1;
        int read;
        while ((read = file.Read(bytes)) > 0)
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

    public void Dispose()
    {
        _text?.Dispose();
        _stream.Dispose();
    }
}
