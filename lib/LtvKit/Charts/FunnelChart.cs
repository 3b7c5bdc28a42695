using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>The F1→F5 funnel: customers reaching their 1st … 5th purchase day, with the step-to-step conversion.</summary>
/// <remarks>F5 means five or more purchase days. The percentage beside each bar is reach(n) ÷ reach(n − 1); F1→F2 is the repeat rate.</remarks>
public static class FunnelChart
{
    /// <summary>One blue, darker with each step: the customers who stay are the valuable ones.</summary>
    private static readonly string[] StepColors = ["#a9c4e4", "#85a9d6", "#5f8cc2", "#4476b3", "#2f5f9e"];

    public static GenericChart Chart(Funnel funnel, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        var steps = Enumerable.Range(1, Funnel.Steps).Select(n => n == Funnel.Steps ? $"F{n}+" : $"F{n}").ToArray();
        var text = Enumerable.Range(1, Funnel.Steps).Select(n => n == 1
            ? ChartLabels.Count(funnel.ReachOf(1))
            : $"{ChartLabels.Count(funnel.ReachOf(n))}  ({Percent(funnel.Conversion(n - 1))})").ToArray();
        var trace = PlotlyFigure.Trace("funnel",
            ("name", ChartLabels.Pick(language, "購入日数", "Purchase days")),
            ("y", steps),
            ("x", funnel.Reach.ToArray()),
            ("text", text),
            ("textinfo", "text"),
            ("textposition", "auto"),
            ("hovertemplate", ChartLabels.Pick(language, "%{y}: %{x:,}人<extra></extra>", "%{y}: %{x:,} customers<extra></extra>")),
            ("marker", new { color = StepColors }),
            ("connector", new { fillcolor = "#e6ebf1", line = new { color = "#c4cad3", width = 1 } }));
        return PlotlyFigure.Of([trace],
            ChartLabels.Pick(language, "F1→F5 ファネル（n回目の購入日に到達した顧客数・前段からの転換率）", "F1→F5 funnel (customers reaching their n-th purchase day, conversion from the step before)"),
            ("showlegend", false),
            ("yaxis", PlotlyFigure.Axis("", ("type", "category"), ("ticks", ""), ("showline", false))),
            ("xaxis", new { visible = false }),
            ("margin", new { l = 56, r = 24, t = 56, b = 32 }));
    }

    private static string Percent(Rate rate) => Stats.Percent(rate.Value);
}
