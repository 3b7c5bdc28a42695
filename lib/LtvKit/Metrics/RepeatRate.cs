using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>リピート率 (seed 001): customers with two or more purchase days ÷ all customers (= 1 − 初回客 share).</summary>
/// <remarks>Purchase days, not orders: a second order on the same day is not a return visit.</remarks>
public static class RepeatRate
{
    public static Rate Of(IEnumerable<Customer> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return customers is CustomerTable table ? Of(table.Rows) : Of<Customer>([.. customers]);
    }

    private static Rate Of<T>(ReadOnlySpan<T> customers) where T : ICustomerMeasures
    {
        long repeat = 0;
        foreach (var customer in customers)
        {
            if (IsRepeater(customer))
                repeat++;
        }
        return new Rate(repeat, customers.Length);
    }

    /// <summary>Two or more purchase days.</summary>
    internal static bool IsRepeater<T>(T customer) where T : ICustomerMeasures => customer.PurchaseDays >= 2;
}
