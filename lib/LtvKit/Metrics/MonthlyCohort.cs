using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>One acquisition cohort: the customers whose first purchase day is in one calendar month, followed month by month.</summary>
/// <param name="Month">The first day of the cohort's month (the month of the first purchase).</param>
/// <param name="Customers">The cohort's size.</param>
/// <param name="Buyers">For k = 0, 1, …: customers of the cohort with a purchase day in month k after the cohort's month;
/// null where that month is not complete on the as-of date.</param>
/// <param name="Revenue">For k = 0, 1, …: the cohort's net revenue in months 0 … k together (returns included); null where
/// month k is not complete on the as-of date.</param>
/// <remarks>
/// Months are calendar months: a customer who first bought on 31 January is in month 1 on 1 February. Month k is complete
/// when its last day is on or before the as-of date; a month still running would read as a drop (fewer buyers so far),
/// so its cell is blank, not zero. Month 0's share is 100% by definition. Orders dated before the cohort's month (a return
/// booked before the first purchase) are in no cell. Purchase days, not orders, make a buyer (METRICS.md §1).
/// </remarks>
public sealed record MonthlyCohort(DateOnly Month, long Customers, IReadOnlyList<long?> Buyers, IReadOnlyList<decimal?> Revenue)
{
    /// <summary>The share of the cohort buying in month k (buyers ÷ cohort size); null when month k is not complete.</summary>
    public Rate? Active(int k) => Buyers[k] is { } buyers ? new Rate(buyers, Customers) : null;

    /// <summary>Cumulative net revenue per cohort customer through month k; null when month k is not complete.</summary>
    public decimal? RevenuePerCustomer(int k) => Revenue[k] is { } revenue ? revenue / Customers : null;

    /// <summary>Every cohort from the earliest first purchase to the as-of month, each with its months up to the as-of month.</summary>
    public static IReadOnlyList<MonthlyCohort> Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (customers.Count == 0)
            return [];
        var rows = customers.Rows;
        var first = int.MaxValue;
        foreach (var customer in rows)
            first = Math.Min(first, CalendarMonth.Of(customer.FirstPurchase));
        var asOfMonth = CalendarMonth.Of(customers.AsOf);
        var lastComplete = CalendarMonth.LastComplete(customers.AsOf);
        var count = asOfMonth - first + 1;
        var sizes = new long[count];
        var buyers = new long[count][];
        var revenue = new decimal[count][];
        for (var c = 0; c < count; c++)
        {
            buyers[c] = new long[count - c];
            revenue[c] = new decimal[count - c];
        }
        foreach (var customer in rows)
        {
            var cohort = CalendarMonth.Of(customer.FirstPurchase) - first;
            sizes[cohort]++;
            var lastBuying = -1;
            foreach (var order in customers.History.OrdersOf(customer.Index))
            {
                var k = CalendarMonth.Of(order.Date) - first - cohort;
                if (k < 0)
                    continue;
                revenue[cohort][k] += order.Amount;
                if (order.IsPurchase && k != lastBuying)
                {
                    buyers[cohort][k]++;
                    lastBuying = k;
                }
            }
        }
        var result = new List<MonthlyCohort>(count);
        for (var c = 0; c < count; c++)
        {
            if (sizes[c] == 0)
                continue;
            var months = count - c;
            var cohortBuyers = new long?[months];
            var cumulative = new decimal?[months];
            decimal total = 0;
            for (var k = 0; k < months; k++)
            {
                total += revenue[c][k];
                var complete = first + c + k <= lastComplete;
                cohortBuyers[k] = complete ? buyers[c][k] : null;
                cumulative[k] = complete ? total : null;
            }
            result.Add(new MonthlyCohort(CalendarMonth.Start(first + c), sizes[c], cohortBuyers, cumulative));
        }
        return result;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Month:yyyy-MM}: {Customers:N0} customers, month 1 {(Buyers.Count > 1 ? Active(1)?.ToString() ?? "–" : "–")}");
}
