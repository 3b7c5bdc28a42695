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
        // One note under the other, so that two close marks (90 and 120 days, or a narrow chart) do not overlap.
        var notes = marks.Select((m, i) => PlotlyFigure.Note(
            ChartLabels.Pick(language, $"{m.ToString("N0", inv)}日: {Percent(curve, m)}", $"{m.ToString("N0", inv)} d: {Percent(curve, m)}"),
            "x", m, "paper", 1 - NoteStep * i, "left", "top")).ToArray();
        return PlotlyFigure.Of([trace],
            ChartLabels.Pick(language, "購入が途絶えてからの日数と、その後1年以内の再購入率", "Days without a purchase, and the chance of buying again within a year"),
            ("showlegend", false),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "最後の購入日からの経過日数", "Days since a purchase day"), ("range", new[] { 0, AxisEnd(curve, marks) }), ("dtick", 90))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "1年以内の再購入率", "Buys again within a year"), ("tickformat", ".0%"), ("rangemode", "tozero"))),
            ("shapes", shapes),
            ("annotations", notes));
    }

    /// <summary>Vertical distance between the notes of the marks, as a fraction of the plot height.</summary>
    private const double NoteStep = 0.09;

    /// <summary>The x-axis ends a month past the last gap with data or the last mark, whichever is later, on a multiple of 30 days.</summary>
    public static int AxisEnd(ReturnCurve curve, IReadOnlyList<int> marks)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(marks);
        var last = 0;
        for (var g = 0; g <= ReturnCurve.MaxGapDays; g++)
        {
            if (curve.At(g).Value is not null)
                last = g;
        }
        var end = Math.Max(last, marks.Count == 0 ? 0 : marks.Max()) + 30;
        return Math.Min(ReturnCurve.MaxGapDays, (end + 29) / 30 * 30);
    }

    private static string Percent(ReturnCurve curve, int gap) =>
        Stats.Percent(gap >= 0 && gap <= ReturnCurve.MaxGapDays ? curve.At(gap).Value : null);
}
