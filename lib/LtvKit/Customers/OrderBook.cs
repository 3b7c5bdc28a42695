using System.Globalization;
using System.Runtime.InteropServices;
using LtvKit.Ingest;

namespace LtvKit.Customers;

/// <summary>Groups order lines into orders as they stream in: state per order and per customer, never per line.</summary>
/// <remarks>
/// <para>An order is all lines sharing one order id (across every file). Its date is its earliest line date,
/// its amount the sum of its non-cancelled lines. A line whose status is cancelled is dropped; an order keeps
/// its other lines. An order all of whose lines are cancelled is a cancelled order.</para>
/// <para>An order whose lines disagree on the customer id is an error for the whole order: all its rows are
/// rejected, and the reject names both lines.</para>
/// <para>Shopify: the order-level fields (<c>Total</c>, <c>Cancelled at</c>, <c>Refunded Amount</c>) are read from the
/// order's first row; its other rows are used rows with amount 0, cancelled when the order is.</para>
/// </remarks>
public sealed class OrderBook
{
    private readonly Preset _preset;
    private readonly RejectLog _rejects;
    private readonly Dictionary<string, int> _orderIndex = new(StringComparer.Ordinal);
    private readonly List<OrderState> _orders = [];
    private readonly Dictionary<string, int> _customerIndex = new(StringComparer.Ordinal);
    private readonly List<string> _customerIds = [];
    private readonly NamePool _names = new();
    private readonly HashSet<(int Order, ulong Fingerprint)> _laterLines = [];
    private readonly Dictionary<int, Conflict> _conflicts = [];
    private readonly List<string> _duplicateSamples = [];
    private readonly List<string> _files = [];

    public OrderBook(Preset preset, RejectLog rejects)
    {
        _preset = preset;
        _rejects = rejects ?? throw new ArgumentNullException(nameof(rejects));
    }

    /// <summary>Identical lines within one order (every field equal): a warning, not a drop.</summary>
    public long DuplicateLines { get; private set; }

    /// <summary>A few duplicate lines, as file:line, for the warning.</summary>
    public IReadOnlyList<string> DuplicateSamples => _duplicateSamples;

    public void Add(in OrderLine line)
    {
        var shopify = _preset == Preset.Shopify;
        var known = -1;
        if (line.OrderId is not null && _orderIndex.TryGetValue(line.OrderId, out var existing))
            known = existing;
        if (known < 0)
        {
            if (line.Amount is null)
            {
                _rejects.Add(new Reject(line.Source.File, line.Source.Line, "Total", "",
                    "the order's first row has no Total (Shopify puts the order total on the first row)"));
                return;
            }
            var index = _orders.Count;
            if (line.OrderId is not null)
                _orderIndex.Add(line.OrderId, index);
            var state = new OrderState
            {
                Customer = InternCustomer(line.CustomerId),
                File = InternFile(line.Source.File),
                FirstLine = line.Source.Line,
                Date = line.Date,
                OrderCancelled = shopify && line.Cancelled,
                Fingerprint = line.Fingerprint,
                Product = -1,
            };
            _orders.Add(state);
            AddLine(ref CollectionsMarshal.AsSpan(_orders)[index], line, line.Amount.Value - line.Refund, line.Cancelled);
            return;
        }
        ref var order = ref CollectionsMarshal.AsSpan(_orders)[known];
        if (line.Fingerprint == order.Fingerprint || !_laterLines.Add((known, line.Fingerprint)))
        {
            DuplicateLines++;
            if (_duplicateSamples.Count < 5)
                _duplicateSamples.Add(line.Source.ToString());
        }
        if (_customerIds[order.Customer] != line.CustomerId && !_conflicts.ContainsKey(known))
            _conflicts.Add(known, new Conflict(line.Source, line.CustomerId));
        if (line.Date < order.Date)
            order.Date = line.Date;
        if (shopify)
            AddLine(ref order, line, 0, order.OrderCancelled);
        else
            AddLine(ref order, line, line.Amount!.Value, line.Cancelled);
    }

