using LtvKit.Metrics;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>Seed 000's "F2転換商品・初回チャネル": F2 rate and LTV of the customers who share a first channel or first product.</summary>
/// <remarks>
/// Columns, left axis: the F2 rate of each value, against the seed's 20% target (dashed line). Diamonds, right
/// axis: the 12-month LTV (customers who have had a whole year), or — while nobody has — nothing. The largest
/// <c>top</c> values by customers are drawn, largest first; the hover gives the customers behind each number.
/// </remarks>
public static class FirstTouchChart
{
    /// <summary>Ten bars stay readable on a laptop and on A4.</summary>
    public const int DefaultTop = 10;

    public static GenericChart Chart(IReadOnlyList<FirstTouch> rows, FirstTouchKind kind, LabelLanguage language = LabelLanguage.Japanese, int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = rows.Take(top).ToList();
        var labels = shown.Select(r => ValueLabel(r.Value, language)).ToArray();
        var customers = shown.Select(r => r.Customers).ToArray();
        var traces = new List<Trace>
        {
            PlotlyFigure.Trace("bar",
                ("name", ChartLabels.Pick(language, "F2転換率", "F2 rate")),
                ("x", labels),
                ("y", shown.Select(r => r.F2Rate.Value).ToArray()),
                ("customdata", customers),
                ("hovertemplate", ChartLabels.Pick(language,
                    "%{x}<br>F2転換率 %{y:.1%}（顧客 %{customdata:,}人）<extra></extra>",
                    "%{x}<br>F2 rate %{y:.1%} (%{customdata:,} customers)<extra></extra>")),
                ("marker", new { color = "#7fa7d6" })),
            PlotlyFigure.Trace("scatter",
                ("name", ChartLabels.Pick(language, "12か月LTV（右軸）", "12-month LTV (right axis)")),
                ("mode", "markers"),
                ("x", labels),
                ("y", shown.Select(r => r.TwelveMonthLtv.Value is { } v ? (double?)v : null).ToArray()),
                ("customdata", shown.Select(r => r.TwelveMonthLtv.Eligible).ToArray()),
                ("yaxis", "y2"),
                ("hovertemplate", ChartLabels.Pick(language,
                    "%{x}<br>12か月LTV ¥%{y:,.0f}（1年経過した %{customdata:,}人）<extra></extra>",
                    "%{x}<br>12-month LTV ¥%{y:,.0f} (%{customdata:,} customers with a full year)<extra></extra>")),
                ("marker", new { color = "#27303d", size = 11, symbol = "diamond" })),
        };
        var title = kind == FirstTouchKind.Channel
            ? ChartLabels.Pick(language, "初回チャネル別の F2転換率と12か月LTV", "F2 rate and 12-month LTV by first channel")
            : ChartLabels.Pick(language, "初回商品別の F2転換率と12か月LTV", "F2 rate and 12-month LTV by first product");
        return PlotlyFigure.Of(traces, title,
            ("xaxis", PlotlyFigure.Axis("", ("type", "category"), ("ticks", ""), ("tickangle", labels.Any(l => l.Length > 8) ? -25 : 0))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "F2転換率", "F2 rate"), ("tickformat", ".0%"), ("rangemode", "tozero"))),
            ("yaxis2", PlotlyFigure.Axis(ChartLabels.Pick(language, "12か月LTV", "12-month LTV"),
                ("overlaying", "y"), ("side", "right"), ("tickprefix", "¥"), ("tickformat", ",.0f"), ("rangemode", "tozero"), ("showgrid", false))),
            ("shapes", new[] { PlotlyFigure.Line("paper", 0, 1, "y", MetricOptions.F2Target, MetricOptions.F2Target, "#d9534f") }),
            ("annotations", new[] { PlotlyFigure.Note(ChartLabels.Pick(language, "F2目標 20%", "F2 target 20%"), "paper", 0, "y", MetricOptions.F2Target) }),
            ("margin", new { l = 64, r = 72, t = 56, b = 48 }));
    }

    /// <summary>A first channel or product as a label: escaped for Plotly, "(なし)" when the data had none.</summary>
    public static string ValueLabel(string value, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 0 ? ChartLabels.Pick(language, "（なし）", "(none)") : PlotlyText.Escape(value);
    }
}
