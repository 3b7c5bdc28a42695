using LtvKit.Customers;

namespace LtvKit.Clv;

/// <summary>The CLV models' input from the customer table: one row per customer per purchase day.</summary>
public static class ClvInput
{
    /// <summary>Every purchase day of every customer of the table, with the day's purchases summed.</summary>
    /// <remarks>Returns are not purchases and are left out: the models describe buying, and spend per buying day.</remarks>
    public static IEnumerable<CustomerPurchaseDay> PurchaseDays(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        foreach (var customer in customers)
        {
            foreach (var (day, amount) in customers.PurchaseDaysOf(customer))
                yield return new CustomerPurchaseDay(customer.Id, day, amount);
        }
    }
}
