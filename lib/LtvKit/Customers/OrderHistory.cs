using System.Runtime.CompilerServices;
using LtvKit.Internals;

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
    private readonly int[]? _end;

    /// <param name="orders">The orders grouped by customer (customer c's are from <paramref name="start"/>[c] up to
    /// <paramref name="start"/>[c + 1]), each customer's in input order; sorted here by date.</param>
    internal OrderHistory(DateOnly asOf, InputCounts input, Utf8List customerIds, IReadOnlyList<string> names, Order[] orders, int[] start)
    {
        AsOf = asOf;
        CustomerIds = customerIds;
        Names = names;
        _orders = orders;
        _start = start;
        var returns = TwoCores.Aggregate(start.Length - 1, () => new Returns(), (c, returns) =>
            {
                var own = orders.AsSpan(start[c], start[c + 1] - start[c]);
                SortByDate(own);
                if (ReturnsOnly(own) is { } amount)
                {
                    returns.Customers++;
                    returns.Amount += amount;
                }
            },
            (first, second) => new Returns { Customers = first.Customers + second.Customers, Amount = first.Amount + second.Amount });
        Input = input with
        {
            AmountUsed = TotalAmount,
            ReturnsWithoutPurchase = new ReturnsWithoutPurchase(returns.Customers, returns.Amount),
            SimilarCustomerIds = SimilarCustomerIds.Find(customerIds),
        };
    }

    /// <summary>Customers whose orders are only returns, and their net amount.</summary>
    private sealed class Returns
    {
        public long Customers;
        public decimal Amount;
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

    /// <summary>The same orders seen from an earlier as-of date: each customer's orders up to <paramref name="asOf"/>.</summary>
    private OrderHistory(OrderHistory later, DateOnly asOf, int[] end)
    {
        AsOf = asOf;
        Input = later.Input;
        CustomerIds = later.CustomerIds;
        Names = later.Names;
        _orders = later._orders;
        _start = later._start;
        _end = end;
    }

    /// <summary>What was knowable on an earlier as-of date: every customer's orders dated on or before it.</summary>
    /// <remarks>
    /// A view over the same orders, not a copy: each customer's orders are in date order, so those up to the earlier date
    /// are a prefix. <see cref="Input"/> stays the counts of the load (the rows were read once, for the later date).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is after this history's as-of date.</exception>
    public OrderHistory AsOfEarlier(DateOnly asOf)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(asOf, AsOf);
        var end = new int[CustomerIds.Count];
        for (var c = 0; c < end.Length; c++)
        {
            var orders = OrdersOf(c);
            var kept = orders.Length;
            while (kept > 0 && orders[kept - 1].Date > asOf)
                kept--;
            end[c] = _start[c] + kept;
        }
        return new OrderHistory(this, asOf, end);
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

    public ReadOnlySpan<Order> OrdersOf(int customer) =>
        _orders.AsSpan(_start[customer], (_end is null ? _start[customer + 1] : _end[customer]) - _start[customer]);

    /// <summary>Net amount of every order in the history (the amounts of all used rows).</summary>
    public decimal TotalAmount
    {
        get
        {
            var total = TwoCores.Aggregate(CustomerIds.Count, () => new StrongBox<decimal>(), (c, sum) =>
            {
                foreach (var order in OrdersOf(c))
                    sum.Value += order.Amount;
            }, (first, second) => new StrongBox<decimal>(first.Value + second.Value));
            return total.Value;
        }
    }
}
