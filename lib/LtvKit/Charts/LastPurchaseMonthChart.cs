using System.Globalization;
using LtvKit.Metrics;
using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>Seed 000's "顧客別最終購入日別の顧客数グラフ": customers by the month of their last purchase, stacked 既存/離脱.</summary>
/// <remarks>
/// A dashed line marks the churn boundary (as-of date − churn days): every customer left of it is 離脱客. The
/// shape of the bars shows how fast customers stop buying, month by month.
/// </remarks>
public static class LastPurchaseMonthChart
{
    public static GenericChart Chart(Segmentation segmentation, LabelLanguage language = LabelLanguage.Japanese)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        var months = LastPurchaseMonth.Of(segmentation);
        var x = months.Select(m => m.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var traces = new List<Trace>
        {
            Bars(CustomerStatus.Active, x, months.Select(m => m.Active).ToArray(), language),
            Bars(CustomerStatus.Churned, x, months.Select(m => m.Churned).ToArray(), language),
        };
        var churnDays = segmentation.Thresholds.ChurnDays;
        var boundary = segmentation.Customers.AsOf.AddDays(-churnDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return PlotlyFigure.Of(traces,
            ChartLabels.Pick(language, "最終購入月別の顧客数（既存顧客／離脱客）", "Customers by month of last purchase (active / churned)"),
            ("barmode", "stack"),
            ("bargap", 0.15),
            ("xaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "最終購入月", "Month of last purchase"), ("type", "date"), ("tickformat", "%Y-%m"))),
            ("yaxis", PlotlyFigure.Axis(ChartLabels.Pick(language, "人数", "Customers"), ("tickformat", ",d"), ("rangemode", "tozero"))),
            ("shapes", new[] { PlotlyFigure.Line("x", boundary, boundary, "paper", 0, 1) }),
            ("annotations", new[] { PlotlyFigure.Note(ChurnNote(churnDays, language), "x", boundary, "paper", 1, "right", "top") }));
    }

    /// <summary>The label of the churn boundary line.</summary>
    public static string ChurnNote(int churnDays, LabelLanguage language) => ChartLabels.Pick(language,
        $"← 離脱（{ChartLabels.Count(churnDays)}日以上） ",
        $"← churned ({ChartLabels.Count(churnDays)}+ days) ");

    private static Trace Bars(CustomerStatus status, string[] x, int[] y, LabelLanguage language) => PlotlyFigure.Trace("bar",
        ("name", ChartLabels.Status(status, language)),
        ("x", x),
        ("y", y),
        ("xperiod", "M1"),
        ("xperiodalignment", "middle"),
        ("hovertemplate", ChartLabels.Pick(language, "%{x|%Y-%m}・%{fullData.name} %{y:,}人<extra></extra>", "%{x|%Y-%m} · %{fullData.name} %{y:,}<extra></extra>")),
        ("marker", new { color = status == CustomerStatus.Active ? ChartLabels.ActiveColor : ChartLabels.ChurnedColor }));
}
