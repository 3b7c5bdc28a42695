using LtvKit.Internals;

namespace LtvKit.Customers;

/// <summary>The customer table: one <see cref="Customer"/> per customer with at least one purchase on or before the as-of date.</summary>
/// <remarks>
/// The table keeps a compact row per customer (<see cref="CustomerRow"/>) and makes each <see cref="Customer"/> record
/// the first time it is asked for, then hands out that same record: the metrics of millions of customers are computed
/// from the rows, without an object and an id string per customer.
/// </remarks>
public sealed class CustomerTable : IReadOnlyList<Customer>
{
    private readonly CustomerRow[] _rows;
    private Customer?[]? _customers;
    private decimal[]? _revenueLargestFirst;

    private CustomerTable(OrderHistory history, CustomerRow[] rows, int count)
    {
        History = history;
        _rows = rows;
        Count = count;
    }

    public OrderHistory History { get; }

    public DateOnly AsOf => History.AsOf;

    public int Count { get; }

    /// <summary>The rows, in table order: what the metrics read.</summary>
    internal ReadOnlySpan<CustomerRow> Rows => _rows.AsSpan(0, Count);

    /// <summary>Every customer's revenue, largest first: what the deciles and the RFM quintiles cut, sorted once.</summary>
    internal IReadOnlyList<decimal> RevenueLargestFirst => _revenueLargestFirst ??= SortedRevenue();

    /// <remarks>Sorted as <see cref="TenThousandths.TrySortKey"/> keys, many times faster than decimals; as decimals when a revenue does not fit.</remarks>
    private decimal[] SortedRevenue()
    {
        var revenue = new decimal[Count];
        var keys = BigArray.Uninitialized<long>(Count);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!TenThousandths.TrySortKey(_rows[i].Revenue, out keys[i]))
            {
                for (var j = 0; j < revenue.Length; j++)
                    revenue[j] = _rows[j].Revenue;
                Array.Sort(revenue);
                Array.Reverse(revenue);
                return revenue;
            }
        }
        Array.Sort(keys);
        for (var i = 0; i < revenue.Length; i++)
            revenue[i] = TenThousandths.FromSortKey(keys[^(i + 1)]);
        return revenue;
    }

    public Customer this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var customers = _customers ?? Interlocked.CompareExchange(ref _customers, new Customer?[Count], null) ?? _customers;
            // Two threads may make the same record at once: both get the one published first.
            return customers[index] ?? Interlocked.CompareExchange(ref customers[index], Record(_rows[index]), null) ?? customers[index]!;
        }
    }

    /// <summary>The orders of a customer of this table, in date order (purchases and returns).</summary>
    public ReadOnlySpan<Order> OrdersOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return History.OrdersOf(customer.Index);
    }

    /// <summary>The customer's first purchase (the order its first channel and first product come from).</summary>
    internal Order FirstPurchaseOf(int index)
    {
        foreach (var order in History.OrdersOf(index))
        {
            if (order.IsPurchase)
                return order;
        }
        throw new InvalidOperationException($"customer {History.CustomerIds[index]} is in the table without a purchase");
    }

    /// <summary>The customer's purchase days in order, each with the day's purchases summed.</summary>
    public IReadOnlyList<(DateOnly Day, decimal Amount)> PurchaseDaysOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var days = new List<(DateOnly Day, decimal Amount)>(customer.PurchaseDays);
        foreach (var day in new PurchaseDays(History.OrdersOf(customer.Index)))
            days.Add(day);
        return days;
    }

    public static CustomerTable Build(OrderHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var (rows, count) = TwoCores.Keep(history.CustomerIds.Count, (int c, out CustomerRow row) => Summarise(history, c, out row));
        return new CustomerTable(history, rows, count);
    }

    /// <summary>Customer <paramref name="index"/>'s row, unless the customer has no purchase.</summary>
    internal static bool Summarise(OrderHistory history, int index, out CustomerRow row)
    {
        var orders = history.OrdersOf(index);
        int purchases = 0, days = 0;
        decimal revenue = 0;
        DateOnly first = default, last = default;
        int? toSecond = null;
        foreach (var order in orders)
        {
            revenue += order.Amount;
            if (!order.IsPurchase)
                continue;
            purchases++;
            if (purchases == 1)
            {
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
        row = purchases == 0
            ? default
            : new CustomerRow(index, purchases, days, revenue, first, last, recencyDays: history.AsOf.DayNumber - last.DayNumber, toSecond);
        return purchases > 0;
    }

    /// <summary>The record of a row: its id and its first purchase's channel and product as text.</summary>
    private Customer Record(in CustomerRow row)
    {
        var first = FirstPurchaseOf(row.Index);
        return new Customer(
            History.CustomerIds[row.Index], row.Purchases, row.PurchaseDays, row.Revenue, row.FirstPurchase, row.LastPurchase,
            TenureDays: row.TenureDays,
            RecencyDays: row.RecencyDays,
            DaysToSecond: row.DaysToSecond,
            FirstChannel: History.Names[first.Channel],
            FirstProduct: History.Names[first.Product])
        { Index = row.Index };
    }

    public IEnumerator<Customer> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
