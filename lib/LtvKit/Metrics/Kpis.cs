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
    public decimal? AverageOrderValue => Stats.Divide(Revenue, Orders);

    public HorizonLtv Horizon(int months) => Horizons.First(h => h.Months == months);

    public static Kpis Compute(CustomerTable customers, AmountBasis basis, Segmentation segments, MetricOptions? options = null, IEnumerable<SurveyAnswer>? survey = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(segments);
        options ??= MetricOptions.Default;
        // The breakdowns each read every customer again: on a second core they take no time of their own.
        var breakdowns = Task.Run(() => (
            Monthly: MonthlyRepeat.Of(customers),
            FirstTouches: FirstTouch.Of(customers, [FirstTouchKind.Channel, FirstTouchKind.Product], options.F2WindowDays),
            Curve: Metrics.ReturnCurve.Of(customers),
            Cohorts: MonthlyCohort.Of(customers),
            Migration: GroupMigration.Of(segments, options.MigrationFrom),
            Subscriptions: Metrics.Subscriptions.Of(customers),
            Upgrade: TrialUpgrade.Of(customers, options.TrialProducts ?? TrialProducts.Default, options.UpgradeWindowDays)));
        var horizons = MetricOptions.Horizons.Select(h => HorizonLtv.Of(customers, h.Months, h.Days)).ToList();
        long orders = 0;
        decimal revenue = 0;
        foreach (var customer in customers.Rows)
        {
            orders += customer.Orders;
            revenue += customer.Revenue;
        }
        var repeat = Metrics.RepeatRate.Of(customers);
        var f2 = F2Conversion.Of(customers, customers.AsOf, options.F2WindowDays);
        var year = YearLtv.Of(customers.History, options.FormulaYears);
        var profit = options.Costs is { } costs ? ProfitLtv.Of(customers, horizons[0], costs) : null;
        var funnel = Funnel.Of(customers);
        var nps = survey is null ? null : Metrics.Nps.Of(survey, segments);
        // The deciles and the RFM quintiles cut the same sorted revenues: one after the other, so they are sorted once.
        var deciles = RevenueDecile.Of(customers);
        var rfm = RfmScores.Of(customers, options.RfmCutPoints);
        var secondPurchase = SecondPurchaseCurve.Of(customers);
        var payback = options.AdSpend is { } spend ? AcquisitionPayback.Of(customers, spend.Spend, spend.GrossMargin) : null;
        var (monthly, firstTouches, curve, cohorts, migration, subscriptions, upgrade) = breakdowns.GetAwaiter().GetResult();
        return new Kpis(customers.AsOf, basis, customers.History.Input, customers.Count, orders, revenue, repeat, f2, year,
            horizons, profit, segments, monthly, funnel, firstTouches[0], firstTouches[1], curve, nps, cohorts, deciles, rfm, secondPurchase, migration, payback, subscriptions, upgrade);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Customers:N0} customers, ¥{Revenue:N0}, average LTV ¥{AverageLtv:N0}, repeat rate {RepeatRate}, as of {AsOf:yyyy-MM-dd}");
}
