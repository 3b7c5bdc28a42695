using System.Globalization;
using System.Runtime.Intrinsics.X86;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Internals;

/// <summary>The state of every order and the customer ids, kept line by line on the order book's second thread.</summary>
/// <remarks>
/// Memory: customer ids are interned as bytes (<see cref="IdTable"/>), and an order takes 52 bytes while the file is
/// read, in blocks that never copy (<see cref="ChunkedList{T}"/>): 40 in its <see cref="OrderState"/>, kept to the
/// close, and 12 in its <see cref="ReadingState"/>, given back before the close's scatter, where the memory peaks. Its
/// amounts are in <see cref="TenThousandths"/> (the rare order with an amount that does not fit keeps them as decimals,
/// in <see cref="_wideAmounts"/>). An order of more than one line has a run in <see cref="_laterLines"/> besides. See
/// <see cref="OrderBook"/> for the rules.
/// </remarks>
internal sealed class OrderStates : IDisposable
{
    /// <summary>An order's first row is kept as file index &lt;&lt; 40 | line: a trillion lines per file.</summary>
    private const int LineBits = 40;

    private readonly bool _orderFieldsOnFirstRow;
    private readonly ChunkedList<OrderState> _orders = new();
    /// <summary>What only reading the lines needs of each order, by the same index as <see cref="_orders"/>.</summary>
    private readonly ChunkedList<ReadingState> _reading = new();
    private readonly IdTable _customerIds = new();
    private readonly NamePool _names = new();
    /// <summary>
    /// Per multi-line order, a run: its largest counted line so far (in ten-thousandths, once it has two counted lines),
    /// then the fingerprints of its later lines, room for one in a two-line order's run, for
    /// <see cref="OrderBook.ComparedLines"/> from the third line on.
    /// </summary>
    private readonly ChunkedList<ulong> _laterLines = new();
    /// <summary>
    /// Where every later line of an order is (12 bytes a line, only for lines that join an order): a conflicting
    /// order's rows are all rejected, one reject per row, and the lines that agreed before the conflict showed are
    /// known only from here.
    /// </summary>
    private readonly ChunkedList<LaterRow> _laterRows = new();
    private readonly Dictionary<int, Conflict> _conflicts = [];
    /// <summary>The amounts of the orders marked <see cref="OrderFlags.Wide"/>, by order index.</summary>
    private readonly Dictionary<int, WideAmounts> _wideAmounts = [];
    private readonly List<string> _duplicateSamples = [];
    private readonly List<string> _files = [];
    /// <summary>Runs of orders made one after another from one file, for the first row of each (<see cref="ReadingState.FirstRow"/>).</summary>
    private readonly List<FirstRows> _firstRows = [];

    public OrderStates(Preset preset) => _orderFieldsOnFirstRow = Ingest.Presets.CartPreset.HasOrderFieldsOnFirstRow(preset);

    public long DuplicateLines { get; private set; }

    public IReadOnlyList<string> DuplicateSamples => _duplicateSamples;

    /// <summary>Adds the resolved lines of a batch; customer ids are fetched ahead as in <see cref="OrderBook"/>.</summary>
    public void Add(LineBatch batch)
    {
        const int KeyAhead = OrderBook.LookAhead / 2;
        batch.HashCustomers();
        for (var i = 0; i < batch.Count; i++)
        {
            if (i + OrderBook.LookAhead < batch.Count)
                _customerIds.PrefetchSlot(batch[i + OrderBook.LookAhead].CustomerHash);
            if (i + KeyAhead < batch.Count)
                _customerIds.PrefetchKey(batch[i + KeyAhead].CustomerHash);
            ref readonly var line = ref batch[i];
            if (line.Rejected)
                continue;
            if (line.IsNew)
                AddOrder(batch, line);
            else
                AddToOrder(batch, line, batch.SameCustomerAsPrevious(i));
        }
    }

    private void AddOrder(LineBatch batch, in LineBatch.Line line)
    {
        var index = _orders.Count;
        ref var state = ref _orders.Add();
        ref var reading = ref _reading.Add();
        state.Customer = _customerIds.GetOrAdd(batch.Text(line.Customer), line.CustomerHash, out _);
        reading.FirstRow = FirstRow(index, line.Source);
        state.Date = line.Date;
        if (_orderFieldsOnFirstRow && line.Cancelled)
            state.Flags = OrderFlags.OrderCancelled;
        reading.Fingerprint = line.Fingerprint;
        state.Product = -1;
        state.LaterLines = -1;
        AddLine(ref state, index, batch, line, line.Amount - line.Refund, line.Cancelled);
    }

