using System.Globalization;
using LtvKit.Internals;

namespace LtvKit.Clv;

/// <summary>Predicted customer lifetime value of every customer of a summary over a horizon in months, discounted.</summary>
/// <remarks>
/// <para>For a customer with history (x, t_x, T, z̄), horizon H months and annual discount rate d:</para>
/// <code>
/// CLV = E[Z | x, z̄] · Σ_{k=1..H} (E[Y(k·m) | x, t_x, T] − E[Y((k−1)·m) | x, t_x, T]) · (1 + d)^(−k/12)
/// </code>
/// <list type="bullet">
/// <item>E[Y(t) | …] is BG/NBD's expected purchase days in the t after the calibration end, so the difference is
/// the expected purchase days in month k; E[Z | x, z̄] is Gamma-Gamma's expected spend per purchase day.</item>
/// <item>A month is m = <see cref="Periods.DaysPerAverageMonth"/> = 30.4375 days (365.25 ÷ 12), converted to the
/// model's unit (4.348 weeks). Month 1 starts the day after the calibration end.</item>
/// <item>Each month's spend is discounted as if paid at the month's end: (1 + d)^(−k/12), i.e. monthly
/// compounding at the equivalent monthly rate (1 + d)^(1/12) − 1, so 12 months at d = 10% discount the
/// last month's spend by exactly 1 ÷ 1.10. d = 0 gives the plain expected spend.</item>
/// <item>Spend and purchases are multiplied as independent, the Gamma-Gamma assumption; check
/// <see cref="GammaGammaModel.FrequencySpendCorrelation"/>.</item>
/// </list>
/// <para>Example: one expected purchase day in each of months 1 and 2, spend 100, d = 12%:
/// CLV = 100 · (1.12^(−1/12) + 1.12^(−2/12)) = 99.06 + 98.13 = 197.19.</para>
/// </remarks>
public sealed record ClvForecast
{
    /// <summary>Below this many distinct histories the streams are computed on one thread (each takes a few microseconds).</summary>
    private const int StreamsWorthASecondCore = 256;

    private ClvForecast(int horizonMonths, double annualDiscountRate, DateOnly calibrationEnd, IReadOnlyList<CustomerClv> customers)
    {
        HorizonMonths = horizonMonths;
        AnnualDiscountRate = annualDiscountRate;
        CalibrationEnd = calibrationEnd;
        Customers = customers;
        Total = customers.Sum(c => c.Value);
    }

    /// <summary>Months forecast, starting the day after <see cref="CalibrationEnd"/>.</summary>
    public int HorizonMonths { get; }

    /// <summary>Annual discount rate as a fraction (0.10 = 10% a year).</summary>
    public double AnnualDiscountRate { get; }

    /// <summary>The day the forecast looks from (the summary's calibration end).</summary>
    public DateOnly CalibrationEnd { get; }

    /// <summary>One entry per customer of the summary, in the summary's order.</summary>
    public IReadOnlyList<CustomerClv> Customers { get; }

    /// <summary>Sum of the customers' CLV.</summary>
    public double Total { get; }

    /// <summary>Mean CLV per customer.</summary>
    public double Mean => Customers.Count == 0 ? 0 : Total / Customers.Count;

