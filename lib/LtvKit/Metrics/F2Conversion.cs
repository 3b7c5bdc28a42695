using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>F2転換率 (seed 002): how many first-time buyers come back for a second purchase day within W days.</summary>
/// <remarks>
/// Only customers who had the whole window are counted (<see cref="Eligible"/>: first purchase ≤ as-of − W):
/// a customer who bought for the first time last week has not yet had the chance to convert, and counting
/// them would push the rate down. Converted: days to the second purchase day ≤ W. Mean and median days to
/// the second purchase are over every customer who has one. The seed's target is 20%.
/// </remarks>
public sealed record F2Conversion(int WindowDays, long Eligible, long Converted, double? MeanDaysToSecond, double? MedianDaysToSecond)
{
    public Rate Rate => new(Converted, Eligible);

    public static F2Conversion Of(IReadOnlyCollection<Customer> customers, DateOnly asOf, int windowDays = MetricOptions.DefaultF2WindowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return customers is CustomerTable table ? Of(table.Rows, asOf, windowDays) : Of<Customer>([.. customers], asOf, windowDays);
    }

    private static F2Conversion Of<T>(ReadOnlySpan<T> customers, DateOnly asOf, int windowDays) where T : ICustomerMeasures
    {
        var lastEligible = asOf.AddDays(-windowDays);
        long eligible = 0, converted = 0;
        var days = new List<int>();
        foreach (var customer in customers)
        {
            if (customer.DaysToSecond is { } d)
                days.Add(d);
            if (!IsEligible(customer, lastEligible))
                continue;
            eligible++;
            if (IsConverted(customer, windowDays))
                converted++;
        }
        return new F2Conversion(windowDays, eligible, converted, Stats.Mean(days), Stats.Median(days));
    }

    /// <summary>The customer had the whole window: first purchase ≤ as-of − W (<paramref name="lastEligible"/>).</summary>
    internal static bool IsEligible<T>(T customer, DateOnly lastEligible) where T : ICustomerMeasures => customer.FirstPurchase <= lastEligible;

    /// <summary>The second purchase day came within the window.</summary>
    internal static bool IsConverted<T>(T customer, int windowDays) where T : ICustomerMeasures => customer.DaysToSecond <= windowDays;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"F2 within {WindowDays} days {Rate} of eligible first-time buyers; median {MedianDaysToSecond?.ToString("0.#", CultureInfo.InvariantCulture) ?? "–"} days to the 2nd purchase");
}
