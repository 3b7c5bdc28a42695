using System.Text;

namespace LtvKit.Ingest;

/// <summary>The text encoding of an input CSV: detected, or forced with <c>--encoding</c>.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 when the file starts with a BOM or its first megabyte from the first non-ASCII byte is valid UTF-8, else Shift_JIS.</summary>
    Auto,
    Utf8,
    /// <summary>Shift_JIS as Windows writes it (code page 932, what Excel on Japanese Windows saves).</summary>
    ShiftJis,
}

/// <summary>Detects and opens the encoding of an input file.</summary>
/// <remarks>
/// Both decoders throw on bytes that are invalid in the chosen encoding, so mis-decoded text
/// (文字化け) never reaches a report: a UTF-8 file with a stray Shift_JIS byte after the megabyte that
/// decided stops the run with the line number and a hint to pass <c>--encoding</c>.
/// </remarks>
public static class TextEncodings
{
    private const int SniffBytes = 1 << 20;

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TextEncoding Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant().Replace("_", "-", StringComparison.Ordinal) switch
        {
            "AUTO" => TextEncoding.Auto,
            "UTF-8" or "UTF8" or "UTF-8-BOM" => TextEncoding.Utf8,
            "SHIFT-JIS" or "SJIS" or "SHIFTJIS" or "CP932" or "WINDOWS-31J" or "MS932" => TextEncoding.ShiftJis,
            _ => throw new InputException($"--encoding: unknown encoding '{name}'. Use auto, utf-8 or shift_jis."),
        };
    }

    public static string DisplayName(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf8 => "UTF-8",
        TextEncoding.ShiftJis => "Shift_JIS",
        _ => "auto",
    };

    /// <summary>A strict decoder for the encoding: invalid bytes throw <see cref="DecoderFallbackException"/>.</summary>
    public static Encoding Strict(TextEncoding encoding) => encoding switch
    {
        TextEncoding.ShiftJis => Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
    };

    /// <summary>The encoding of <paramref name="stream"/>, from its BOM or its first megabyte of non-ASCII text; the stream is rewound.</summary>
    /// <remarks>
    /// ASCII reads the same in UTF-8 and Shift_JIS, so the megabyte that decides starts at the first byte that is not ASCII:
    /// a file of English headers and ASCII rows whose Japanese text starts deep inside is still detected. A file that is
    /// ASCII throughout is read as UTF-8 (the same text either way).
    /// </remarks>
    /// <exception cref="InputException">The file is UTF-16 (it starts with a UTF-16 byte-order mark).</exception>
    public static TextEncoding Detect(Stream stream) => Sniff(stream, "the file").Encoding;

    /// <summary>The encoding as <see cref="Detect"/> finds it, and the line of the first byte that is not ASCII (0 when there
    /// is none, or when a byte-order mark decided); the stream is rewound.</summary>
    /// <param name="stream">The input, seekable.</param>
    /// <param name="name">The input's name, for the message of a UTF-16 file.</param>
    internal static (TextEncoding Encoding, long FirstTextLine) Sniff(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[SniffBytes];
        var length = Fill(stream, buffer, 0);
        // Excel's "Unicode テキスト" is UTF-16 with tabs: refused by name rather than read as Shift_JIS that fails on line 1.
        if (buffer.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || buffer.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new InputException($"{name}:1: the file is UTF-16 (what Excel saves as 'Unicode テキスト'), which the kit does not read. "
                + "Save it from Excel as 'CSV UTF-8 (コンマ区切り)', or convert it: iconv -f UTF-16 -t UTF-8 in.txt > out.csv");
        if (buffer.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            stream.Position = 0;
            return (TextEncoding.Utf8, 0);
        }
        long lines = 1;
        int firstNonAscii;
        while ((firstNonAscii = buffer.AsSpan(0, length).IndexOfAnyExceptInRange((byte)0, (byte)0x7F)) < 0 && length == buffer.Length)
        {
            lines += buffer.AsSpan(0, length).Count((byte)'\n');
            length = Fill(stream, buffer, 0);
        }
        if (firstNonAscii < 0)
        {
            stream.Position = 0;
            return (TextEncoding.Utf8, 0);
        }
        lines += buffer.AsSpan(0, firstNonAscii).Count((byte)'\n');
        if (firstNonAscii > 0)
        {
            buffer.AsSpan(firstNonAscii, length - firstNonAscii).CopyTo(buffer);
            length = Fill(stream, buffer, length - firstNonAscii);
        }
        stream.Position = 0;
        return (Decide(buffer.AsSpan(0, length), complete: length < buffer.Length), lines);
    }

    /// <summary>UTF-8 when the sample is valid UTF-8; else Shift_JIS when it is valid Shift_JIS; else the one that reads
    /// further into it, so that a UTF-8 file with one stray byte is read as UTF-8 and fails at that byte's line, not as
    /// Shift_JIS at its first line of Japanese.</summary>
    private static TextEncoding Decide(ReadOnlySpan<byte> sample, bool complete)
    {
        // The sample may end inside a multi-byte character: up to three trailing bytes are forgiven.
        var whole = complete ? sample.Length : Math.Max(sample.Length - 3, 0);
        var utf8 = ValidBytes(TextEncoding.Utf8, sample);
        if (utf8 >= whole)
            return TextEncoding.Utf8;
        var shiftJis = ValidBytes(TextEncoding.ShiftJis, sample);
        return shiftJis >= whole || shiftJis > utf8 ? TextEncoding.ShiftJis : TextEncoding.Utf8;
    }

    /// <summary>How many bytes of <paramref name="sample"/> read as <paramref name="encoding"/> before the first invalid one.</summary>
    private static int ValidBytes(TextEncoding encoding, ReadOnlySpan<byte> sample)
    {
        try
        {
            Strict(encoding).GetCharCount(sample);
            return sample.Length;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="length"/> until it is full or the stream ends; returns the new length.</summary>
    private static int Fill(Stream stream, byte[] buffer, int length)
    {
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            length += read;
        return length;
    }
}
