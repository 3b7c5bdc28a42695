using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>What a customer's first purchase was through: the first channel or the first product (seed 000).</summary>
public enum FirstTouchKind
{
    Channel,
    Product,
}

/// <summary>KPIs of the customers who share a first channel or first product (seed 000: F2転換商品・初回チャネル).</summary>
public sealed record FirstTouch(string Value, long Customers, Rate RepeatRate, Rate F2Rate, decimal AverageLtv, HorizonLtv TwelveMonthLtv)
{
    /// <summary>One row per distinct value, sorted by customers (most first), then by value.</summary>
    /// <remarks>
    /// One pass over the customers, each added to its value's counts with the same tests as <see cref="Metrics.RepeatRate"/>,
    /// <see cref="F2Conversion"/> and <see cref="HorizonLtv"/>: reading the customers once per value would read all of
    /// them again for every product.
    /// </remarks>
    public static IReadOnlyList<FirstTouch> Of(CustomerTable customers, FirstTouchKind kind, int f2WindowDays = MetricOptions.DefaultF2WindowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var (months, days) = MetricOptions.Horizons[0];
        var f2LastEligible = customers.AsOf.AddDays(-f2WindowDays);
        var horizonLastEligible = customers.AsOf.AddDays(-days);
        var names = customers.History.Names;
        var groups = new Counts[names.Count];
        foreach (var customer in customers.Rows)
        {
            var first = customers.FirstPurchaseOf(customer.Index);
            ref var group = ref groups[kind == FirstTouchKind.Channel ? first.Channel : first.Product];
            group.Customers++;
            group.Revenue += customer.Revenue;
            if (Metrics.RepeatRate.IsRepeater(customer))
                group.Repeaters++;
            if (F2Conversion.IsEligible(customer, f2LastEligible))
            {
                group.F2Eligible++;
                if (F2Conversion.IsConverted(customer, f2WindowDays))
                    group.F2Converted++;
            }
            if (HorizonLtv.IsEligible(customer, horizonLastEligible))
            {
                group.HorizonEligible++;
                group.HorizonRevenue += HorizonLtv.RevenueWithin(customers.History, customer, days);
            }
        }
        return groups
            .Select((group, name) => (Group: group, Name: names[name]))
            .Where(row => row.Group.Customers > 0)
            .Select(row => new FirstTouch(row.Name, row.Group.Customers, new Rate(row.Group.Repeaters, row.Group.Customers),
                new Rate(row.Group.F2Converted, row.Group.F2Eligible), row.Group.Revenue / row.Group.Customers,
                new HorizonLtv(months, days, row.Group.HorizonEligible, row.Group.HorizonRevenue)))
            .OrderByDescending(row => row.Customers)
            .ThenBy(row => row.Value, StringComparer.Ordinal)
            .ToList();
    }

    private struct Counts
    {
        public long Customers;
        public long Repeaters;
        public long F2Eligible;
        public long F2Converted;
        public decimal Revenue;
        public long HorizonEligible;
        public decimal HorizonRevenue;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Value.Length == 0 ? "(none)" : Value)}: {Customers:N0} customers, repeat {RepeatRate}, F2 {F2Rate}, LTV ¥{AverageLtv:N0}");
}
