using System.Globalization;
using LtvKit.Metrics;
using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>The return curve: after g silent days, the share of customers who still buy again within a year.</summary>
/// <remarks>
/// The evidence for the 90-day rule (seed 002) and the 240-day churn line (seed 000), from the shop's own data:
/// where the curve has flattened near the bottom, waiting longer changes little and the customer is as good as
/// gone. Gaps where nobody has been observed long enough have no point. The marks are the follow-up deadline
/// (<see cref="ReturnCurve.FollowUpDays"/>) and the churn line in force.
/// </remarks>
public static class ReturnCurveChart
{
    /// <summary>Seed 002's follow-up deadline and the churn line of <paramref name="churnDays"/> (seed 000's 240 days by default).</summary>
    public static IReadOnlyList<int> Marks(int churnDays = SegmentThresholds.DefaultChurnDays) => [ReturnCurve.FollowUpDays, churnDays];

    public static GenericChart Chart(ReturnCurve curve, LabelLanguage language = LabelLanguage.Japanese, IReadOnlyList<int>? marks = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        marks ??= Marks();
        var gaps = Enumerable.Range(0, ReturnCurve.MaxGapDays + 1).ToArray();
        var trace = PlotlyFigure.Trace("scatter",
            ("name", ChartLabels.Pick(language, "1年以内の再購入率", "Buys again within a year")),
            ("mode", "lines"),
            ("x", gaps),
            ("y", gaps.Select(g => curve.At(g).Value).ToArray()),
            ("customdata", gaps.Select(g => curve.At(g).Denominator).ToArray()),
            ("connectgaps", false),
            ("hovertemplate", ChartLabels.Pick(language,
                "%{x}日間購入なし → 1年以内に再購入 %{y:.1%}<br>（対象 %{customdata:,} 件）<extra></extra>",
                "silent %{x} days → buys again within a year %{y:.1%}<br>(%{customdata:,} cases)<extra></extra>")),
            ("line", new { color = ChartLabels.ActiveColor, width = 2.5 }));
        var inv = CultureInfo.InvariantCulture;
        var shapes = marks.Select(m => PlotlyFigure.Line("x", m, m, "paper", 0, 1)).ToArray();
        var notes = marks.Select(m => PlotlyFigure.Note(
            ChartLabels.Pick(language, $"{m.ToString("N0", inv)}日: {Percent(curve, m)}", $"{m.ToString("N0", inv)} d: {Percent(curve, m)}"),
            "x", m, "paper", 1, "left", "top")).ToArray();
        return PlotlyFigure.Of([trace],
            ChartLabels.Pick(language, "購入が途絶えてからの日数と、その後1年以内の再購入率", "Days without a purchase, and the chance of buying again within a year"),
            ("showlegend", false),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "最後の購入日からの経過日数", "Days since a purchase day"), ("range", new[] { 0, ReturnCurve.MaxGapDays }), ("dtick", 90))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "1年以内の再購入率", "Buys again within a year"), ("tickformat", ".0%"), ("rangemode", "tozero"))),
            ("shapes", shapes),
            ("annotations", notes));
    }

    private static string Percent(ReturnCurve curve, int gap) =>
        gap >= 0 && gap <= ReturnCurve.MaxGapDays && curve.At(gap).Value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
}
