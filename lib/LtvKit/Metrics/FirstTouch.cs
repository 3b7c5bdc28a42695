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
    public static IReadOnlyList<FirstTouch> Of(CustomerTable customers, FirstTouchKind kind, int f2WindowDays = MetricOptions.DefaultF2WindowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var (months, days) = MetricOptions.Horizons[0];
        return customers
            .GroupBy(c => kind == FirstTouchKind.Channel ? c.FirstChannel : c.FirstProduct, StringComparer.Ordinal)
            .Select(group =>
            {
                var members = group.ToList();
                var horizon = HorizonLtv.Of(customers, members, months, days);
                return new FirstTouch(group.Key, members.Count, Metrics.RepeatRate.Of(members),
                    F2Conversion.Of(members, customers.AsOf, f2WindowDays).Rate, members.Sum(c => c.Revenue) / members.Count, horizon);
            })
            .OrderByDescending(row => row.Customers)
            .ThenBy(row => row.Value, StringComparer.Ordinal)
            .ToList();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Value.Length == 0 ? "(none)" : Value)}: {Customers:N0} customers, repeat {RepeatRate}, F2 {F2Rate}, LTV ¥{AverageLtv:N0}");
}
