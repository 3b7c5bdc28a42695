using System.Net;

namespace LtvKit.Notebooks.Formatting;

/// <summary>HTML escaping, in one place.</summary>
internal static class Html
{
    /// <summary>Escapes &amp;, &lt;, &gt;, quotes: safe in text and in attribute values.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");
}
