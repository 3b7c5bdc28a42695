using System.Text;
using LtvKit.Text;

namespace LtvKit.Report;

/// <summary>Escaping for the two places data goes in the report: HTML text and JSON inside a &lt;script&gt; element.</summary>
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
}
