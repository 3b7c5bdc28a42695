namespace LtvKit.Ingest;

/// <summary>One usable row of an orders file, as read (before it is grouped into its order).</summary>
/// <param name="Source">Where the row is: file and line, for messages about it.</param>
/// <param name="OrderId">The order id; null when the file has no order id column (each row is its own order).</param>
/// <param name="Amount">The row's amount in the chosen basis; null only for a blank Shopify line-item total.</param>
/// <param name="Cancelled">The row's status says cancelled (キャンセル, 取消, cancelled, canceled, or Shopify's <c>Cancelled at</c> is set).</param>
/// <param name="Refund">Shopify's order-level refunded amount (0 elsewhere).</param>
/// <param name="Fingerprint">A hash of every field as written, to report duplicate lines.</param>
public readonly record struct OrderLine(
    RowSource Source,
    string? OrderId,
    string CustomerId,
    DateOnly Date,
    decimal? Amount,
    string Product,
    string Channel,
    bool Cancelled,
    decimal Refund,
    ulong Fingerprint);

/// <summary>A row's place: the file (as named by the user) and its 1-based line (the header is line 1).</summary>
public readonly record struct RowSource(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
