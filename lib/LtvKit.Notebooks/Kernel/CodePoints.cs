namespace LtvKit.Notebooks.Kernel;

/// <summary>Cursor positions between the protocol (Unicode code points, since protocol 5.2) and .NET strings (UTF-16 units).</summary>
/// <remarks>The two differ after a character outside the Basic Multilingual Plane (an emoji, a rare kanji such as 𠮷), which takes two UTF-16 units.</remarks>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of the code point at <paramref name="codePoint"/>, clamped to the text.</summary>
    public static int ToUtf16(string text, int codePoint)
    {
        var index = 0;
        for (var seen = 0; seen < codePoint && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>The code point position of the UTF-16 <paramref name="index"/>.</summary>
    public static int FromUtf16(string text, int index)
    {
        var codePoints = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                codePoints++;
        }
        return codePoints;
    }
}