    /// <summary>CLV of every customer in <paramref name="summary"/>.</summary>
    /// <param name="purchases">Fitted BG/NBD model, in the summary's time unit.</param>
    /// <param name="spend">Fitted Gamma-Gamma model.</param>
    /// <param name="summary">The customers, as of their calibration end.</param>
    /// <param name="horizonMonths">Months to forecast, ≥ 1.</param>
    /// <param name="annualDiscountRate">Annual discount rate as a fraction: 0.10 for 10%; 0 … <see cref="ClvDefaults.MaximumAnnualDiscountRate"/>.</param>
    public static ClvForecast Compute(
        BgNbdModel purchases, GammaGammaModel spend, ModelSummary summary, int horizonMonths, double annualDiscountRate)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(summary);
        purchases.CheckUnit(summary.Unit);
        CheckHorizon(horizonMonths, annualDiscountRate);
        // Customers with the same (x, t_x, T) share P(alive) and the expected purchase stream: a shop of a million
        // customers has far fewer distinct histories, so each stream is computed once.
        // Those streams are computed on two cores.
        var customers = summary.Customers;
        var historyOf = new int[customers.Count];
        var histories = new Dictionary<(int, double, double), int>();
        var first = new List<ModelSummaryRow>();
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            if (!histories.TryGetValue((c.Frequency, c.TimeOfLastPurchase, c.Age), out var h))
            {
                histories.Add((c.Frequency, c.TimeOfLastPurchase, c.Age), h = first.Count);
                first.Add(c);
            }
            historyOf[i] = h;
        }
        var streams = new PurchaseStream[first.Count];
        TwoCores.ForEach(streams.Length, h => streams[h] = Stream(purchases, first[h], horizonMonths, annualDiscountRate), minItems: StreamsWorthASecondCore);
        var rows = new CustomerClv[customers.Count];
        for (var i = 0; i < rows.Length; i++)
            rows[i] = streams[historyOf[i]].Clv(spend, customers[i]);
        return new ClvForecast(horizonMonths, annualDiscountRate, summary.CalibrationEnd, rows);
    }

    /// <summary>CLV of one customer; see the type's remarks for the formula.</summary>
    public static CustomerClv ForCustomer(
        BgNbdModel purchases, GammaGammaModel spend, ModelSummaryRow customer, int horizonMonths, double annualDiscountRate)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(customer);
        CheckHorizon(horizonMonths, annualDiscountRate);
        return Stream(purchases, customer, horizonMonths, annualDiscountRate).Clv(spend, customer);
    }

    /// <summary>P(alive) and the expected purchase days over the horizon, undiscounted and discounted month by month.</summary>
    private static PurchaseStream Stream(BgNbdModel purchases, ModelSummaryRow customer, int horizonMonths, double annualDiscountRate)
    {
        var month = MonthLength(purchases.Unit);
        var discountedPurchases = 0.0;
        var previous = 0.0;
        for (var k = 1; k <= horizonMonths; k++)
        {
            var cumulative = purchases.ExpectedPurchases(k * month, customer);
            discountedPurchases += (cumulative - previous) * Math.Pow(1 + annualDiscountRate, -(double)k / Periods.MonthsPerYear);
            previous = cumulative;
        }

        return new PurchaseStream(purchases.ProbabilityAlive(customer), previous, discountedPurchases);
    }

    private readonly record struct PurchaseStream(double ProbabilityAlive, double ExpectedPurchases, double DiscountedPurchases)
    {
        public CustomerClv Clv(GammaGammaModel spend, ModelSummaryRow customer)
        {
            var averageSpend = spend.ConditionalExpectedAverageSpend(customer);
            return new CustomerClv(customer.CustomerId, ProbabilityAlive, ExpectedPurchases, averageSpend, DiscountedPurchases * averageSpend);
        }
    }

    /// <summary>Length of one month (<see cref="Periods.DaysPerAverageMonth"/> days) in <paramref name="unit"/>.</summary>
    public static double MonthLength(TimeUnit unit) => Periods.DaysPerAverageMonth / ModelSummary.DaysIn(unit);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{HorizonMonths}-month CLV from {CalibrationEnd:yyyy-MM-dd} at {AnnualDiscountRate:0.##%} a year: mean {Mean:N2}, total {Total:N0} over {Customers.Count:N0} customers");

    private static void CheckHorizon(int horizonMonths, double annualDiscountRate)
    {
        if (horizonMonths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonMonths), horizonMonths, "The CLV horizon must be at least 1 month.");
        }

        if (!double.IsFinite(annualDiscountRate) || annualDiscountRate < 0 || annualDiscountRate > ClvDefaults.MaximumAnnualDiscountRate)
        {
            throw new ArgumentOutOfRangeException(nameof(annualDiscountRate), annualDiscountRate,
                "The annual discount rate is a fraction between 0 and 1: pass 0.10 for 10% a year.");
        }
    }
}
