using System.Text;

namespace LtvKit.Ingest;

/// <summary>A field read as UTF-8 bytes: trimmed exactly as <see cref="string.Trim()"/> trims, or decoded for the text parsers.</summary>
internal static class Utf8Field
{
    /// <summary>Without leading and trailing white space (<see cref="Rune.IsWhiteSpace"/>: ASCII spaces and tabs, U+3000 …).</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty || (IsPrintableAscii(field[0]) && IsPrintableAscii(field[^1])))
            return field;
        while (!field.IsEmpty)
        {
            if (field[0] < 0x80)
            {
                if (!char.IsWhiteSpace((char)field[0]))
                    break;
                field = field[1..];
            }
            else if (Rune.DecodeFromUtf8(field, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                field = field[length..];
            }
            else
            {
                break;
            }
        }
        while (!field.IsEmpty)
        {
            if (field[^1] < 0x80)
            {
                if (!char.IsWhiteSpace((char)field[^1]))
                    break;
                field = field[..^1];
            }
            else if (Rune.DecodeLastFromUtf8(field, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                field = field[..^length];
            }
            else
            {
                break;
            }
        }
        return field;
    }

    /// <summary>A visible ASCII character: never white space, and most ids start and end with one.</summary>
    private static bool IsPrintableAscii(byte b) => b is > 0x20 and < 0x7F;

    /// <summary>The field as UTF-16 in <paramref name="scratch"/> (grown when too small): what the text parsers read.</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> field, ref char[] scratch)
    {
        if (scratch.Length < field.Length)
            scratch = new char[Math.Max(field.Length, scratch.Length * 2)];
        return scratch.AsSpan(0, Encoding.UTF8.GetChars(field, scratch));
    }

    public static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);
}
