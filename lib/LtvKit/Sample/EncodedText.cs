using System.Text;

namespace LtvKit.Sample;

/// <summary>Text fields encoded once, up front, in the file's encoding, and quoted when CSV needs it.</summary>
internal sealed class EncodedText
{
    private readonly Encoding _encoding;

    public EncodedText(SampleEncoding encoding) => _encoding = SampleShop.GetStrictEncoding(encoding);

    /// <summary>The bytes that start the file: the UTF-8 byte-order mark, or nothing for CP932.</summary>
    public byte[] Preamble => _encoding.GetPreamble();

    /// <summary>One CSV field: quoted (RFC 4180) when it holds a comma, quote or line break.</summary>
    /// <exception cref="EncoderFallbackException">When the encoding cannot represent the text
    /// (a character outside CP932): a sample file must never carry a '?' in place of a letter.</exception>
    public byte[] Field(string text)
    {
        var quoted = text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
        return _encoding.GetBytes(quoted);
    }

    public byte[][] Fields(IEnumerable<string> texts) => texts.Select(Field).ToArray();

    /// <summary>A whole row of fields joined by commas, ending in CRLF (the header).</summary>
    public byte[] Row(IEnumerable<string> fields)
    {
        var bytes = new List<byte>();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                bytes.Add((byte)',');
            first = false;
            bytes.AddRange(Field(field));
        }
        bytes.Add((byte)'\r');
        bytes.Add((byte)'\n');
        return bytes.ToArray();
    }
}