    /// <param name="sameCustomerAsPrevious">The line before is of the same order with the same customer id: it was checked.</param>
    private void AddToOrder(LineBatch batch, in LineBatch.Line line, bool sameCustomerAsPrevious)
    {
        ref var order = ref _orders[line.Order];
        var firstLine = _reading[line.Order].Fingerprint;
        ref var later = ref _laterRows.Add();
        later.Order = line.Order;
        later.Row = Position(line.Source);
        if (IsDuplicate(ref order, firstLine, line.Fingerprint))
        {
            DuplicateLines++;
            if (_duplicateSamples.Count < 5)
                _duplicateSamples.Add(line.Source.ToString());
        }
        var customer = batch.Text(line.Customer);
        if (!order.Has(OrderFlags.Conflicted) && !sameCustomerAsPrevious && !(_customerIds.TryGet(customer, line.CustomerHash, out var known) && known == order.Customer))
        {
            order.Flags |= OrderFlags.Conflicted;
            _conflicts.Add(line.Order, new Conflict(line.Source, Utf8Field.Text(customer), Utf8Field.Text(batch.Text(line.OrderId))));
        }
        if (line.Date < order.Date)
            order.Date = line.Date;
        if (_orderFieldsOnFirstRow)
            AddLine(ref order, line.Order, batch, line, 0, order.Has(OrderFlags.OrderCancelled));
        else
            AddLine(ref order, line.Order, batch, line, line.Amount, line.Cancelled);
    }

    /// <summary>True when the line equals an earlier compared line of its order; else remembers it while there is room.</summary>
    /// <remarks>
    /// Most multi-line orders have two lines: an order's second line gets a run with room for one fingerprint, and only a
    /// third line moves it to a run with room for <see cref="OrderBook.ComparedLines"/> (16 bytes for a two-line order
    /// instead of 72).
    /// </remarks>
    private bool IsDuplicate(ref OrderState order, ulong firstLine, ulong fingerprint)
    {
        if (fingerprint == firstLine)
            return true;
        var run = LaterRun(ref order);
        if (run.Slice(1, order.StoredLines).Contains(fingerprint))
            return true;
        if (order.StoredLines == 1)
        {
            var wider = _laterLines.AddRun(1 + OrderBook.ComparedLines);
            var widerRun = _laterLines.Run(wider, 1 + OrderBook.ComparedLines);
            run.CopyTo(widerRun);
            order.LaterLines = wider;
            run = widerRun;
        }
        if (order.StoredLines < OrderBook.ComparedLines)
            run[1 + order.StoredLines++] = fingerprint;
        return false;
    }

    /// <summary>The order's run in <see cref="_laterLines"/>, added when it has none: its largest line, then its later lines' fingerprints.</summary>
    private Span<ulong> LaterRun(ref OrderState order)
    {
        if (order.LaterLines < 0)
            order.LaterLines = _laterLines.AddRun(2);
        return _laterLines.Run(order.LaterLines, 1 + (order.StoredLines <= 1 ? 1 : OrderBook.ComparedLines));
    }

    /// <summary>
    /// The largest of the order's <paramref name="counted"/> counted lines, in ten-thousandths (0 for none): with one, it
    /// is the order's amount; from two on, the first element of its run.
    /// </summary>
    private long LargestLine(ref OrderState order, int counted) => counted switch
    {
        0 => 0,
        1 => order.Amount,
        _ => unchecked((long)LaterRun(ref order)[0]),
    };

