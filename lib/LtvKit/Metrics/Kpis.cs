using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Segments;

namespace LtvKit.Metrics;

/// <summary>Every KPI of METRICS.md §4 for one shop, one as-of date and one set of parameters.</summary>
public sealed record Kpis(
    DateOnly AsOf,
    AmountBasis AmountBasis,
    InputCounts Input,
    long Customers,
    long Orders,
    decimal Revenue,
    Rate RepeatRate,
    F2Conversion F2,
    YearLtv Year,
    IReadOnlyList<HorizonLtv> Horizons,
    ProfitLtv? Profit,
    Segmentation Segments,
    IReadOnlyList<MonthlyRepeat> Monthly,
    Funnel Funnel,
    IReadOnlyList<FirstTouch> ByFirstChannel,
    IReadOnlyList<FirstTouch> ByFirstProduct,
    ReturnCurve ReturnCurve,
    IReadOnlyList<Nps>? Nps)
{
    /// <summary>平均LTV: revenue ÷ customers.</summary>
    public decimal? AverageLtv => Stats.Divide(Revenue, Customers);

    /// <summary>平均注文単価: revenue ÷ purchases.</summary>
    public decimal? AverageOrderValue => Stats.Divide(Revenue, Orders);

    public HorizonLtv Horizon(int months) => Horizons.First(h => h.Months == months);

    public static Kpis Compute(CustomerTable customers, AmountBasis basis, Segmentation segments, MetricOptions? options = null, IEnumerable<SurveyAnswer>? survey = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segments);
        options ??= MetricOptions.Default;
        var horizons = MetricOptions.Horizons.Select(h => HorizonLtv.Of(customers, h.Months, h.Days)).ToList();
        return new Kpis(
            customers.AsOf,
            basis,
            customers.History.Input,
            customers.Count,
            customers.Sum(c => (long)c.Orders),
            customers.Sum(c => c.Revenue),
            Metrics.RepeatRate.Of(customers),
            F2Conversion.Of(customers, customers.AsOf, options.F2WindowDays),
            YearLtv.Of(customers.History, options.FormulaYears),
            horizons,
            options.Costs is { } costs ? ProfitLtv.Of(customers, horizons[0], costs) : null,
            segments,
            MonthlyRepeat.Of(customers),
            Funnel.Of(customers),
            FirstTouch.Of(customers, FirstTouchKind.Channel, options.F2WindowDays),
            FirstTouch.Of(customers, FirstTouchKind.Product, options.F2WindowDays),
            Metrics.ReturnCurve.Of(customers),
            survey is null ? null : Metrics.Nps.Of(survey, segments));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Customers:N0} customers, ¥{Revenue:N0}, average LTV ¥{AverageLtv:N0}, repeat rate {RepeatRate}, as of {AsOf:yyyy-MM-dd}");
}
