using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>H か月LTV (seed 004): mean revenue in each customer's first H months [firstPurchase, firstPurchase + days).</summary>
/// <remarks>
/// Only customers who have had the whole horizon are counted (<see cref="Eligible"/>: first purchase ≤ as-of − days);
/// 12 months are 365 days, 24 months 730. Revenue is the net amount of all the customer's non-cancelled orders
/// dated in the window, returns included.
/// </remarks>
public sealed record HorizonLtv(int Months, int Days, long Eligible, decimal Revenue)
{
    /// <summary>The mean; null when no customer is eligible yet.</summary>
    public decimal? Value => Stats.Divide(Revenue, Eligible);

    public static HorizonLtv Of(CustomerTable customers, int months, int days) => Of(customers, customers, months, days);

    /// <summary>The H-month LTV with the horizon's days from <see cref="DaysIn"/>.</summary>
    public static HorizonLtv Of(CustomerTable customers, int months) => Of(customers, customers, months, DaysIn(months));

    /// <summary>Days in a horizon of whole months: months × 365 ÷ 12, rounded down (12 → 365, 24 → 730, 6 → 182).</summary>
    public static int DaysIn(int months) => months * Periods.DaysPerYear / Periods.MonthsPerYear;

    /// <summary>The horizon LTV of some of the table's customers (e.g. those of one first channel).</summary>
    public static HorizonLtv Of(CustomerTable table, IEnumerable<Customer> customers, int months, int days)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(customers);
        return ReferenceEquals(customers, table)
            ? Of(table, table.Rows, months, days)
            : Of<Customer>(table, [.. customers], months, days);
    }

    private static HorizonLtv Of<T>(CustomerTable table, ReadOnlySpan<T> customers, int months, int days) where T : ICustomerMeasures
    {
        var lastEligible = table.AsOf.AddDays(-days);
        long eligible = 0;
        decimal revenue = 0;
        foreach (var customer in customers)
        {
            if (!IsEligible(customer, lastEligible))
                continue;
            eligible++;
            revenue += RevenueWithin(table.History, customer, days);
        }
        return new HorizonLtv(months, days, eligible, revenue);
    }

    /// <summary>The customer has had the whole horizon: first purchase ≤ as-of − days (<paramref name="lastEligible"/>).</summary>
    internal static bool IsEligible<T>(T customer, DateOnly lastEligible) where T : ICustomerMeasures => customer.FirstPurchase <= lastEligible;

    /// <summary>The customer's net revenue in [firstPurchase, firstPurchase + days).</summary>
    internal static decimal RevenueWithin<T>(OrderHistory history, T customer, int days) where T : ICustomerMeasures
    {
        var end = customer.FirstPurchase.AddDays(days);
        decimal revenue = 0;
        foreach (var order in history.OrdersOf(customer.Index))
        {
            if (order.Date >= customer.FirstPurchase && order.Date < end)
                revenue += order.Amount;
        }
        return revenue;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Months}-month LTV ¥{Value:N0} over {Eligible:N0} customers who had {Days} days");
}
