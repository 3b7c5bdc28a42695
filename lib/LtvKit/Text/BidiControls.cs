using System.Globalization;
using System.Text;

namespace LtvKit.Text;

/// <summary>The invisible Unicode characters that reorder the text around them, and how the kit shows them instead.</summary>
/// <remarks>
/// A product called <c>"\u202Egnp.exe"</c> (RIGHT-TO-LEFT OVERRIDE) renders as "exe.png": the override reverses
/// everything after it, in a report cell, a chart label or a tooltip. Shop data has no business carrying these — a
/// Japanese export never needs them — so wherever data text reaches a page the kit writes each one as visible text,
/// <c>[U+202E]</c>: the reader sees the name as stored, and sees that something odd is in it. The set: the embeddings
/// and overrides U+202A–U+202E, the isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C.
/// </remarks>
internal static class BidiControls
{
    /// <summary>Whether <paramref name="c"/> is one of the reordering controls.</summary>
    public static bool Is(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Whether <paramref name="text"/> holds one.</summary>
    public static bool In(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Is(c))
                return true;
        }
        return false;
    }

    /// <summary>Appends <paramref name="c"/>'s visible stand-in, <c>[U+202E]</c>.</summary>
    public static StringBuilder AppendVisible(StringBuilder builder, char c) =>
        builder.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
}
