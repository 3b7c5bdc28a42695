using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Internals;
using LtvKit.Segments;

namespace LtvKit.Metrics;

/// <summary>Every KPI of METRICS.md §4 for one shop, one as-of date and one set of parameters.</summary>
public sealed record Kpis(
    DateOnly AsOf,
    AmountBasis AmountBasis,
    InputCounts Input,
    long Customers,
    long Purchases,
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
    IReadOnlyList<Nps>? Nps,
    IReadOnlyList<MonthlyCohort> Cohorts,
    IReadOnlyList<RevenueDecile> Deciles,
    RfmScores Rfm,
    SecondPurchaseCurve SecondPurchase,
    GroupMigration Migration,
    AcquisitionPayback? Payback,
    Subscriptions Subscriptions,
    TrialUpgrade Upgrade)
{
    /// <summary>平均LTV: revenue ÷ customers.</summary>
    public decimal? AverageLtv => Stats.Divide(Revenue, Customers);

    /// <summary>平均注文単価: revenue ÷ purchases.</summary>
    public decimal? AverageOrderValue => Stats.Divide(Revenue, Purchases);

    public HorizonLtv Horizon(int months) => Horizons.First(h => h.Months == months);

    public static Kpis Compute(CustomerTable customers, AmountBasis basis, Segmentation segments, MetricOptions? options = null, IEnumerable<SurveyAnswer>? survey = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segments);
        options ??= MetricOptions.Default;
        // The breakdowns each read every customer again: on a second core they take no time of their own.
        var (main, breakdowns) = TwoCores.Both(
            () => (
                Horizons: MetricOptions.Horizons.Select(h => HorizonLtv.Of(customers, h.Months, h.Days)).ToList(),
                RepeatRate: Metrics.RepeatRate.Of(customers),
                F2: F2Conversion.Of(customers, customers.AsOf, options.F2WindowDays),
                Year: YearLtv.Of(customers.History, options.FormulaYears),
                Funnel: Funnel.Of(customers),
                Nps: survey is null ? null : Metrics.Nps.Of(survey, segments),
                // The deciles and the RFM quintiles cut the same sorted revenues: one after the other, so they are sorted once.
                Deciles: RevenueDecile.Of(customers),
                Rfm: RfmScores.Of(customers, options.RfmCutPoints),
                SecondPurchase: SecondPurchaseCurve.Of(customers),
                Payback: options.AdSpend is { } spend ? AcquisitionPayback.Of(customers, spend.Spend, spend.GrossMargin) : null),
            () => (
                Monthly: MonthlyRepeat.Of(customers),
                FirstTouches: FirstTouch.Of(customers, [FirstTouchKind.Channel, FirstTouchKind.Product], options.F2WindowDays),
                Curve: Metrics.ReturnCurve.Of(customers),
                Cohorts: MonthlyCohort.Of(customers),
                Migration: GroupMigration.Of(segments, options.MigrationFrom),
                Subscriptions: Metrics.Subscriptions.Of(customers),
                Upgrade: TrialUpgrade.Of(customers, options.TrialProducts ?? TrialProducts.Default, options.UpgradeWindowDays)));
        long purchases = 0;
        decimal revenue = 0;
        foreach (var customer in customers.Rows)
        {
            purchases += customer.Purchases;
            revenue += customer.Revenue;
        }
        var profit = options.Costs is { } costs ? ProfitLtv.Of(customers, main.Horizons[0], costs) : null;
        return new Kpis(customers.AsOf, basis, customers.History.Input, customers.Count, purchases, revenue, main.RepeatRate, main.F2, main.Year,
            main.Horizons, profit, segments, breakdowns.Monthly, main.Funnel, breakdowns.FirstTouches[0], breakdowns.FirstTouches[1], breakdowns.Curve,
            main.Nps, breakdowns.Cohorts, main.Deciles, main.Rfm, main.SecondPurchase, breakdowns.Migration, main.Payback, breakdowns.Subscriptions,
            breakdowns.Upgrade);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Customers:N0} customers, ¥{Revenue:N0}, average LTV ¥{AverageLtv:N0}, repeat rate {RepeatRate}, as of {AsOf:yyyy-MM-dd}");
}
