using System.Globalization;
using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>Seed 004's monthly view: each month's buyers (new and repeat) and the リピーター率 line.</summary>
/// <remarks>
/// Columns: the month's buyers, split into those buying for the first time and repeaters (first purchase before
/// the month). Line, right axis: リピーター率 = repeaters ÷ buyers (the seed's 700 ÷ 1,000 = 70%); a month without
/// buyers has no point.
/// </remarks>
public static class MonthlyRepeatChart
{
    private static readonly double[] UnitRange = [0.0, 1.0];

    public static GenericChart Chart(IReadOnlyList<MonthlyRepeat> months, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(months);
        var x = months.Select(m => m.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var traces = new List<Trace>
        {
            PlotlyFigure.Trace("bar",
                ("name", ChartLabels.Pick(language, "新規購入者", "First-time buyers")),
                ("x", x), ("y", months.Select(m => m.Buyers - m.Repeaters).ToArray()),
                ("xperiod", "M1"), ("xperiodalignment", "middle"),
                ("hovertemplate", ChartLabels.Pick(language, "%{x|%Y-%m} 新規 %{y:,}人<extra></extra>", "%{x|%Y-%m} first-time %{y:,}<extra></extra>")),
                ("marker", new { color = "#a9c4e4" })),
            PlotlyFigure.Trace("bar",
                ("name", ChartLabels.Pick(language, "リピーター", "Repeaters")),
                ("x", x), ("y", months.Select(m => m.Repeaters).ToArray()),
                ("xperiod", "M1"), ("xperiodalignment", "middle"),
                ("hovertemplate", ChartLabels.Pick(language, "%{x|%Y-%m} リピーター %{y:,}人<extra></extra>", "%{x|%Y-%m} repeaters %{y:,}<extra></extra>")),
                ("marker", new { color = ChartLabels.ActiveColor })),
            PlotlyFigure.Trace("scatter",
                ("name", ChartLabels.Pick(language, "リピーター率（右軸）", "Repeater ratio (right axis)")),
                ("mode", "lines+markers"),
                ("x", x), ("y", months.Select(m => m.RepeaterRatio.Value).ToArray()),
                ("xperiod", "M1"), ("xperiodalignment", "middle"),
                ("yaxis", "y2"),
                ("connectgaps", false),
                ("hovertemplate", ChartLabels.Pick(language, "%{x|%Y-%m} リピーター率 %{y:.1%}<extra></extra>", "%{x|%Y-%m} repeater ratio %{y:.1%}<extra></extra>")),
                ("line", new { color = "#d9534f", width = 2 }),
                ("marker", new { color = "#d9534f", size = 5 })),
        };
        return PlotlyFigure.Of(traces,
            ChartLabels.Pick(language, "月別の購入者数とリピーター率", "Buyers per month and repeater ratio"),
            ("barmode", "stack"),
            ("bargap", 0.15),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "月", "Month"), ("type", "date"), ("tickformat", "%Y-%m"))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "購入者数", "Buyers"), ("tickformat", ",d"), ("rangemode", "tozero"))),
            ("yaxis2", PlotlyFigure.Axis(ChartLabels.Pick(language, "リピーター率", "Repeater ratio"),
                ("overlaying", "y"), ("side", "right"), ("range", UnitRange), ("tickformat", ".0%"), ("showgrid", false))),
            ("margin", new { l = 64, r = 64, t = 56, b = 48 }));
    }
}
