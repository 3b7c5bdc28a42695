using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Metrics;

/// <summary>引き上げ率: of the customers whose first purchase was a trial product, the share who bought 本品 or 定期 within W days.</summary>
/// <remarks>
/// <para>A trial customer's first purchase is a trial (<see cref="TrialProducts"/>: the product of the first purchase,
/// i.e. of its largest line). They upgraded when a later purchase — another order, on the same day or after — within
/// W days of the first purchase (<c>date − first purchase ≤ W</c>) is of a product that is not a trial, or is a 定期 /
/// 頒布会 order. Another trial is not an upgrade.</para>
/// <para>As with F2, only customers who had the whole window count (<see cref="Eligible"/>: first purchase ≤ as-of − W).
/// With W = 60: a trial on 1 March and a 本品 on 30 April (60 days) upgraded; one on 1 May (61 days) did not.</para>
/// </remarks>
public sealed record TrialUpgrade(int WindowDays, long TrialCustomers, long Eligible, long Upgraded)
{
    public Rate Rate => new(Upgraded, Eligible);

    public static TrialUpgrade Of(CustomerTable customers, TrialProducts trials, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(trials);
        var names = customers.History.Names;
        var isTrial = new bool[names.Count];
        for (var i = 0; i < names.Count; i++)
            isTrial[i] = trials.IsTrial(names[i]);
        var lastEligible = customers.AsOf.AddDays(-windowDays);
        long trialCustomers = 0, eligible = 0, upgraded = 0;
        foreach (var row in customers.Rows)
        {
            var orders = customers.History.OrdersOf(row.Index);
            var first = -1;
            for (var i = 0; i < orders.Length && first < 0; i++)
            {
                if (orders[i].IsPurchase)
                    first = i;
            }
            if (first < 0 || !isTrial[orders[first].Product])
                continue;
            trialCustomers++;
            var start = orders[first].Date;
            if (start > lastEligible)
                continue;
            eligible++;
            var last = start.AddDays(windowDays);
            for (var i = first + 1; i < orders.Length && orders[i].Date <= last; i++)
            {
                if (orders[i].IsPurchase && (orders[i].Kind.IsRecurring() || !isTrial[orders[i].Product]))
                {
                    upgraded++;
                    break;
                }
            }
        }
        return new TrialUpgrade(windowDays, trialCustomers, eligible, upgraded);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"引き上げ率 within {WindowDays} days {Rate} of {TrialCustomers:N0} trial customers");
}
