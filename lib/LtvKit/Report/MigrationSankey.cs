using System.Globalization;
using System.Text;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>The group migration as a Sankey diagram: an inline SVG the report draws itself (its plotly.js bundle has no Sankey).</summary>
/// <remarks>
/// Left: the cells on the earlier date and "new" (customers whose first purchase came after it); right: the cells on the
/// as-of date. Each band is one (before, after) pair, as thick as its customers; bands leave a node in the order of the
/// cells they go to and arrive in the order of the cells they come from, so none cross inside a node. Both sides add up
/// to every customer, so one scale serves both. Cells without customers on a side are left out of that side.
/// </remarks>
internal static class MigrationSankey
{
    private const double Width = 720, Top = 8, Height = 420, NodeWidth = 12, Gap = 5, LeftX = 190, RightX = Width - 190 - NodeWidth, LabelHeight = 13;

    /// <param name="label">A node's text (a cell's group and status, or "new"), escaped here.</param>
    /// <param name="color">A node's colour (a CSS colour the kit chose; not data).</param>
    public static string Svg(GroupMigration migration, Func<int, string> label, Func<int, string> color)
    {
        ArgumentNullException.ThrowIfNull(migration);
        var rows = migration.NewRow + 1;
        var columns = migration.Cells.Count;
        var from = new long[rows];
        var to = new long[columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                from[i] += migration.Counts[i, j];
                to[j] += migration.Counts[i, j];
            }
        }
        var total = from.Sum();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sankey\" viewBox=\"0 0 {Width} {Top + Height + 8}\" focusable=\"false\" aria-hidden=\"true\">");
        if (total == 0)
            return svg.Append("</svg>").ToString();
        var nodesLeft = from.Count(n => n > 0);
        var nodesRight = to.Count(n => n > 0);
        var scale = (Height - Gap * (Math.Max(nodesLeft, nodesRight) - 1)) / total;
        var leftY = Positions(from, scale);
        var rightY = Positions(to, scale);

        // Bands: out of each left node in column order, into each right node in row order.
        var outAt = (double[])leftY.Clone();
        var inAt = new double[columns];
        Array.Copy(rightY, inAt, columns);
        var bands = new List<(int I, int J, double Y0, double Y1, double H)>();
        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                var h = migration.Counts[i, j] * scale;
                if (migration.Counts[i, j] == 0)
                    continue;
                bands.Add((i, j, 0, inAt[j], h));
                inAt[j] += h;
            }
        }
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < bands.Count; k++)
            {
                if (bands[k].I != i)
                    continue;
                bands[k] = bands[k] with { Y0 = outAt[i] };
                outAt[i] += bands[k].H;
            }
        }
        var x0 = LeftX + NodeWidth;
        var x1 = RightX;
        var mid = (x0 + x1) / 2;
        foreach (var (i, j, y0, y1, h) in bands)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<path d=\"M{x0:0.#},{y0:0.#}C{mid:0.#},{y0:0.#} {mid:0.#},{y1:0.#} {x1:0.#},{y1:0.#}L{x1:0.#},{y1 + h:0.#}C{mid:0.#},{y1 + h:0.#} {mid:0.#},{y0 + h:0.#} {x0:0.#},{y0 + h:0.#}Z\" fill=\"{color(i)}\" fill-opacity=\".35\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Escape(label(i))} → {HtmlText.Escape(label(j))}: {migration.Counts[i, j]:N0}</title></path>");
        }
        Nodes(svg, from, leftY, scale, LeftX, label, color, anchorEnd: true);
        Nodes(svg, to, rightY, scale, RightX, label, color, anchorEnd: false);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The top of each node with customers, stacked from the top with a gap between.</summary>
    private static double[] Positions(long[] counts, double scale)
    {
        var y = new double[counts.Length];
        var at = Top;
        for (var k = 0; k < counts.Length; k++)
        {
            y[k] = at;
            if (counts[k] > 0)
                at += counts[k] * scale + Gap;
        }
        return y;
    }

    private static void Nodes(StringBuilder svg, long[] counts, double[] y, double scale, double x, Func<int, string> label, Func<int, string> color, bool anchorEnd)
    {
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] == 0)
                continue;
            var h = counts[k] * scale;
            var textX = anchorEnd ? x - 6 : x + NodeWidth + 6;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y[k]:0.#}\" width=\"{NodeWidth}\" height=\"{Math.Max(h, 1):0.#}\" fill=\"{color(k)}\"/>");
            // A node too thin for a line of text is labelled in the table under the diagram only.
            if (h + Gap < LabelHeight)
                continue;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{textX:0.#}\" y=\"{y[k] + h / 2 + 4:0.#}\" text-anchor=\"{(anchorEnd ? "end" : "start")}\" font-size=\"12\" fill=\"#1f2a37\">{HtmlText.Escape(label(k))} {counts[k]:N0}</text>");
        }
    }
}
