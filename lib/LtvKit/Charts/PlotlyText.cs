using System.Text;

namespace LtvKit.Charts;

/// <summary>Makes text from the data safe to show in a Plotly chart.</summary>
/// <remarks>
/// Plotly reads a small set of HTML-like tags (&lt;b&gt;, &lt;br&gt;, &lt;a href&gt; …) in names, tick labels
/// and hover text, and decodes entities. A product called <c>&lt;b&gt;SALE</c> would turn bold, and a link tag
/// would become a link. Every string that comes from the data (product, channel, customer id, custom group
/// name) goes through <see cref="Escape"/>, which writes &amp;, &lt; and &gt; as entities, so Plotly shows the
/// characters exactly as written and never interprets them, and a character that reorders text as visible text
/// (<see cref="Text.BidiControls"/>).
/// </remarks>
public static class PlotlyText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0 && !Text.BidiControls.In(text))
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case var bidi when Text.BidiControls.Is(bidi): Text.BidiControls.AppendVisible(builder, bidi); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
