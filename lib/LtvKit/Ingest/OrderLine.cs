namespace LtvKit.Ingest;

/// <summary>One usable row of an orders file, as read (before it is grouped into its order).</summary>
/// <remarks>Text fields are the file's UTF-8 bytes, trimmed, valid only until the next row is read: the order book interns what it keeps.</remarks>
/// <param name="Source">Where the row is: file and line, for messages about it.</param>
/// <param name="OrderId">The order id; empty when the file has no order id column (each row is its own order).</param>
/// <param name="Amount">The row's amount in the chosen basis; null only for a blank Shopify line-item total.</param>
/// <param name="Cancelled">The row's status says cancelled (キャンセル, 取消, cancelled, canceled, or Shopify's <c>Cancelled at</c> is set).</param>
/// <param name="Refund">Shopify's order-level refunded amount (0 elsewhere).</param>
/// <param name="Kind">通常, 定期 or 頒布会, from the subscription column (通常 without one).</param>
/// <param name="Fingerprint">A hash of every field as written, to report duplicate lines.</param>
public readonly ref struct OrderLine(
    RowSource Source,
    ReadOnlySpan<byte> OrderId,
    ReadOnlySpan<byte> CustomerId,
    DateOnly Date,
    decimal? Amount,
    ReadOnlySpan<byte> Product,
    ReadOnlySpan<byte> Channel,
    bool Cancelled,
    decimal Refund,
    OrderKind Kind,
    ulong Fingerprint)
{
    public RowSource Source { get; } = Source;
    public ReadOnlySpan<byte> OrderId { get; } = OrderId;
    public ReadOnlySpan<byte> CustomerId { get; } = CustomerId;
    public DateOnly Date { get; } = Date;
    public decimal? Amount { get; } = Amount;
    public ReadOnlySpan<byte> Product { get; } = Product;
    public ReadOnlySpan<byte> Channel { get; } = Channel;
    public bool Cancelled { get; } = Cancelled;
    public decimal Refund { get; } = Refund;
    public OrderKind Kind { get; } = Kind;
    public ulong Fingerprint { get; } = Fingerprint;
}

/// <summary>Takes the usable rows of an orders file as they are read (the order book's <c>Add</c>).</summary>
public delegate void OrderLineHandler(in OrderLine line);

/// <summary>A row's place: the file (as named by the user) and its 1-based line (the header is line 1).</summary>
public readonly record struct RowSource(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
