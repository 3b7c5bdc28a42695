using System.Net;
using System.Text.RegularExpressions;

namespace LtvKit.Notebooks.Formatting;

/// <summary>The readable text of an HTML fragment, for the <c>text/plain</c> beside it: tags, scripts and styles gone, entities decoded, white space joined.</summary>
internal static partial class HtmlText
{
    /// <summary>At most this many characters: a line or two that says what the output is.</summary>
    public const int MaxLength = 200;

    public static string Of(string html)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(Hidden().Replace(html, " "), " "));
        text = Space().Replace(text, " ").Trim();
        if (text.Length == 0)
            return "(HTML)";
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
