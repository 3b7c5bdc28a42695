using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Internals;

/// <summary>Groups order lines into orders as they stream in: state per order and per customer, never per line.</summary>
/// <remarks>
/// <para>An order is all lines sharing one order id (across every file). Its date is its earliest line date,
/// its amount the sum of its non-cancelled lines. A line whose status is cancelled is dropped; an order keeps
/// its other lines. An order all of whose lines are cancelled is a cancelled order.</para>
/// <para>An order whose lines disagree on the customer id is an error for the whole order: all its rows are
/// rejected, and the reject names both lines.</para>
/// <para>Shopify and the carts that repeat the order on every item row (<see cref="Ingest.Presets.CartPreset.OrderFieldsOnEveryRow"/>): the order-level fields (<c>Total</c>, <c>Cancelled at</c>, <c>Refunded Amount</c>) are read from the
/// order's first row; its other rows are used rows with amount 0, cancelled when the order is.</para>
/// <para>Two threads share the work, in line order, so the result does not depend on their timing: the caller's
/// (the reader's) collects lines in batches, and a second thread looks their order ids up and keeps the order states
/// and the customers (<see cref="OrderStates"/>). A Shopify order whose first row has no Total is rejected when its
/// batch is looked up, so in the rejects it follows every unreadable row (those are rejected by the reader).</para>
/// </remarks>
internal sealed class OrderBook : IDisposable
{
    /// <summary>
    /// How many lines of one order are compared for duplicates. A fixed number keeps the state per order,
    /// not per line: a 200-line order's lines beyond the first eight are not compared with each other.
    /// Overlapping exports repeat whole orders, so their first lines are enough to show the problem.
    /// </summary>
    public const int ComparedLines = 8;

    /// <summary>Batches on their way or being filled: the reader runs at most this far ahead of the states.</summary>
    private const int Batches = 3;

    /// <summary>How many lines ahead a lookup's slot is fetched: enough to cover a miss to memory, few enough to stay in L1.</summary>
    internal const int LookAhead = 16;

    private readonly RejectLog _rejects;
    /// <summary>Shopify rows rejected while their batch is looked up on the second thread, in line order, for <see cref="Finish"/>.</summary>
    private readonly List<Reject> _resolveRejects = [];
    private readonly IdTable _orderIds;
    private readonly OrderStates _states;
    private readonly BlockingCollection<LineBatch> _full = new(Batches);
    private readonly BlockingCollection<LineBatch> _empty = new(Batches);
    private readonly Thread _worker;
    private LineBatch _batch;
    private ExceptionDispatchInfo? _failure;
    private bool _closed;

    /// <param name="expectedRows">About how many rows will come (<see cref="OrderReader.ExpectedRows"/>), to size the order-id table.</param>
    public OrderBook(Preset preset, RejectLog rejects, long expectedRows = 0)
    {
        _orderIds = new IdTable(expectedRows, keysByIndex: false);
        _rejects = rejects ?? throw new ArgumentNullException(nameof(rejects));
        _states = new OrderStates(preset);
        for (var i = 1; i < Batches; i++)
            _empty.Add(new LineBatch());
        _batch = new LineBatch();
        _worker = new Thread(KeepStates) { IsBackground = true, Name = "ltvkit order states" };
        _worker.Start();
    }

    /// <summary>Identical lines within one order (every field equal): a warning, not a drop. Known after <see cref="Close"/>.</summary>
    public long DuplicateLines => _states.DuplicateLines;

    /// <summary>A few duplicate lines, as file:line, for the warning. Known after <see cref="Close"/>.</summary>
    public IReadOnlyList<string> DuplicateSamples => _states.DuplicateSamples;

    public void Add(in OrderLine line)
    {
        _batch.Add(line);
        if (_batch.IsFull)
            Hand();
    }

    /// <summary>
    /// Ends the input: waits for the states, decides the as-of date, sorts every row into its bucket and returns
    /// the orders that count, grouped by customer and sorted by date. The book is empty afterwards.
    /// </summary>
    public OrderHistory Close(long rowsRead, DateOnly? asOf, ZeroOrders zeroOrders)
    {
        Finish();
        _states.RejectConflicts(_rejects);
        _orderIds.Dispose();
        var day = asOf ?? _states.LatestOrderDate() ?? throw _rejects.NoUsableRows();
        return _states.ToHistory(rowsRead, _rejects.Rows, day, zeroOrders);
    }

    /// <summary>Stops the second thread and gives the tables' memory back (also when reading failed half-way).</summary>
    public void Dispose()
    {
        StopWorker();
        _orderIds.Dispose();
        _states.Dispose();
    }

    private void StopWorker()
    {
        if (_closed)
            return;
        _closed = true;
        _full.CompleteAdding();
        _worker.Join();
        _full.Dispose();
        _empty.Dispose();
    }

    /// <summary>Hands the full batch to the states' thread and takes an empty one.</summary>
    private void Hand()
    {
        _full.Add(_batch);
        if (!_empty.TryTake(out var next, Timeout.Infinite) || _failure is not null)
            _failure!.Throw();
        _batch = next!;
    }

    /// <summary>Hands over the last lines and waits until every line is in the states.</summary>
    private void Finish()
    {
        if (_closed)
            throw new InvalidOperationException("the order book is closed");
        _full.Add(_batch);
        StopWorker();
        _failure?.Throw();
        foreach (var reject in _resolveRejects)
            _rejects.Add(reject);
    }

    /// <summary>
    /// Each line's order: an index in the order-id table, and whether the line is the order's first. Slots are fetched
    /// <see cref="LookAhead"/> lines ahead, so that the cache misses of a big table overlap instead of queueing. A line
    /// of the same order as the line before it needs no lookup.
    /// </summary>
    private void Resolve(LineBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (i + LookAhead < batch.Count && batch[i + LookAhead].OrderId.Length > 0)
                _orderIds.PrefetchSlot(batch[i + LookAhead].OrderHash);
            ref var line = ref batch[i];
            var orderId = batch.Text(line.OrderId);
            int index;
            var isNew = true;
            if (orderId.IsEmpty)
                index = _orderIds.Count;
            else if (batch.SameOrderAsPrevious(i))
                (index, isNew) = (batch[i - 1].Order, false);
            else if (line.HasAmount)
                index = _orderIds.GetOrAdd(orderId, line.OrderHash, out isNew);
            else
                isNew = !_orderIds.TryGet(orderId, line.OrderHash, out index);
            if (isNew && !line.HasAmount)
            {
                _resolveRejects.Add(new Reject(line.Source.File, line.Source.Line, "Total", "",
                    "the order's first row has no Total (Shopify puts the order total on the first row)"));
                line.Rejected = true;
                continue;
            }
            if (isNew && orderId.IsEmpty)
                _orderIds.AddKeyless();
            line.Order = index;
            line.IsNew = isNew;
        }
    }

    private void KeepStates()
    {
        foreach (var batch in _full.GetConsumingEnumerable())
        {
            if (_failure is not null)
                continue;
            try
            {
                Resolve(batch);
                _states.Add(batch);
                batch.Clear();
                _empty.Add(batch);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
                _empty.CompleteAdding();
            }
        }
    }
}
