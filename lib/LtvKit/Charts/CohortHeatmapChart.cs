using System.Globalization;
using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>The acquisition cohorts as a heatmap: each cohort's share still buying, month by month after its first.</summary>
/// <remarks>
/// One row per cohort (oldest at the top), one column per month since the first purchase month, from month 1 (month 0 is
/// 100% by definition and would only wash out the colours). A month not yet complete on the as-of date has no cell.
/// </remarks>
public static class CohortHeatmapChart
{
    public static GenericChart Chart(IReadOnlyList<MonthlyCohort> cohorts, LabelLanguage language = LabelLanguage.Japanese, int maxMonths = 12)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var inv = CultureInfo.InvariantCulture;
        var months = Math.Min(maxMonths, cohorts.Count == 0 ? 0 : cohorts.Max(c => c.Buyers.Count) - 1);
        var rows = cohorts.Reverse().ToList();
        var z = rows.Select(c => Enumerable.Range(1, months).Select(k => k < c.Buyers.Count ? c.Active(k)?.Value : null).ToArray()).ToArray();
        var labels = rows.Select(c => $"{c.Month.ToString("yyyy-MM", inv)} ({c.Customers.ToString("N0", inv)})").ToArray();
        var trace = PlotlyFigure.Trace("heatmap",
            ("z", z),
            ("x", Enumerable.Range(1, months).ToArray()),
            ("y", labels),
            ("colorscale", new object[] { new object[] { 0, "#f4f6f9" }, new object[] { 1, ChartLabels.ActiveColor } }),
            ("zmin", 0),
            ("colorbar", new { tickformat = ".0%", thickness = 12 }),
            ("hoverongaps", false),
            ("hovertemplate", ChartLabels.Pick(language,
                "%{y}: %{x}か月後に購入 %{z:.1%}<extra></extra>",
                "%{y}: buying in month %{x}: %{z:.1%}<extra></extra>")));
        return PlotlyFigure.Of([trace],
            ChartLabels.Pick(language, "月次コホート：初回購入月ごとの、nか月後に購入した顧客の割合", "Monthly cohorts: the share of each first-purchase month buying n months later"),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "初回購入月からの月数", "Months since the first purchase month"), ("dtick", 1))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "初回購入月（人数）", "First purchase month (customers)"), ("type", "category"), ("ticks", ""))),
            ("height", Math.Max(PlotlyFigure.Height, 120 + 18 * rows.Count)));
    }
}
