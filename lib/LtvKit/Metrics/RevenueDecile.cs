using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>One tenth of the customers by revenue (デシル分析): decile 1 holds the top 10% of spenders.</summary>
/// <param name="Decile">1 (the top 10% by revenue) … 10 (the bottom 10%).</param>
/// <param name="Customers">Customers in the decile.</param>
/// <param name="Revenue">Their revenue (累計購入金額) together.</param>
/// <param name="MinRevenue">The smallest revenue in the decile.</param>
/// <param name="MaxRevenue">The largest revenue in the decile.</param>
/// <param name="CumulativeCustomers">Customers of deciles 1 … this one.</param>
/// <param name="CumulativeRevenue">Revenue of deciles 1 … this one.</param>
/// <remarks>
/// The customers are ranked by revenue, largest first, and cut into ten groups of equal size: with n customers, the customer of rank r
/// (from 0) is in decile ⌊10·r ÷ n⌋ + 1, so sizes differ by at most one, the larger deciles come first (12 customers:
/// 2, 1, 1, 1, 1, 2, 1, 1, 1, 1), and with fewer than ten customers the top customer is still in decile 1 and some
/// deciles are empty. Equal revenues at a cut are split between the two deciles; since they are equal, no
/// decile's count or revenue depends on which customer goes where. The shares are of the whole table: the classic reading is "the top 20% bring 60% of revenue".
/// </remarks>
public sealed record RevenueDecile(int Decile, long Customers, decimal Revenue, decimal? MinRevenue, decimal? MaxRevenue,
    long CumulativeCustomers, decimal CumulativeRevenue, long TotalCustomers, decimal TotalRevenue)
{
    public const int Count = 10;

    /// <summary>The decile's share of the customers.</summary>
    public Rate CustomerShare => new(Customers, TotalCustomers);

    /// <summary>The decile's share of revenue; null when the shop's revenue is zero.</summary>
    public double? RevenueShare => TotalRevenue == 0 ? null : (double)(Revenue / TotalRevenue);

    /// <summary>Deciles 1 … this one's share of revenue; null when the shop's revenue is zero.</summary>
    public double? CumulativeRevenueShare => TotalRevenue == 0 ? null : (double)(CumulativeRevenue / TotalRevenue);

    /// <summary>The ten deciles of the table, decile 1 first.</summary>
    public static IReadOnlyList<RevenueDecile> Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var ranked = customers.RevenueLargestFirst;
        decimal total = 0;
        foreach (var revenue in ranked)
            total += revenue;
        var n = ranked.Count;
        var result = new RevenueDecile[Count];
        long cumulativeCustomers = 0;
        decimal cumulativeRevenue = 0;
        for (var d = 1; d <= Count; d++)
        {
            int from = Start(d, n), to = Start(d + 1, n);
            decimal revenue = 0;
            for (var r = from; r < to; r++)
                revenue += ranked[r];
            cumulativeCustomers += to - from;
            cumulativeRevenue += revenue;
            result[d - 1] = new RevenueDecile(d, to - from, revenue,
                MinRevenue: to > from ? ranked[to - 1] : null,
                MaxRevenue: to > from ? ranked[from] : null,
                cumulativeCustomers, cumulativeRevenue, n, total);
        }
        return result;
    }

    /// <summary>The rank (from 0, largest revenue first) where decile <paramref name="decile"/> starts among n customers: ⌈(d − 1)·n ÷ 10⌉.</summary>
    private static int Start(int decile, int n) => (int)(((long)(decile - 1) * n + Count - 1) / Count);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"デシル{Decile}: {Customers:N0} customers, ¥{Revenue:N0} ({Stats.Percent(RevenueShare)} of revenue, {Stats.Percent(CumulativeRevenueShare)} cumulative)");
}
