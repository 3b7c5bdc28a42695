using System.Text;

namespace LtvKit.Text;

/// <summary>HTML escaping, in one place: the report (<c>HtmlText</c>) and the notebook engine (which compiles this file too) use it.</summary>
internal static class HtmlEscape
{
    /// <summary>Escapes the five characters that matter (&amp; &lt; &gt; " '): safe in text and in quoted attribute values; Japanese and "×" stay as they are.
    /// A character that reorders text (<see cref="BidiControls"/>) is written as visible text, <c>[U+202E]</c>.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0 && !BidiControls.In(text))
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case var bidi when BidiControls.Is(bidi): BidiControls.AppendVisible(builder, bidi); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
