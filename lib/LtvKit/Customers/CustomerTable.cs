using LtvKit.Collections;

namespace LtvKit.Customers;

/// <summary>The customer table: one <see cref="Customer"/> per customer with at least one purchase on or before the as-of date.</summary>
public sealed class CustomerTable : IReadOnlyList<Customer>
{
    private readonly Customer[] _customers;

    private CustomerTable(OrderHistory history, Customer[] customers)
    {
        History = history;
        _customers = customers;
    }

    public OrderHistory History { get; }

    public DateOnly AsOf => History.AsOf;

    public int Count => _customers.Length;

    public Customer this[int index] => _customers[index];

    /// <summary>The orders of a customer of this table, in date order (purchases and returns).</summary>
    public ReadOnlySpan<Order> OrdersOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return History.OrdersOf(customer.Index);
    }

    /// <summary>The customer's first purchase (the order its first channel and first product come from).</summary>
    internal Order FirstPurchaseOf(Customer customer)
    {
        foreach (var order in OrdersOf(customer))
        {
            if (order.IsPurchase)
                return order;
        }
        throw new InvalidOperationException($"customer {customer.Id} is in the table without a purchase");
    }

    /// <summary>The customer's purchase days in order, each with the day's purchases summed.</summary>
    public IReadOnlyList<(DateOnly Day, decimal Amount)> PurchaseDaysOf(Customer customer)
    {
        var days = new List<(DateOnly Day, decimal Amount)>(customer.PurchaseDays);
        foreach (var order in OrdersOf(customer))
        {
            if (!order.IsPurchase)
                continue;
            if (days.Count > 0 && days[^1].Day == order.Date)
                days[^1] = (order.Date, days[^1].Amount + order.Amount);
            else
                days.Add((order.Date, order.Amount));
        }
        return days;
    }

    public static CustomerTable Build(OrderHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var halves = new List<Customer>[2];
        TwoCores.Split(history.CustomerIds.Count, (from, to) =>
        {
            var customers = new List<Customer>(to - from);
            for (var c = from; c < to; c++)
            {
                if (Summarise(history, c) is { } customer)
                    customers.Add(customer);
            }
            halves[from == 0 ? 0 : 1] = customers;
        });
        return new CustomerTable(history, [.. halves[0], .. halves[1] ?? []]);
    }

    private static Customer? Summarise(OrderHistory history, int index)
    {
        var orders = history.OrdersOf(index);
        int purchases = 0, days = 0, firstAt = -1;
        decimal revenue = 0;
        DateOnly first = default, last = default;
        int? toSecond = null;
        for (var i = 0; i < orders.Length; i++)
        {
            var order = orders[i];
            revenue += order.Amount;
            if (!order.IsPurchase)
                continue;
            purchases++;
            if (firstAt < 0)
            {
                firstAt = i;
                first = order.Date;
                days = 1;
            }
            else if (order.Date != last)
            {
                days++;
                toSecond ??= order.Date.DayNumber - first.DayNumber;
            }
            last = order.Date;
        }
        if (purchases == 0)
            return null;
        var firstOrder = orders[firstAt];
        return new Customer(
            history.CustomerIds[index], purchases, days, revenue, first, last,
            TenureDays: last.DayNumber - first.DayNumber,
            RecencyDays: history.AsOf.DayNumber - last.DayNumber,
            DaysToSecond: toSecond,
            FirstChannel: history.Names[firstOrder.Channel],
            FirstProduct: history.Names[firstOrder.Product])
        { Index = index };
    }

    public IEnumerator<Customer> GetEnumerator() => ((IEnumerable<Customer>)_customers).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _customers.GetEnumerator();
}
