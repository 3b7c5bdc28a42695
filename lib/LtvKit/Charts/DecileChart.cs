using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>デシル分析: each tenth of the customers' share of revenue (bars) and the cumulative share (line).</summary>
public static class DecileChart
{
    public static GenericChart Chart(IReadOnlyList<RevenueDecile> deciles, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(deciles);
        var names = deciles.Select(d => ChartLabels.Pick(language, $"デシル{d.Decile}", $"D{d.Decile}")).ToArray();
        var bars = PlotlyFigure.Trace("bar",
            ("name", ChartLabels.Pick(language, "売上構成比", "Share of revenue")),
            ("x", names),
            ("y", deciles.Select(d => d.RevenueShare).ToArray()),
            ("customdata", deciles.Select(d => d.Customers).ToArray()),
            ("hovertemplate", ChartLabels.Pick(language, "%{x}: 売上の %{y:.1%}（%{customdata:,}人）<extra></extra>", "%{x}: %{y:.1%} of revenue (%{customdata:,} customers)<extra></extra>")),
            ("marker", new { color = ChartLabels.ActiveColor }));
        var line = PlotlyFigure.Trace("scatter",
            ("name", ChartLabels.Pick(language, "累積構成比", "Cumulative share")),
            ("mode", "lines+markers"),
            ("x", names),
            ("y", deciles.Select(d => d.CumulativeRevenueShare).ToArray()),
            ("hovertemplate", ChartLabels.Pick(language, "%{x}まで: 売上の %{y:.1%}<extra></extra>", "up to %{x}: %{y:.1%} of revenue<extra></extra>")),
            ("line", new { color = ChartLabels.LineColor, width = 2 }));
        return PlotlyFigure.Of([bars, line],
            ChartLabels.Pick(language, "デシル分析：購入金額の上位から10等分した顧客の売上構成比", "Decile analysis: revenue share of each tenth of the customers, top spenders first"),
            ("xaxis", PlotlyFigure.Axis("", ("type", "category"))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "売上構成比", "Share of revenue"), ("tickformat", ".0%"), ("range", new[] { 0, 1.02 }))));
    }
}
