using System.Runtime.CompilerServices;
using System.Text;

namespace LtvKit.Ingest;

/// <summary>A field read as UTF-8 bytes: trimmed exactly as <see cref="string.Trim()"/> trims, or decoded for the text parsers.</summary>
internal static class Utf8Field
{
    /// <summary>Without leading and trailing white space (<see cref="Rune.IsWhiteSpace"/>: ASCII spaces and tabs, U+3000 …).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field) =>
        field.IsEmpty || (IsPrintableAscii(field[0]) && IsPrintableAscii(field[^1])) ? field : TrimBeyondAscii(field);

    /// <summary><see cref="Trim"/> of a field that starts or ends with something else than visible ASCII.</summary>
    private static ReadOnlySpan<byte> TrimBeyondAscii(ReadOnlySpan<byte> field)
    {
        if (CannotStartWhiteSpace(field) && CannotEndWhiteSpace(field))
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

    /// <summary>
    /// The field's first character is surely not white space: visible ASCII (most ids), or a lead byte that no white space
    /// starts with (white space beyond ASCII is U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000: C2, E1, E2, E3 80 …).
    /// </summary>
    private static bool CannotStartWhiteSpace(ReadOnlySpan<byte> field) => field[0] switch
    {
        > 0x20 and < 0x7F => true,
        < 0x80 or 0xC2 or 0xE1 or 0xE2 => false,
        0xE3 => field.Length > 1 && field[1] != 0x80,
        _ => true,
    };

    /// <summary>
    /// The field's last character is surely not white space: visible ASCII, or a last byte that no white space beyond
    /// ASCII ends with (80–8A, 9F, A0, A8, A9, AF) — most Japanese product names.
    /// </summary>
    private static bool CannotEndWhiteSpace(ReadOnlySpan<byte> field) => field[^1] switch
    {
        > 0x20 and < 0x7F => true,
        < 0x80 or (>= 0x80 and <= 0x8A) or 0x9F or 0xA0 or 0xA8 or 0xA9 or 0xAF => false,
        _ => true,
    };

    /// <summary>The field as UTF-16 in <paramref name="scratch"/> (grown when too small): what the text parsers read.</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> field, ref char[] scratch)
    {
        if (scratch.Length < field.Length)
            scratch = new char[Math.Max(field.Length, scratch.Length * 2)];
        return scratch.AsSpan(0, Encoding.UTF8.GetChars(field, scratch));
    }

    public static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);
}
