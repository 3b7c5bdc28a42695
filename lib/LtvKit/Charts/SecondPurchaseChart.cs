using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>The Kaplan–Meier curve of days to the second purchase day, with its 95% band and the F2 window marked.</summary>
public static class SecondPurchaseChart
{
    public static GenericChart Chart(SecondPurchaseCurve curve, int windowDays = MetricOptions.DefaultF2WindowDays, int maxDays = 365,
        LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(curve);
        // A step function: each step holds until the next day with a second purchase.
        var steps = curve.Steps.Where(s => s.Day <= maxDays).ToList();
        var x = new List<int> { 0 };
        var y = new List<double> { 0 };
        var low = new List<double?> { 0 };
        var high = new List<double?> { 0 };
        foreach (var step in steps)
        {
            x.Add(step.Day);
            y.Add(step.Converted);
            low.Add(step.Interval?.Low);
            high.Add(step.Interval?.High);
        }
        x.Add(maxDays);
        y.Add(y[^1]);
        low.Add(low[^1]);
        high.Add(high[^1]);
        var band = (string name, List<double?> values, string? fill) => PlotlyFigure.Trace("scatter",
            ("name", name), ("x", x.ToArray()), ("y", values.ToArray()), ("mode", "lines"), ("line", new { width = 0, shape = "hv" }),
            ("fill", fill), ("fillcolor", "rgba(52,88,127,0.15)"), ("hoverinfo", "skip"), ("showlegend", false));
        var line = PlotlyFigure.Trace("scatter",
            ("name", ChartLabels.Pick(language, "2回目購入までに転換した割合", "Converted to a second purchase day")),
            ("x", x.ToArray()), ("y", y.ToArray()), ("mode", "lines"), ("line", new { color = ChartLabels.ActiveColor, width = 2.5, shape = "hv" }),
            ("hovertemplate", ChartLabels.Pick(language, "%{x}日以内: %{y:.1%}<extra></extra>", "within %{x} days: %{y:.1%}<extra></extra>")));
        var (atWindow, _) = curve.At(windowDays);
        return PlotlyFigure.Of([band("95%", low, null), band("95%", high, "tonexty"), line],
            ChartLabels.Pick(language, "初回購入から2回目購入までの日数（カプラン・マイヤー、観察途中の顧客も含む）", "Days from the first to the second purchase day (Kaplan–Meier, customers still inside their window included)"),
            ("showlegend", false),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "初回購入日からの日数", "Days since the first purchase day"), ("range", new[] { 0, maxDays }))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "転換した割合", "Converted"), ("tickformat", ".0%"), ("rangemode", "tozero"))),
            ("shapes", new[] { PlotlyFigure.Line("x", windowDays, windowDays, "paper", 0, 1) }),
            ("annotations", new[] { PlotlyFigure.Note(ChartLabels.Pick(language, $"{windowDays}日: {atWindow:0.0%}", $"{windowDays} d: {atWindow:0.0%}"), "x", windowDays, "paper", 1, "left", "top") }));
    }
}
