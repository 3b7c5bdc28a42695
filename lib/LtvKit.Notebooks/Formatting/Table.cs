using System.Globalization;
using System.Text;
using LtvKit.Text;

namespace LtvKit.Notebooks.Formatting;

/// <summary>The first rows of something tabular, and a caption saying how much there is.</summary>
/// <param name="Columns">Column headers, without the row-number column.</param>
/// <param name="Rows">The rows shown, each with one value per column.</param>
/// <param name="Caption">One line under the table: its shape, and how many rows are shown.</param>
internal sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, string Caption)
{
    /// <summary>Longest text kept in one cell of the plain-text table.</summary>
    private const int MaxTextCellWidth = 40;

    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"ltvkit-table\"><table><thead><tr><th></th>");
        foreach (var column in Columns)
            html.Append("<th>").Append(HtmlEscape.Escape(column)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < Rows.Count; r++)
        {
            html.Append("<tr><th>").Append(r.ToString(CultureInfo.InvariantCulture)).Append("</th>");
            foreach (var value in Rows[r])
            {
                html.Append(CellText.IsNumber(value) ? "<td class=\"num\">" : "<td>");
                html.Append(HtmlEscape.Escape(CellText.Of(value))).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table><p class=\"ltvkit-caption\">").Append(HtmlEscape.Escape(Caption)).Append("</p></div>");
        return html.ToString();
    }

    /// <summary>An aligned text table (CJK characters count two columns, as in a terminal).</summary>
    public string ToText()
    {
        var header = new List<string> { "" };
        header.AddRange(Columns);
        var lines = new List<List<string>> { header };
        for (var r = 0; r < Rows.Count; r++)
        {
            var line = new List<string> { r.ToString(CultureInfo.InvariantCulture) };
            line.AddRange(Rows[r].Select(v => Clip(CellText.Of(v).ReplaceLineEndings(" "))));
            lines.Add(line);
        }
        var widths = Enumerable.Range(0, header.Count).Select(c => lines.Max(l => DisplayWidth(l[c]))).ToArray();
        // The row number and columns of numbers are right-aligned, their header too.
        var rightAligned = Enumerable.Range(0, header.Count)
            .Select(c => c == 0 || (Rows.Count > 0 && Rows.All(r => r[c - 1] is null || CellText.IsNumber(r[c - 1])) && Rows.Any(r => r[c - 1] is not null)))
            .ToArray();
        var text = new StringBuilder();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            for (var c = 0; c < line.Count; c++)
            {
                if (c > 0)
                    text.Append("  ");
                var pad = new string(' ', widths[c] - DisplayWidth(line[c]));
                text.Append(rightAligned[c] ? pad + line[c] : line[c] + pad);
            }
            while (text.Length > 0 && text[^1] == ' ')
                text.Length--;
            text.Append('\n');
        }
        text.Append(Caption);
        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= MaxTextCellWidth ? text : string.Concat(text.AsSpan(0, MaxTextCellWidth - 1), "…");

    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
            width += IsWide(rune.Value) ? 2 : 1;
        return width;
    }

    /// <summary>East Asian wide and full-width ranges: Hangul Jamo, CJK, kana, Hangul, compatibility ideographs, full-width forms.</summary>
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
