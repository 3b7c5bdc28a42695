using System.Globalization;
using LtvKit.Collections;
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
/// <para>Memory: order and customer ids are interned as bytes (<see cref="IdTable"/>), and an order's state is about
/// 80 bytes in blocks that never copy (<see cref="ChunkedList{T}"/>) — about 110 bytes per order while reading.</para>
/// </remarks>
public sealed class OrderBook
{
    /// <summary>
    /// How many lines of one order are compared for duplicates. A fixed number keeps the state per order,
    /// not per line: a 200-line order's lines beyond the first eight are not compared with each other.
    /// Overlapping exports repeat whole orders, so their first lines are enough to show the problem.
    /// </summary>
    public const int ComparedLines = 8;

    /// <summary>An order's first row is kept as file index &lt;&lt; 40 | line: a trillion lines per file.</summary>
    private const int LineBits = 40;

    private readonly Preset _preset;
    private readonly RejectLog _rejects;
    private readonly IdTable _orderIds = new();
    private readonly ChunkedList<OrderState> _orders = new();
    private readonly IdTable _customerIds = new();
    private readonly NamePool _names = new();
    /// <summary>Fingerprints of the later lines of multi-line orders, in runs of <see cref="ComparedLines"/> per order.</summary>
    private readonly ChunkedList<ulong> _laterLines = new();
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
        int index;
        var isNew = true;
        if (line.OrderId.IsEmpty)
            index = -1;
        else if (line.Amount is not null)
            index = _orderIds.GetOrAdd(line.OrderId, out isNew);
        else
            isNew = !_orderIds.TryGet(line.OrderId, out index);
        if (isNew)
        {
            if (line.Amount is not { } amount)
            {
                _rejects.Add(new Reject(line.Source.File, line.Source.Line, "Total", "",
                    "the order's first row has no Total (Shopify puts the order total on the first row)"));
                return;
            }
            if (index < 0)
                _orderIds.AddKeyless();
            ref var state = ref _orders.Add();
            state.Customer = _customerIds.GetOrAdd(line.CustomerId, out _);
            state.FirstRow = (long)FileIndex(line.Source.File) << LineBits | line.Source.Line;
            state.Date = line.Date;
            state.OrderCancelled = _preset == Preset.Shopify && line.Cancelled;
            state.Fingerprint = line.Fingerprint;
            state.Product = -1;
            state.LaterLines = -1;
            AddLine(ref state, line, amount - line.Refund, line.Cancelled);
            return;
        }
        ref var order = ref _orders[index];
        if (IsDuplicate(ref order, line.Fingerprint))
        {
            DuplicateLines++;
            if (_duplicateSamples.Count < 5)
                _duplicateSamples.Add(line.Source.ToString());
        }
        if (!order.Conflicted && !(_customerIds.TryGet(line.CustomerId, out var customer) && customer == order.Customer))
        {
            order.Conflicted = true;
            _conflicts.Add(index, new Conflict(line.Source, Utf8Field.Text(line.CustomerId)));
        }
        if (line.Date < order.Date)
            order.Date = line.Date;
        if (_preset == Preset.Shopify)
            AddLine(ref order, line, 0, order.OrderCancelled);
        else
            AddLine(ref order, line, line.Amount!.Value, line.Cancelled);
    }

    /// <summary>True when the line equals an earlier compared line of its order; else remembers it while there is room.</summary>
    private bool IsDuplicate(ref OrderState order, ulong fingerprint)
    {
        if (fingerprint == order.Fingerprint)
            return true;
        if (order.LaterLines < 0)
            order.LaterLines = _laterLines.AddRun(ComparedLines);
        var run = _laterLines.Run(order.LaterLines, ComparedLines);
        if (run[..order.StoredLines].Contains(fingerprint))
            return true;
        if (order.StoredLines < ComparedLines)
            run[order.StoredLines++] = fingerprint;
        return false;
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
    /// count, grouped by customer and sorted by date. The book is empty afterwards.
    /// </summary>
    public OrderHistory Close(long rowsRead, DateOnly? asOf, ZeroOrders zeroOrders)
    {
        foreach (var (index, conflict) in _conflicts)
        {
            ref var order = ref _orders[index];
            _rejects.Add(new Reject(conflict.Source.File, conflict.Source.Line, "customer id", conflict.CustomerId,
                string.Create(CultureInfo.InvariantCulture,
                    $"order {OrderIdOf(index)} has customer '{_customerIds.StringOf(order.Customer)}' on {_files[(int)(order.FirstRow >> LineBits)]}:{order.FirstRow & ((1L << LineBits) - 1)} but '{conflict.CustomerId}' here — lines of one order disagree on the customer, so all {order.Rows} rows of the order are rejected")),
                order.Rows);
        }
        _orderIds.Clear();
        _laterLines.Clear();
        var day = asOf ?? LatestOrderDate();
        long used = 0, cancelled = 0, afterAsOf = 0, ordersCancelled = 0;
        // First pass: sort the rows into their buckets and count the orders kept per customer.
        var start = new int[_customerIds.Count + 1];
        for (var i = 0; i < _orders.Count; i++)
        {
            ref var order = ref _orders[i];
            if (order.Conflicted)
                continue;
            if (order.Date > day)
            {
                afterAsOf += order.Rows;
                continue;
            }
            cancelled += order.CancelledRows;
            used += order.Rows - order.CancelledRows;
            if (order.CancelledRows == order.Rows)
                ordersCancelled++;
            else
                start[order.Customer + 1]++;
        }
        for (var c = 1; c < start.Length; c++)
            start[c] += start[c - 1];
        // Second pass: each kept order straight into its customer's range, in input order.
        var orders = GC.AllocateUninitializedArray<Order>(start[^1]);
        var next = start[..^1];
        for (var i = 0; i < _orders.Count; i++)
        {
            ref var order = ref _orders[i];
            if (order.Conflicted || order.Date > day || order.CancelledRows == order.Rows)
                continue;
            var isPurchase = order.Amount > 0 || (order.Amount == 0 && zeroOrders == ZeroOrders.Purchase);
            orders[next[order.Customer]++] = new Order(order.Customer, order.Date, order.Amount, isPurchase, order.Product, order.Channel, i);
        }
        _orders.Clear();
        var customerIds = new string[_customerIds.Count];
        for (var c = 0; c < customerIds.Length; c++)
            customerIds[c] = _customerIds.StringOf(c);
        _customerIds.Clear();
        var counts = new InputCounts(rowsRead, used, _rejects.Rows, cancelled, afterAsOf, ordersCancelled) { DuplicateLines = DuplicateLines };
        return new OrderHistory(day, counts, customerIds, _names.Names(), orders, start);
    }

    private DateOnly LatestOrderDate()
    {
        var latest = DateOnly.MinValue;
        for (var i = 0; i < _orders.Count; i++)
        {
            ref var order = ref _orders[i];
            if (!order.Conflicted && order.Date > latest)
                latest = order.Date;
        }
        return latest == DateOnly.MinValue
            ? throw new InputException("no usable order rows: every row was rejected (see the rejects above).")
            : latest;
    }

    private string OrderIdOf(int index) =>
        _orderIds.KeyOf(index) is { IsEmpty: false } id ? Utf8Field.Text(id) : index.ToString(CultureInfo.InvariantCulture);

    private int FileIndex(string file)
    {
        if (_files.Count > 0 && ReferenceEquals(_files[^1], file))
            return _files.Count - 1;
        var index = _files.IndexOf(file);
        if (index >= 0)
            return index;
        _files.Add(file);
        return _files.Count - 1;
    }

    private struct OrderState
    {
        public decimal Amount;
        public decimal LargestLine;
        public ulong Fingerprint;
        /// <summary>File index &lt;&lt; <see cref="LineBits"/> | line of the order's first row.</summary>
        public long FirstRow;
        public DateOnly Date;
        public int Customer;
        public int Rows;
        public int CancelledRows;
        public int Product;
        public int Channel;
        public int LaterLines;
        public byte StoredLines;
        public bool OrderCancelled;
        public bool Conflicted;
    }

    private readonly record struct Conflict(RowSource Source, string CustomerId);
}