    private void AddLine(ref OrderState order, int index, LineBatch batch, in LineBatch.Line line, decimal amount, bool cancelled)
    {
        var counted = order.Rows - order.CancelledRows;
        order.Rows++;
        if (cancelled)
        {
            order.CancelledRows++;
            return;
        }
        bool largest;
        if (!order.Has(OrderFlags.Wide) && TenThousandths.TryFrom(amount, out var units, out var scale) && TenThousandths.TryAdd(order.Amount, units, out var sum))
        {
            var largestSoFar = LargestLine(ref order, counted);
            largest = counted == 0 || units > largestSoFar;
            if (counted > 0)
                LaterRun(ref order)[0] = unchecked((ulong)(largest ? units : largestSoFar));
            order.Amount = sum;
            if (scale > order.Scale)
                order.Scale = scale;
        }
        else
        {
            var wide = Widen(ref order, index, counted);
            wide.Amount += amount;
            largest = order.Product < 0 || amount > wide.LargestLine;
            if (largest)
                wide.LargestLine = amount;
        }
        if (largest)
            order.Product = _names.Intern(batch.Text(line.Product));
        if (order.Rows - order.CancelledRows == 1)
            order.Channel = _names.Intern(batch.Text(line.Channel));
        if (line.Kind > order.Kind)
            order.Kind = line.Kind;
    }

    /// <summary>The order's amounts as decimals from now on: an amount did not fit in ten-thousandths, or the sum would overflow.</summary>
    private WideAmounts Widen(ref OrderState order, int index, int counted)
    {
        if (order.Has(OrderFlags.Wide))
            return _wideAmounts[index];
        var wide = new WideAmounts
        {
            Amount = TenThousandths.ToDecimal(order.Amount, order.Scale),
            LargestLine = TenThousandths.ToDecimal(LargestLine(ref order, counted), TenThousandths.MaxScale),
        };
        order.Flags |= OrderFlags.Wide;
        _wideAmounts.Add(index, wide);
        return wide;
    }

    private decimal AmountOf(in OrderState order, int index) =>
        order.Has(OrderFlags.Wide) ? _wideAmounts[index].Amount : TenThousandths.ToDecimal(order.Amount, order.Scale);

