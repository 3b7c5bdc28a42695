using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>The F1→F5 funnel: how many customers reach their n-th purchase day (n = 5 means five or more).</summary>
public sealed record Funnel(IReadOnlyList<long> Reach)
{
    /// <summary>The deepest step: 5 = "5 or more purchase days".</summary>
    public const int Steps = 5;

    /// <summary>Customers with at least n purchase days (n = 1 … 5).</summary>
    public long ReachOf(int n) => Reach[n - 1];

    /// <summary>Conversion from step n to n + 1 (n = 1 … 4): reach(n + 1) ÷ reach(n).</summary>
    public Rate Conversion(int n) => new(ReachOf(n + 1), ReachOf(n));

    public static Funnel Of(IEnumerable<Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return customers is CustomerTable table ? Of(table.Rows) : Of<Customer>([.. customers]);
    }

    private static Funnel Of<T>(ReadOnlySpan<T> customers) where T : ICustomerMeasures
    {
        var reach = new long[Steps];
        foreach (var customer in customers)
        {
            for (var n = 1; n <= Math.Min(customer.PurchaseDays, Steps); n++)
                reach[n - 1]++;
        }
        return new Funnel(reach);
    }

    public override string ToString() => "F1→F5 " + string.Join(" → ", Reach.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
}
