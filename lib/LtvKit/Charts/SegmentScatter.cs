using System.Globalization;
using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>
/// The seed-000 scatter: every customer at (tenure, revenue), coloured by group, with the thresholds drawn — the
/// picture that shows why the groups are where they are.
/// </summary>
/// <remarks>
/// x = tenure in days (last − first purchase), y = revenue in yen (net, returns included). One trace per group in
/// rule order; a filled circle is 既存 (active), an open circle 離脱 (churned). The group names in the legend carry
/// the group's size in the whole customer table. Above <see cref="DefaultMaxPoints"/> customers a fixed-seed random
/// sample is drawn (an SVG chart with more points becomes slow to draw and unreadable); the counts stay those of
/// every customer. The threshold lines are drawn for the five groups of seed 000, not for a custom rule set. The
/// revenue axis ends a little above the 99th percentile, so that the bulk of the shop is readable; every customer
/// above it is still drawn, as a triangle at the top edge (<see cref="Symbol"/>), with the true revenue in the hover
/// (customdata), and <see cref="AboveTop"/> gives the caption how many and up to what amount.
/// </remarks>
public static class SegmentScatter
{
    /// <summary>At most this many points: enough to see the shape of a shop, few enough to draw in a moment.</summary>
    public const int DefaultMaxPoints = 5_000;

    /// <summary>Seed of the sample, so that the same shop always gives the same picture.</summary>
    public const int SampleSeed = 4_240;

    /// <summary>Indices into the customer table of the customers drawn: all of them, or a random sample, ascending.</summary>
    public static IReadOnlyList<int> Sample(int customers, int maxPoints = DefaultMaxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPoints);
        if (customers <= maxPoints)
            return Enumerable.Range(0, customers).ToArray();
        // Floyd's algorithm: maxPoints distinct indices, each subset equally likely.
        var random = new Random(SampleSeed);
        var chosen = new HashSet<int>(maxPoints);
        for (var j = customers - maxPoints; j < customers; j++)
        {
            var pick = random.Next(j + 1);
            if (!chosen.Add(pick))
                chosen.Add(j);
        }
        var result = chosen.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>The scatter of a segmentation (sampled when large).</summary>
    public static GenericChart Chart(Segmentation segmentation, LabelLanguage language = LabelLanguage.Japanese, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        return Chart(segmentation, Sample(segmentation.Customers.Count, maxPoints), language);
    }

