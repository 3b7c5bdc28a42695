using System.Globalization;
using LtvKit.Segments;

namespace LtvKit.Metrics;

/// <summary>Customers whose last purchase fell in one calendar month, split into 既存顧客 and 離脱客 (seed 000).</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Active">Customers of the month still active (recency below the churn threshold).</param>
/// <param name="Churned">Customers of the month counted as churned.</param>
public sealed record LastPurchaseMonth(DateOnly Month, int Active, int Churned)
{
    /// <summary>Every month from the earliest last purchase to the as-of month, empty months included.</summary>
    public static IReadOnlyList<LastPurchaseMonth> Of(Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        var customers = segmentation.Customers;
        if (customers.Count == 0)
            return [];
        var earliest = DateOnly.MaxValue;
        foreach (var c in customers.Rows)
            earliest = c.LastPurchase < earliest ? c.LastPurchase : earliest;
        var first = CalendarMonth.Of(earliest);
        var months = CalendarMonth.Of(customers.AsOf) - first + 1;
        var active = new int[months];
        var churned = new int[months];
        for (var i = 0; i < customers.Count; i++)
        {
            var m = CalendarMonth.Of(customers.Rows[i].LastPurchase) - first;
            if (segmentation.StatusOf(i) == CustomerStatus.Active)
                active[m]++;
            else
                churned[m]++;
        }
        return Enumerable.Range(0, months)
            .Select(m => new LastPurchaseMonth(CalendarMonth.Start(first + m), active[m], churned[m]))
            .ToList();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:yyyy-MM}: {Active:N0} active, {Churned:N0} churned");
}
