using LtvKit.Customers;

namespace LtvKit.Clv;

/// <summary>The CLV models' input from the customer table.</summary>
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

    /// <summary>
    /// The model summary of the table's customers: the same rows as
    /// <c>ModelSummary.Build(PurchaseDays(customers), calibrationEnd, unit, holdoutEnd)</c>, read from each customer's
    /// orders, which are already in date order, instead of regrouping every purchase day by customer.
    /// </summary>
    /// <param name="customers">The customer table.</param>
    /// <param name="calibrationEnd">Last day of the calibration window, inclusive.</param>
    /// <param name="unit">Unit of t_x and T; weeks by default, as in the papers.</param>
    /// <param name="holdoutEnd">Last day of the holdout window, inclusive. Default: the latest purchase day, or the calibration end when none is later.</param>
    /// <exception cref="ClvException">No customers, or no customer before the calibration end.</exception>
    public static ModelSummary Summary(CustomerTable customers, DateOnly calibrationEnd, TimeUnit unit = TimeUnit.Weeks, DateOnly? holdoutEnd = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (customers.Count == 0)
            throw ModelSummary.NoPurchaseDays();
        // The table's rows and ids, not its Customer records: a summary of a million customers needs no more.
        var history = customers.History;
        var index = new int[customers.Count];
        var ids = new string[customers.Count];
        var latest = DateOnly.MinValue;
        for (var i = 0; i < index.Length; i++)
        {
            var row = customers.Rows[i];
            index[i] = row.Index;
            ids[i] = history.CustomerIds[row.Index];
            latest = row.LastPurchase > latest ? row.LastPurchase : latest;
        }
        Array.Sort(ids, index, StringComparer.Ordinal);
        var end = holdoutEnd ?? (latest > calibrationEnd ? latest : calibrationEnd);
        return ModelSummary.FromSortedDays(index.Length, (i, days) =>
        {
            foreach (var day in new PurchaseDays(history.OrdersOf(index[i])))
                days.Add(day);
            return ids[i];
        }, calibrationEnd, end, unit);
    }
}
