using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>Acquisition payback: cumulative gross profit per new customer, month by month, against what a customer cost.</summary>
/// <remarks>One solid line per first channel × first product group and its CPO as a dashed line in the same colour; where the
/// solid line crosses the dashed one, the group has paid back.</remarks>
public static class PaybackChart
{
    public static GenericChart Chart(AcquisitionPayback payback, int groups = 4, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(payback);
        var traces = new List<Trace>();
        foreach (var (group, i) in payback.Groups.Take(groups).Select((g, i) => (g, i)))
        {
            var color = ChartLabels.ColorAt(i);
            var months = Enumerable.Range(0, group.GrossProfitPerCustomer.Count).ToArray();
            var name = PlotlyText.Escape($"{group.Channel} × {group.Product}");
            traces.Add(PlotlyFigure.Trace("scatter", ("name", name), ("x", months), ("y", group.GrossProfitPerCustomer.ToArray()), ("mode", "lines+markers"),
                ("line", new { color, width = 2 }), ("legendgroup", name),
                ("hovertemplate", ChartLabels.Pick(language, "%{fullData.name} %{x}か月目: 粗利 ¥%{y:,.0f}<extra></extra>", "%{fullData.name} month %{x}: gross profit ¥%{y:,.0f}<extra></extra>"))));
            traces.Add(PlotlyFigure.Trace("scatter", ("name", name + " CPO"), ("x", months), ("y", group.CpoPerCustomer.ToArray()), ("mode", "lines"),
                ("line", new { color, width = 1.5, dash = "dash" }), ("legendgroup", name), ("showlegend", false),
                ("hovertemplate", "%{fullData.name} ¥%{y:,.0f}<extra></extra>")));
        }
        return PlotlyFigure.Of(traces,
            ChartLabels.Pick(language, "獲得コストの回収：新規顧客1人あたりの累積粗利（実線）と CPO（破線）", "Acquisition payback: cumulative gross profit per new customer (solid) against the CPO (dashed)"),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "初回購入月からの月数", "Months since the first purchase month"), ("dtick", 3))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "1人あたり（円）", "Per customer (yen)"), ("tickformat", ",.0f"), ("rangemode", "tozero"))));
    }
}
