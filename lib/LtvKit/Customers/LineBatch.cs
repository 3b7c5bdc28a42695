using LtvKit.Ingest;

namespace LtvKit.Customers;

/// <summary>Order lines on their way from the reading thread to the thread that keeps the order states.</summary>
/// <remarks>The reader's spans are only valid until its next row, so the text fields are copied into one byte buffer.</remarks>
internal sealed class LineBatch
{
    /// <summary>16,384 lines: large enough that handing a batch over costs nothing per line, small enough to stay in cache.</summary>
    public const int Capacity = 1 << 14;

    private readonly Line[] _lines = new Line[Capacity];
    private byte[] _bytes = new byte[Capacity * 64];
    private int _used;

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public ref readonly Line this[int index] => ref _lines[index];

    public ReadOnlySpan<byte> Text(TextRange range) => _bytes.AsSpan(range.Start, range.Length);

    /// <param name="order">The line's order in the order-id table.</param>
    /// <param name="isNew">The line is its order's first.</param>
    /// <param name="amount">The amount the line adds (a first Shopify line: total − refund).</param>
    public void Add(in OrderLine line, int order, bool isNew, decimal amount)
    {
        ref var entry = ref _lines[Count++];
        entry.Order = order;
        entry.IsNew = isNew;
        entry.Cancelled = line.Cancelled;
        entry.Date = line.Date;
        entry.Amount = amount;
        entry.Fingerprint = line.Fingerprint;
        entry.Source = line.Source;
        entry.Customer = Copy(line.CustomerId);
        entry.Product = Copy(line.Product);
        entry.Channel = Copy(line.Channel);
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
        public int Order;
        public bool IsNew;
        public bool Cancelled;
        public DateOnly Date;
        public decimal Amount;
        public ulong Fingerprint;
        public RowSource Source;
        public TextRange Customer;
        public TextRange Product;
        public TextRange Channel;
    }

    internal readonly record struct TextRange(int Start, int Length);
}
