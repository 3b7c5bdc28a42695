using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>One calendar month of the monthly repeat view (seed 004).</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Buyers">Customers with a purchase in the month.</param>
/// <param name="Repeaters">Buyers whose first purchase is before the month.</param>
/// <param name="CustomersToDate">Customers whose first purchase is on or before the end of the month.</param>
public sealed record MonthlyRepeat(DateOnly Month, long Buyers, long Repeaters, long CustomersToDate)
{
    /// <summary>リピーター率: repeaters ÷ buyers (seed 004: 700 ÷ 1,000 = 70%).</summary>
    public Rate RepeaterRatio => new(Repeaters, Buyers);

    /// <summary>ローカル型リピート率: repeaters ÷ every customer so far (seed 004: 70 ÷ 700 = 10%).</summary>
    public Rate LocalRepeatRate => new(Repeaters, CustomersToDate);

    /// <summary>Every month from the first purchase month to the as-of month.</summary>
    public static IReadOnlyList<MonthlyRepeat> Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (customers.Count == 0)
            return [];
        var rows = customers.Rows;
        var earliest = DateOnly.MaxValue;
        foreach (var customer in rows)
            earliest = customer.FirstPurchase < earliest ? customer.FirstPurchase : earliest;
        var first = CalendarMonth.Of(earliest);
        var months = CalendarMonth.Of(customers.AsOf) - first + 1;
        var buyers = new long[months];
        var repeaters = new long[months];
        var newCustomers = new long[months];
        foreach (var customer in rows)
        {
            var firstMonth = CalendarMonth.Of(customer.FirstPurchase) - first;
            newCustomers[firstMonth]++;
            var lastMonth = -1;
            foreach (var order in customers.History.OrdersOf(customer.Index))
            {
                if (!order.IsPurchase)
                    continue;
                var month = CalendarMonth.Of(order.Date) - first;
                if (month == lastMonth)
                    continue;
                lastMonth = month;
                buyers[month]++;
                if (month > firstMonth)
                    repeaters[month]++;
            }
        }
        var result = new MonthlyRepeat[months];
        long toDate = 0;
        for (var m = 0; m < months; m++)
        {
            toDate += newCustomers[m];
            result[m] = new MonthlyRepeat(CalendarMonth.Start(first + m), buyers[m], repeaters[m], toDate);
        }
        return result;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Month:yyyy-MM}: リピーター率 {RepeaterRatio}, ローカル型リピート率 {LocalRepeatRate}");
}
