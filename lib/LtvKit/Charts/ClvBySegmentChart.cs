using System.Globalization;
using LtvKit.Clv;
using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>Mean P(alive) of each customer group, 既存顧客 beside 離脱客: are the churned customers really gone?</summary>
/// <remarks>One pair of horizontal bars per group in rule order, top to bottom, from 0 to 100%. An empty cell has no bar
/// (not a zero bar): there is nobody to average.</remarks>
public static class ClvBySegmentChart
{
    /// <summary>The x axis always spans 0 … 100%, so groups and reports compare at a glance.</summary>
    private static readonly double[] ProbabilityRange = [0.0, 1.0];

    public static GenericChart Chart(ClvBySegment bySegment, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(bySegment);
        var groups = bySegment.Cells.Select(c => c.Segment).Distinct(StringComparer.Ordinal).ToList();
        var labels = groups.Select(g => PlotlyText.Escape(ChartLabels.Group(g, language))).ToArray();
        var traces = new List<Trace>();
        foreach (var status in (CustomerStatus[])[CustomerStatus.Active, CustomerStatus.Churned])
        {
            var cells = groups.Select(g => bySegment.Cell(g, status)).ToArray();
            traces.Add(PlotlyFigure.Trace("bar",
                ("name", ChartLabels.Status(status, language)),
                ("orientation", "h"),
                ("y", labels),
                ("x", cells.Select(c => c.MeanProbabilityAlive).ToArray()),
                ("text", cells.Select(c => c.MeanProbabilityAlive is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "").ToArray()),
                ("textposition", "auto"),
                ("customdata", cells.Select(c => c.Customers).ToArray()),
                ("hovertemplate", ChartLabels.Pick(language,
                    "%{y}・%{fullData.name}<br>平均P(alive) %{x:.1%}<br>%{customdata:,}人<extra></extra>",
                    "%{y} · %{fullData.name}<br>mean P(alive) %{x:.1%}<br>%{customdata:,} customers<extra></extra>")),
                ("marker", new { color = status == CustomerStatus.Active ? ChartLabels.ActiveColor : ChartLabels.ChurnedColor })));
        }
        return PlotlyFigure.Of(traces,
            ChartLabels.Pick(language, "グループ別の平均P(alive)（既存顧客／離脱客）", "Mean P(alive) by group (active / churned)"),
            ("barmode", "group"),
            ("bargap", 0.25),
            ("height", 320),
            ("yaxis", PlotlyFigure.Axis("", ("type", "category"), ("ticks", ""), ("autorange", "reversed"))),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "まだ購入を続けている確率（平均）", "Probability still buying (mean)"), ("tickformat", ".0%"), ("range", ProbabilityRange))));
    }
}
