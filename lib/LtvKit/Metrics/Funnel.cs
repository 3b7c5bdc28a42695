using LtvKit.Customers;
using LtvKit.Ingest;

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

    /// <summary>The funnel of the customers whose first purchase was 通常, and of those whose first purchase was 定期 or 頒布会.</summary>
    /// <remarks>A customer who started on a one-off purchase and later subscribed is in the 通常 funnel: the split is by how they came in.</remarks>
    public static (Funnel Regular, Funnel Recurring) ByFirstOrderKind(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var regular = new long[Steps];
        var recurring = new long[Steps];
        foreach (var customer in customers.Rows)
            Add(customers.FirstPurchaseOf(customer.Index).Kind.IsRecurring() ? recurring : regular, customer.PurchaseDays);
        return (new Funnel(regular), new Funnel(recurring));
    }

    private static Funnel Of<T>(ReadOnlySpan<T> customers) where T : ICustomerMeasures
    {
        var reach = new long[Steps];
        foreach (var customer in customers)
            Add(reach, customer.PurchaseDays);
        return new Funnel(reach);
    }

    /// <summary>A customer with <paramref name="purchaseDays"/> reaches steps 1 … min(days, 5).</summary>
    private static void Add(long[] reach, int purchaseDays)
    {
        for (var n = 1; n <= Math.Min(purchaseDays, Steps); n++)
            reach[n - 1]++;
    }

    public override string ToString() => "F1→F5 " + string.Join(" → ", Reach.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
}