    /// <summary>The scatter of the given customers (indices into the segmentation's customer table).</summary>
    public static GenericChart Chart(Segmentation segmentation, IReadOnlyList<int> points, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(points);
        var customers = segmentation.Customers;
        var rules = segmentation.Rules.Rules;
        var traces = new List<Trace>(2 * rules.Count);
        var hover = HoverTemplate(language);
        var (yMin, yMax) = RevenueRange(segmentation, points);
        var edge = EdgeOf(yMin, yMax);
        // Churned customers first, so that the active ones are drawn on top; only the active trace of a group is in
        // the legend (as a filled circle), and a click on it shows or hides the whole group.
        foreach (var status in (CustomerStatus[])[CustomerStatus.Churned, CustomerStatus.Active])
        {
            for (var g = 0; g < rules.Count; g++)
            {
                var members = points.Where(i => segmentation.StatusOf(i) == status && segmentation.SegmentOf(i) == rules[g].Name).ToList();
                var total = segmentation.Cells.Where(c => c.Segment == rules[g].Name).Sum(c => c.Customers);
                var active = status == CustomerStatus.Active;
                traces.Add(PlotlyFigure.Trace("scatter",
                    ("name", $"{PlotlyText.Escape(ChartLabels.Group(rules[g].Name, language))} ({ChartLabels.Count(total)})"),
                    ("legendgroup", $"group{g}"),
                    ("showlegend", active),
                    ("mode", "markers"),
                    ("x", members.Select(i => customers[i].TenureDays).ToArray()),
                    ("y", members.Select(i => (double)customers[i].Revenue > yMax ? edge : (double)customers[i].Revenue).ToArray()),
                    ("customdata", members.Select(i => (double)customers[i].Revenue).ToArray()),
                    ("text", members.Select(i => PlotlyText.Escape(customers[i].Id)).ToArray()),
                    ("meta", ChartLabels.Status(status, language)),
                    ("hovertemplate", hover),
                    ("marker", new
                    {
                        color = ChartLabels.ColorAt(g),
                        size = 7,
                        opacity = active ? 0.85 : 0.7,
                        symbol = members.Select(i => Symbol((double)customers[i].Revenue > yMax, active)).ToArray(),
                        line = new { width = 1.2, color = ChartLabels.ColorAt(g) },
                    })));
            }
        }
        var xMax = points.Count == 0 ? 365 : points.Max(i => customers[i].TenureDays);
        var layout = new List<(string, object?)>
        {
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "在籍期間（日）＝最終購入日 − 初回購入日", "Tenure (days) = last − first purchase"),
                ("range", new[] { -0.02 * Math.Max(xMax, 30) - 4, xMax * 1.03 + 4 }), ("tickformat", ",d"))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "累計購入金額（円）", "Revenue (yen)"),
                ("range", new[] { yMin, yMax }), ("tickprefix", "¥"), ("tickformat", ",.0f"))),
        };
        if (segmentation.Rules.IsDefault)
        {
            var (shapes, notes) = ThresholdMarks(segmentation.Thresholds, language);
            layout.Add(("shapes", shapes));
            layout.Add(("annotations", notes));
        }
        var title = ChartLabels.Pick(language, "在籍期間 × 累計購入金額（● 既存顧客 ○ 離脱客）", "Tenure × revenue (● active ○ churned)");
        if (points.Count < customers.Count)
            title += ChartLabels.Pick(language, $" — {ChartLabels.Count(customers.Count)}人から{ChartLabels.Count(points.Count)}人を無作為抽出",
                $" — a random {ChartLabels.Count(points.Count)} of {ChartLabels.Count(customers.Count)} customers");
        return PlotlyFigure.Of(traces, title, [.. layout]);
    }

    /// <summary>The hover text of a point: customer id, status, tenure and revenue (the true revenue, also of a point drawn at the edge).</summary>
    public static string HoverTemplate(LabelLanguage language) => ChartLabels.Pick(language,
        "顧客ID %{text}（%{meta}）<br>在籍期間 %{x:,}日<br>累計購入金額 ¥%{customdata:,.0f}<extra>%{fullData.name}</extra>",
        "Customer %{text} (%{meta})<br>Tenure %{x:,} days<br>Revenue ¥%{customdata:,.0f}<extra>%{fullData.name}</extra>");

    /// <summary>How far below the top of the revenue axis a customer above it is drawn, as a fraction of the axis.</summary>
    public const double EdgeInset = 0.012;

    /// <summary>A point's marker: a circle, or a triangle pointing up for a customer above the top of the axis; open when churned.</summary>
    public static string Symbol(bool aboveTop, bool active) => (aboveTop ? "triangle-up" : "circle") + (active ? "" : "-open");

    /// <summary>The drawn customers whose revenue is above the top of the revenue axis (drawn at the edge), and the highest such revenue.</summary>
    public static (int Count, decimal Max) AboveTop(Segmentation segmentation, IReadOnlyList<int> points)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(points);
        var (_, top) = RevenueRange(segmentation, points);
        var above = points.Where(i => (double)segmentation.Customers[i].Revenue > top).Select(i => segmentation.Customers[i].Revenue).ToList();
        return (above.Count, above.Count == 0 ? 0 : above.Max());
    }

    private static double EdgeOf(double bottom, double top) => top - (top - bottom) * EdgeInset;

    /// <summary>The threshold lines of the five groups and their labels: tenure f and t, amount a.</summary>
    /// <remarks>
    /// f is drawn over the whole height (left of it: 初回客 at 0 and よちよち客); a from f to the right (below it:
    /// コツコツ客); t above a (流行客 on its left, 優良顧客 on its right). Lines run far past the data; Plotly clips
    /// them to the plot area.
    /// </remarks>
    public static (object[] Shapes, object[] Annotations) ThresholdMarks(SegmentThresholds thresholds, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        const double Far = 1e12;
        double f = thresholds.FledglingMaxDays, t = thresholds.TrendyMaxDays, a = (double)thresholds.AmountThreshold;
        var shapes = new object[]
        {
            PlotlyFigure.Line("x", f, f, "paper", 0, 1),
            PlotlyFigure.Line("x", t, t, "y", a, Far),
            PlotlyFigure.Line("x", f, Far, "y", a, a),
        };
        var inv = CultureInfo.InvariantCulture;
        var notes = new object[]
        {
            PlotlyFigure.Note(ChartLabels.Pick(language, $"{f.ToString("N0", inv)}日", $"{f.ToString("N0", inv)} d"), "x", f, "paper", 1, "left", "top"),
            PlotlyFigure.Note(ChartLabels.Pick(language, $"{t.ToString("N0", inv)}日", $"{t.ToString("N0", inv)} d"), "x", t, "paper", 1, "left", "top"),
            PlotlyFigure.Note(ChartLabels.Yen(thresholds.AmountThreshold), "paper", 1, "y", a, "right", "bottom"),
        };
        return (shapes, notes);
    }

    /// <summary>Revenue axis: from the lowest revenue (or 0) to the 99th percentile with room, always showing the amount threshold.</summary>
    private static (double Min, double Max) RevenueRange(Segmentation segmentation, IReadOnlyList<int> points)
    {
        var customers = segmentation.Customers;
        var amount = segmentation.Rules.IsDefault ? (double)segmentation.Thresholds.AmountThreshold : 0;
        if (points.Count == 0)
            return (0, Math.Max(amount * 1.5, 1000));
        var revenue = points.Select(i => (double)customers[i].Revenue).Order().ToArray();
        var p99 = revenue[(int)Math.Floor((revenue.Length - 1) * 0.99)];
        var top = Math.Max(Math.Max(p99 * 1.15, amount * 1.5), 1000);
        var bottom = Math.Min(0, revenue[0]);
        return (bottom - top * 0.03, top);
    }
}