    private void AddLine(ref OrderState order, in OrderLine line, decimal amount, bool cancelled)
    {
        order.Rows++;
        if (cancelled)
        {
            order.CancelledRows++;
            return;
        }
        order.Amount += amount;
        if (order.Product < 0 || amount > order.LargestLine)
        {
            order.LargestLine = amount;
            order.Product = _names.Intern(line.Product);
        }
        if (order.Rows - order.CancelledRows == 1)
            order.Channel = _names.Intern(line.Channel);
    }

    /// <summary>
    /// Ends the input: decides the as-of date, sorts every row into its bucket and returns the orders that
    /// count, grouped by customer and sorted by date.
    /// </summary>
    public OrderHistory Close(long rowsRead, DateOnly? asOf, ZeroOrders zeroOrders)
    {
        foreach (var (index, conflict) in _conflicts)
        {
            var order = _orders[index];
            _rejects.Add(new Reject(conflict.Source.File, conflict.Source.Line, "customer id", conflict.CustomerId,
                string.Create(CultureInfo.InvariantCulture,
                    $"order {OrderIdOf(index)} has customer '{_customerIds[order.Customer]}' on {_files[order.File]}:{order.FirstLine} but '{conflict.CustomerId}' here — lines of one order disagree on the customer, so all {order.Rows} rows of the order are rejected")),
                order.Rows);
        }
        var day = asOf ?? LatestOrderDate();
        long used = 0, cancelled = 0, afterAsOf = 0, ordersCancelled = 0;
        var kept = new List<Order>(_orders.Count);
        for (var i = 0; i < _orders.Count; i++)
        {
            var order = _orders[i];
            if (_conflicts.ContainsKey(i))
                continue;
            if (order.Date > day)
            {
                afterAsOf += order.Rows;
                continue;
            }
            cancelled += order.CancelledRows;
            used += order.Rows - order.CancelledRows;
            if (order.CancelledRows == order.Rows)
            {
                ordersCancelled++;
                continue;
            }
            var isPurchase = order.Amount > 0 || (order.Amount == 0 && zeroOrders == ZeroOrders.Purchase);
            kept.Add(new Order(order.Customer, order.Date, order.Amount, isPurchase, order.Product, order.Channel, i));
        }
        var counts = new InputCounts(rowsRead, used, _rejects.Rows, cancelled, afterAsOf, ordersCancelled) { DuplicateLines = DuplicateLines };
        return new OrderHistory(day, counts, _customerIds, _names.Names, kept);
    }

    private DateOnly LatestOrderDate()
    {
        var latest = DateOnly.MinValue;
        for (var i = 0; i < _orders.Count; i++)
        {
            if (!_conflicts.ContainsKey(i) && _orders[i].Date > latest)
                latest = _orders[i].Date;
        }
        return latest == DateOnly.MinValue
            ? throw new InputException("no usable order rows: every row was rejected (see the rejects above).")
            : latest;
    }

    private string OrderIdOf(int index) =>
        _orderIndex.FirstOrDefault(pair => pair.Value == index).Key ?? index.ToString(CultureInfo.InvariantCulture);

    private int InternCustomer(string id)
    {
        if (!_customerIndex.TryGetValue(id, out var index))
        {
            index = _customerIds.Count;
            _customerIndex.Add(id, index);
            _customerIds.Add(id);
        }
        return index;
    }

    private int InternFile(string file)
    {
        var index = _files.IndexOf(file);
        if (index >= 0)
            return index;
        _files.Add(file);
        return _files.Count - 1;
    }

    private struct OrderState
    {
        public int Customer;
        public int File;
        public long FirstLine;
        public DateOnly Date;
        public decimal Amount;
        public decimal LargestLine;
        public int Rows;
        public int CancelledRows;
        public int Product;
        public int Channel;
        public bool OrderCancelled;
        public ulong Fingerprint;
    }

    private readonly record struct Conflict(RowSource Source, string CustomerId);
}
