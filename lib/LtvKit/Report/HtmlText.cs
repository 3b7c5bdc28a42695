using System.Text;
using LtvKit.Text;

namespace LtvKit.Report;

/// <summary>Escaping for the places data goes in the report: HTML text, JSON inside a &lt;script&gt; element, and CSS strings (the page header on paper).</summary>
/// <remarks>
/// A customer or product called <c>&lt;img src=x onerror=alert(1)&gt;</c> must show as those characters and run
/// nothing. In HTML text and attributes, <see cref="Escape"/> writes &amp; &lt; &gt; " ' as entities. Inside a
/// script element entities are not decoded, so JSON there is made safe by <see cref="ScriptJson"/> instead:
/// &lt; &gt; &amp; become \u003c \u003e \u0026 (so no <c>&lt;/script&gt;</c> or <c>&lt;!--</c> can end or
/// confuse the element), and U+2028 / U+2029 become \u2028 / \u2029 (line terminators for older JavaScript).
/// Those characters can only occur inside JSON strings, where the escapes mean the same characters. A character
/// that reorders text (<see cref="BidiControls"/>) can only be there too; it becomes visible text, <c>[U+202E]</c>,
/// as in HTML, since the page script shows those strings as text.
/// </remarks>
public static class HtmlText
{
    /// <summary>Text for HTML content or a quoted attribute value.</summary>
    public static string Escape(string? text) => HtmlEscape.Escape(text);

    /// <summary>A JSON text made safe to place verbatim inside a &lt;script&gt; element.</summary>
    public static string ScriptJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0 && !BidiControls.In(json))
            return json;
        var builder = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': builder.Append("\\u003c"); break;
                case '>': builder.Append("\\u003e"); break;
                case '&': builder.Append("\\u0026"); break;
                case '\u2028': builder.Append("\\u2028"); break;
                case '\u2029': builder.Append("\\u2029"); break;
                case var bidi when BidiControls.Is(bidi): BidiControls.AppendVisible(builder, bidi); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A quoted CSS string of <paramref name="text"/>: letters, digits and spaces as they are, every other character as a six-digit CSS escape (\HHHHHH), so no text can end the string or the style element.</summary>
    public static string CssString(string? text)
    {
        var css = new System.Text.StringBuilder("\"");
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (rune.Value == ' ' || (Rune.IsLetterOrDigit(rune) && rune.Value > 0x7F) || (rune.Value < 0x80 && char.IsAsciiLetterOrDigit((char)rune.Value)))
                css.Append(rune.ToString());
            else
                css.Append('\\').Append(rune.Value.ToString("X6", System.Globalization.CultureInfo.InvariantCulture));
        }
        return css.Append('"').ToString();
    }
}