    /// <summary>
    /// Rejects every row of each order whose lines disagree on the customer: one reject per row, in line order, each
    /// naming the order's first line and the line that disagrees.
    /// </summary>
    public void RejectConflicts(RejectLog rejects)
    {
        if (_conflicts.Count == 0)
            return;
        var laterRows = new Dictionary<int, List<long>>();
        for (var i = 0; i < _laterRows.Count; i++)
        {
            ref readonly var later = ref _laterRows[i];
            if (_conflicts.ContainsKey(later.Order))
                (laterRows.TryGetValue(later.Order, out var rows) ? rows : laterRows[later.Order] = []).Add(later.Row);
        }
        foreach (var (index, conflict) in _conflicts)
        {
            ref var order = ref _orders[index];
            var first = FirstRowOf(index);
            var firstCustomer = _customerIds.StringOf(order.Customer);
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"order {conflict.OrderId} has customer '{firstCustomer}' on {first} but '{conflict.CustomerId}' on {conflict.Source} — lines of one order disagree on the customer, so all {order.Rows} rows of the order are rejected");
            rejects.Add(new Reject(first.File, first.Line, "customer id", firstCustomer, reason));
            // Lines before the one that disagrees have the first line's customer; those after it were not compared.
            var pastConflict = false;
            foreach (var row in laterRows[index])
            {
                var source = SourceOf(row);
                var isConflict = source == conflict.Source;
                rejects.Add(pastConflict
                    ? new Reject(source.File, source.Line, "", "", reason)
                    : new Reject(source.File, source.Line, "customer id", isConflict ? conflict.CustomerId : firstCustomer, reason));
                pastConflict |= isConflict;
            }
        }
    }

    /// <summary>
    /// Sorts every row into its bucket for the as-of date <paramref name="day"/> and returns the orders that count, grouped
    /// by customer and sorted by date. The states are let go as they are read.
    /// </summary>
    public OrderHistory ToHistory(long rowsRead, long rowsRejected, DateOnly day, ZeroOrders zeroOrders)
    {
        _reading.Dispose();
        _laterLines.Dispose();
        _laterRows.Dispose();
        // The states in two halves side by side, each counting into its own per-customer counts; the halves of the
        // second pass are the same as those of the first.
        var halves = new Half[2];
        TwoCores.Split(_orders.Count, (from, to) => halves[from == 0 ? 0 : 1] = Count(from, to, day));
        // Each half's orders of a customer go after those of the halves before it: input order within the customer.
        // The counts of each half become where its next order of each customer goes.
        var start = BigArray.Uninitialized<int>(_customerIds.Count + 1);
        start[0] = 0;
        for (var c = 0; c < _customerIds.Count; c++)
        {
            var first = halves[0].Kept[c];
            halves[0].Kept[c] = start[c];
            var second = 0;
            if (halves[1] is { } later)
            {
                second = later.Kept[c];
                later.Kept[c] = start[c] + first;
            }
            start[c + 1] = start[c] + first + second;
        }
        var orders = BigArray.Uninitialized<Order>(start[^1]);
        TwoCores.Split(_orders.Count, (from, to) => Scatter(from, to, day, zeroOrders, halves[from == 0 ? 0 : 1].Kept, orders));
        _orders.Dispose();
        var customerIds = _customerIds.Strings();
        var names = _names.Names();
        Dispose();
        var counts = new InputCounts(rowsRead, halves.Sum(h => h?.Used ?? 0), rowsRejected, halves.Sum(h => h?.Cancelled ?? 0),
            halves.Sum(h => h?.AfterAsOf ?? 0), halves.Sum(h => h?.OrdersCancelled ?? 0)) { DuplicateLines = DuplicateLines };
        return new OrderHistory(day, counts, customerIds, names, orders, start);
    }

    /// <summary>First pass over states [from, to): sorts their rows into the buckets and counts the orders kept per customer.</summary>
    private Half Count(int from, int to, DateOnly day)
    {
        var half = new Half(_customerIds.Count);
        for (var i = from; i < to; i++)
        {
            ref var order = ref _orders[i];
            if (order.Has(OrderFlags.Conflicted))
                continue;
            if (order.Date > day)
            {
                half.AfterAsOf += order.Rows;
                continue;
            }
            half.Cancelled += order.CancelledRows;
            half.Used += order.Rows - order.CancelledRows;
            if (order.CancelledRows == order.Rows)
                half.OrdersCancelled++;
            else
                half.Kept[order.Customer]++;
        }
        return half;
    }

    /// <summary>
    /// Second pass over states [from, to): each kept order straight into its customer's range at <paramref name="next"/>.
    /// The ranges are all over memory, so the counter and the place of an order a few states ahead are fetched early.
    /// </summary>
    private unsafe void Scatter(int from, int to, DateOnly day, ZeroOrders zeroOrders, int[] next, Order[] orders)
    {
        fixed (int* nextAt = next)
        fixed (Order* orderAt = orders)
        {
            for (var i = from; i < to; i++)
            {
                if (Sse.IsSupported && i + 2 * OrderBook.LookAhead < to)
                {
                    Sse.Prefetch0(nextAt + _orders[i + 2 * OrderBook.LookAhead].Customer);
                    Sse.Prefetch0(orderAt + nextAt[_orders[i + OrderBook.LookAhead].Customer]);
                }
                ref var order = ref _orders[i];
                if (order.Has(OrderFlags.Conflicted) || order.Date > day || order.CancelledRows == order.Rows)
                    continue;
                var amount = AmountOf(order, i);
                var isPurchase = amount > 0 || (amount == 0 && zeroOrders == ZeroOrders.Purchase);
                orders[nextAt[order.Customer]++] = new Order(order.Customer, order.Date, amount, isPurchase, order.Kind, order.Product, order.Channel, i);
            }
        }
    }

    /// <summary>What one half of the states adds to the buckets, and its kept orders per customer.</summary>
    private sealed class Half(int customers)
    {
        /// <summary>Per customer: the orders the half keeps (the first pass), then where its next one goes (the second).</summary>
        public int[] Kept { get; } = BigArray.Zeroed<int>(customers);

        public long Used { get; set; }

        public long Cancelled { get; set; }

        public long AfterAsOf { get; set; }

        public long OrdersCancelled { get; set; }
    }

    /// <summary>Gives the memory of every table back.</summary>
    public void Dispose()
    {
        _orders.Dispose();
        _reading.Dispose();
        _laterLines.Dispose();
        _laterRows.Dispose();
        _customerIds.Dispose();
        _names.Dispose();
        _wideAmounts.Clear();
    }

    /// <summary>The latest date of an order that is not rejected, over the states in two halves side by side; null when every order is.</summary>
    public DateOnly? LatestOrderDate()
    {
        var halves = new DateOnly[2];
        TwoCores.Split(_orders.Count, (from, to) =>
        {
            var latest = DateOnly.MinValue;
            for (var i = from; i < to; i++)
            {
                ref var order = ref _orders[i];
                if (!order.Has(OrderFlags.Conflicted) && order.Date > latest)
                    latest = order.Date;
            }
            halves[from == 0 ? 0 : 1] = latest;
        });
        var day = halves[0] > halves[1] ? halves[0] : halves[1];
        return day == DateOnly.MinValue ? null : day;
    }

    /// <summary>
    /// The first row of order <paramref name="index"/>, at <paramref name="source"/>, as what its run of
    /// <see cref="_firstRows"/> does not tell: the row's line is the run's first line, plus the orders before it in the
    /// run, plus this. Within a file this never decreases (each new order's first row comes after the last one's), so a
    /// new run starts only with another file, or when the value would pass the 4 billion a <see cref="uint"/> holds.
    /// </summary>
    private uint FirstRow(int index, RowSource source)
    {
        var file = FileIndex(source.File);
        if (_firstRows.Count > 0 && _firstRows[^1] is var run && run.File == file
            && source.Line - run.FirstLine - (index - run.FirstOrder) is >= 0 and <= uint.MaxValue and var past)
            return (uint)past;
        _firstRows.Add(new FirstRows(index, file, source.Line));
        return 0;
    }

    private RowSource FirstRowOf(int index)
    {
        var at = _firstRows.BinarySearch(new FirstRows(index, 0, 0), FirstRows.ByOrder);
        var run = _firstRows[at >= 0 ? at : ~at - 1];
        return new RowSource(_files[run.File], run.FirstLine + (index - run.FirstOrder) + _reading[index].FirstRow);
    }

    /// <summary>A line as file index &lt;&lt; <see cref="LineBits"/> | line.</summary>
    private long Position(RowSource source) => (long)FileIndex(source.File) << LineBits | source.Line;

    private RowSource SourceOf(long position) => new(_files[(int)(position >> LineBits)], position & ((1L << LineBits) - 1));

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

    /// <summary>An order as its lines arrive, what the close needs of it: 40 bytes.</summary>
    private struct OrderState
    {
        /// <summary>The counted lines' sum in <see cref="TenThousandths"/> at <see cref="Scale"/>, unless <see cref="OrderFlags.Wide"/>.</summary>
        public long Amount;
        public DateOnly Date;
        public int Customer;
        public int Rows;
        public int CancelledRows;
        public int Product;
        public int Channel;
        /// <summary>Reading only, but here, in the bytes the struct's alignment would leave unused: where the later lines' fingerprints are.</summary>
        public int LaterLines;
        public byte StoredLines;
        public OrderKind Kind;
        /// <summary>The most decimals of an amount added, which the decimal sum keeps.</summary>
        public byte Scale;
        public OrderFlags Flags;

        public readonly bool Has(OrderFlags flag) => (Flags & flag) != 0;
    }

    /// <summary>What only reading an order's lines needs of it: 12 bytes.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
    private struct ReadingState
    {
        /// <summary>The first line's fingerprint, to tell a later line identical to it.</summary>
        public ulong Fingerprint;
        /// <summary>Where the order's first row is within its run of <see cref="_firstRows"/> (see <see cref="FirstRow"/>).</summary>
        public uint FirstRow;
    }

    /// <summary>Orders from <paramref name="FirstOrder"/> on, made from file <paramref name="File"/>, the first at line <paramref name="FirstLine"/>.</summary>
    private readonly record struct FirstRows(int FirstOrder, int File, long FirstLine)
    {
        public static IComparer<FirstRows> ByOrder { get; } = Comparer<FirstRows>.Create((a, b) => a.FirstOrder.CompareTo(b.FirstOrder));
    }

    [Flags]
    private enum OrderFlags : byte
    {
        /// <summary>The order's first row says it is cancelled (carts with the order fields on its first row).</summary>
        OrderCancelled = 1,
        /// <summary>Its lines disagree on the customer: every row is rejected.</summary>
        Conflicted = 2,
        /// <summary>Its amounts are decimals in <see cref="_wideAmounts"/>.</summary>
        Wide = 4,
    }

    private sealed class WideAmounts
    {
        public decimal Amount;
        public decimal LargestLine;
    }

    /// <summary>The line that disagrees on the customer, its customer id and its order's id (a line that joins an order has one).</summary>
    private readonly record struct Conflict(RowSource Source, string CustomerId, string OrderId);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
    private struct LaterRow
    {
        public long Row;
        public int Order;
    }
}
