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
    public static IReadOnlyList<FirstTouch> Of(CustomerTable customers, FirstTouchKind kind, int f2WindowDays = MetricOptions.DefaultF2WindowDays) =>
        Of(customers, [kind], f2WindowDays)[0];

    /// <summary>The rows of several kinds in one pass: each customer's measures are taken once for all of them.</summary>
    internal static IReadOnlyList<FirstTouch>[] Of(CustomerTable customers, FirstTouchKind[] kinds, int f2WindowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var (months, days) = MetricOptions.Horizons[0];
        var f2LastEligible = customers.AsOf.AddDays(-f2WindowDays);
        var horizonLastEligible = customers.AsOf.AddDays(-days);
        var names = customers.History.Names;
        var groups = kinds.Select(_ => new Counts[names.Count]).ToArray();
        foreach (var customer in customers.Rows)
        {
            var first = customers.FirstPurchaseOf(customer.Index);
            var repeater = Metrics.RepeatRate.IsRepeater(customer);
            var f2Eligible = F2Conversion.IsEligible(customer, f2LastEligible);
            var f2Converted = f2Eligible && F2Conversion.IsConverted(customer, f2WindowDays);
            var horizonEligible = HorizonLtv.IsEligible(customer, horizonLastEligible);
            var horizonRevenue = horizonEligible ? HorizonLtv.RevenueWithin(customers.History, customer, days) : 0;
            for (var k = 0; k < kinds.Length; k++)
            {
                ref var group = ref groups[k][kinds[k] == FirstTouchKind.Channel ? first.Channel : first.Product];
                group.Customers++;
                group.Revenue += customer.Revenue;
                if (repeater)
                    group.Repeaters++;
                if (f2Eligible)
                    group.F2Eligible++;
                if (f2Converted)
                    group.F2Converted++;
                if (horizonEligible)
                {
                    group.HorizonEligible++;
                    group.HorizonRevenue += horizonRevenue;
                }
            }
        }
        return [.. groups.Select(counts => Rows(counts, names, months, days))];
    }

    private static List<FirstTouch> Rows(Counts[] groups, IReadOnlyList<string> names, int months, int days) => groups
        .Select((group, name) => (Group: group, Name: names[name]))
        .Where(row => row.Group.Customers > 0)
        .Select(row => new FirstTouch(row.Name, row.Group.Customers, new Rate(row.Group.Repeaters, row.Group.Customers),
            new Rate(row.Group.F2Converted, row.Group.F2Eligible), row.Group.Revenue / row.Group.Customers,
            new HorizonLtv(months, days, row.Group.HorizonEligible, row.Group.HorizonRevenue)))
        .OrderByDescending(row => row.Customers)
        .ThenBy(row => row.Value, StringComparer.Ordinal)
        .ToList();

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
        $"{(Value.Length == 0 ? "(none)" : Value)}: {Customers:N0} customers, repeat {RepeatRate}, F2 {F2Rate}, LTV ¥{AverageLtv:N0}{(RepeatRate.IsSmallSample || F2Rate.IsSmallSample ? " — small sample, read as a hint" : "")}");
}
