namespace LtvKit.Customers;

/// <summary>Every order that counts, grouped by customer and sorted by date: what all metrics are computed from.</summary>
/// <remarks>
/// Holds non-cancelled orders dated on or before <see cref="AsOf"/>: purchases and returns / adjustments,
/// also those of customers who never made a purchase (their returns still count in windowed revenue).
/// Within a customer, orders are in date order, and same-day orders in input order.
/// </remarks>
public sealed class OrderHistory
{
    private readonly Order[] _orders;
    private readonly int[] _start;

    /// <param name="orders">The orders grouped by customer (customer c's are from <paramref name="start"/>[c] up to
    /// <paramref name="start"/>[c + 1]), each customer's in input order; sorted here by date.</param>
    internal OrderHistory(DateOnly asOf, InputCounts input, IReadOnlyList<string> customerIds, IReadOnlyList<string> names, Order[] orders, int[] start)
    {
        AsOf = asOf;
        CustomerIds = customerIds;
        Names = names;
        _orders = orders;
        _start = start;
        long returners = 0;
        decimal returned = 0;
        for (var c = 0; c + 1 < start.Length; c++)
        {
            var own = orders.AsSpan(start[c], start[c + 1] - start[c]);
            SortByDate(own);
            if (ReturnsOnly(own) is { } amount)
            {
                returners++;
                returned += amount;
            }
        }
        Input = input with { ReturnsWithoutPurchase = new ReturnsWithoutPurchase(returners, returned) };
    }

    /// <summary>The net amount of a customer's orders when none is a purchase and one is below ¥0; else null.</summary>
    private static decimal? ReturnsOnly(ReadOnlySpan<Order> orders)
    {
        decimal total = 0;
        var negative = false;
        foreach (var order in orders)
        {
            if (order.IsPurchase)
                return null;
            total += order.Amount;
            negative |= order.Amount < 0;
        }
        return negative ? total : null;
    }

    /// <summary>Orders by date, same-day orders in input order. A customer's orders mostly arrive in date order already.</summary>
    private static void SortByDate(Span<Order> orders)
    {
        for (var i = 1; i < orders.Length; i++)
        {
            if (orders[i].Date < orders[i - 1].Date)
            {
                orders.Sort(static (x, y) => x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.Sequence.CompareTo(y.Sequence));
                return;
            }
        }
    }

    /// <summary>The as-of date (基準日): the day the analysis looks from. Nothing after it is counted.</summary>
    public DateOnly AsOf { get; }

    public InputCounts Input { get; }

    /// <summary>Every customer id seen in a usable row, indexed by <see cref="Order.Customer"/>.</summary>
    public IReadOnlyList<string> CustomerIds { get; }

    /// <summary>Product and channel names, indexed by <see cref="Order.Product"/> and <see cref="Order.Channel"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    public ReadOnlySpan<Order> All => _orders;

    public ReadOnlySpan<Order> OrdersOf(int customer) => _orders.AsSpan(_start[customer], _start[customer + 1] - _start[customer]);

    /// <summary>Net amount of every order in the history (the amounts of all used rows).</summary>
    public decimal TotalAmount
    {
        get
        {
            decimal total = 0;
            foreach (var order in _orders)
                total += order.Amount;
            return total;
        }
    }
}
