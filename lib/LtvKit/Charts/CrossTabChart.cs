using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>The cross-tab of seed 000 as a chart: customers of each group, split into 既存顧客 and 離脱客.</summary>
/// <remarks>One stacked bar per group in rule order, top to bottom; the dark part is active, the light part churned, so the length is the group's size and the dark part what is still alive.</remarks>
public static class CrossTabChart
{
    public static GenericChart Chart(Segmentation segmentation, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        var groups = segmentation.Rules.Rules.Select(r => r.Name).ToList();
        var labels = groups.Select(g => PlotlyText.Escape(ChartLabels.Group(g, language))).ToArray();
        var traces = new List<Trace>();
        foreach (var status in (CustomerStatus[])[CustomerStatus.Active, CustomerStatus.Churned])
        {
            var counts = groups.Select(g => segmentation.Cells.First(c => c.Segment == g && c.Status == status).Customers).ToArray();
            traces.Add(PlotlyFigure.Trace("bar",
                ("name", ChartLabels.Status(status, language)),
                ("orientation", "h"),
                ("y", labels),
                ("x", counts),
                ("text", counts.Select(c => ChartLabels.Count(c)).ToArray()),
                ("textposition", "auto"),
                ("insidetextanchor", "middle"),
                ("hovertemplate", ChartLabels.Pick(language, "%{y}・%{fullData.name}<br>%{x:,}人<extra></extra>", "%{y} · %{fullData.name}<br>%{x:,} customers<extra></extra>")),
                ("marker", new { color = status == CustomerStatus.Active ? ChartLabels.ActiveColor : ChartLabels.ChurnedColor })));
        }
        return PlotlyFigure.Of(traces,
            ChartLabels.Pick(language, "顧客グループ別の人数（既存顧客／離脱客）", "Customers by group (active / churned)"),
            ("barmode", "stack"),
            ("bargap", 0.28),
            ("height", 300),
            ("yaxis", PlotlyFigure.Axis("", ("type", "category"), ("ticks", ""), ("autorange", "reversed"))),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "人数", "Customers"), ("tickformat", ",d"), ("rangemode", "tozero"))));
    }
}
