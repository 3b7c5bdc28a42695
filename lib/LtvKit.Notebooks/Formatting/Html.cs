using System.Text;

namespace LtvKit.Notebooks.Formatting;

/// <summary>HTML escaping, in one place.</summary>
internal static class Html
{
    /// <summary>Escapes the five characters that matter (&amp; &lt; &gt; " '): safe in text and in quoted attribute values; Japanese and "×" stay as they are.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? (object)c);
        }
        return escaped.ToString();
    }
}
