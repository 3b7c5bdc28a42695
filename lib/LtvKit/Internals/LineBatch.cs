using LtvKit.Ingest;

namespace LtvKit.Internals;

/// <summary>Order lines on their way from the reading thread to the thread that keeps the order states.</summary>
/// <remarks>
/// The reader's spans are only valid until its next row, so the text fields are copied into one byte buffer, and the
/// order id is hashed while it is at hand (the customer id later, by the states' thread). A batch is resolved (each
/// line's order looked up) before it is handed over.
/// </remarks>
internal sealed class LineBatch
{
    /// <summary>16,384 lines: large enough that handing a batch over costs nothing per line, small enough to stay in cache.</summary>
    public const int Capacity = 1 << 14;

    private readonly Line[] _lines = new Line[Capacity];
    private byte[] _bytes = new byte[Capacity * 64];
    private int _used;

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public ref Line this[int index] => ref _lines[index];

    public ReadOnlySpan<byte> Text(TextRange range) => _bytes.AsSpan(range.Start, range.Length);

    public void Add(in OrderLine line)
    {
        ref var entry = ref _lines[Count++];
        entry.OrderId = Copy(line.OrderId);
        entry.OrderHash = line.OrderId.IsEmpty ? 0 : ByteHash.Of(line.OrderId);
        entry.Customer = Copy(line.CustomerId);
        entry.HasAmount = line.Amount is not null;
        entry.Amount = line.Amount ?? 0;
        entry.Refund = line.Refund;
        entry.Cancelled = line.Cancelled;
        entry.Date = line.Date;
        entry.Fingerprint = line.Fingerprint;
        entry.Source = line.Source;
        entry.Product = Copy(line.Product);
        entry.Channel = Copy(line.Channel);
        entry.Kind = line.Kind;
        // The lines are used again by later batches: what resolving set for an earlier line here must not stay.
        entry.Rejected = false;
    }

    /// <summary>
    /// Hashes every line's customer id: on the thread that keeps the order states, which has time to spare, where the
    /// reading thread has none.
    /// </summary>
    public void HashCustomers()
    {
        for (var i = 0; i < Count; i++)
            _lines[i].CustomerHash = ByteHash.Of(Text(_lines[i].Customer));
    }

    /// <summary>Line i has the same order id as line i − 1, which was not rejected: the lines of an order mostly come together.</summary>
    public bool SameOrderAsPrevious(int i)
    {
        if (i == 0)
            return false;
        ref readonly var line = ref _lines[i];
        ref readonly var previous = ref _lines[i - 1];
        return line.OrderId.Length > 0 && line.OrderHash == previous.OrderHash && !previous.Rejected
            && Text(line.OrderId).SequenceEqual(Text(previous.OrderId));
    }

    /// <summary>Line i belongs to the same order as line i − 1 and has the same customer id.</summary>
    public bool SameCustomerAsPrevious(int i)
    {
        if (i == 0)
            return false;
        ref readonly var line = ref _lines[i];
        ref readonly var previous = ref _lines[i - 1];
        return line.Order == previous.Order && !previous.Rejected && line.CustomerHash == previous.CustomerHash
            && Text(line.Customer).SequenceEqual(Text(previous.Customer));
    }

    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    private TextRange Copy(ReadOnlySpan<byte> text)
    {
        if (_used + text.Length > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + text.Length));
        text.CopyTo(_bytes.AsSpan(_used));
        var range = new TextRange(_used, text.Length);
        _used += text.Length;
        return range;
    }

    internal struct Line
    {
        /// <summary>The order id; empty when the file has none (the line is its own order).</summary>
        public TextRange OrderId;
        public ulong OrderHash;
        public TextRange Customer;
        /// <summary>Set by <see cref="HashCustomers"/>.</summary>
        public ulong CustomerHash;
        /// <summary>False only for a blank Shopify line-item total.</summary>
        public bool HasAmount;
        public decimal Amount;
        public decimal Refund;
        public bool Cancelled;
        public DateOnly Date;
        public ulong Fingerprint;
        public RowSource Source;
        public TextRange Product;
        public TextRange Channel;
        public OrderKind Kind;
        /// <summary>Set when the batch is resolved: the line's order in the order-id table, and whether it is its first line.</summary>
        public int Order;
        public bool IsNew;
        /// <summary>Set when the batch is resolved: a Shopify order whose first line has no Total.</summary>
        public bool Rejected;
    }

    internal readonly record struct TextRange(int Start, int Length);
}
