using System.Globalization;

namespace LtvKit.Customers;

/// <summary>Where every row of the input went: the reconciliation of METRICS.md, as JSON <c>input</c>.</summary>
/// <remarks>
/// Always <c>RowsRead = RowsUsed + RowsRejected + RowsCancelled + RowsAfterAsOf</c>: each row is sorted into
/// exactly one bucket, in this order — rejected (unusable) → after the as-of date → cancelled → used.
/// </remarks>
public sealed record InputCounts(long RowsRead, long RowsUsed, long RowsRejected, long RowsCancelled, long RowsAfterAsOf, long OrdersCancelled)
{
    /// <summary>Identical lines (every field equal) within one order: reported, not dropped.</summary>
    public long DuplicateLines { get; init; }

    /// <summary>
    /// Customers whose only orders are returns or adjustments (net ≤ ¥0, at least one below): their used rows are in
    /// <see cref="RowsUsed"/> and their amount in the used amounts, but they are not customers of the table (no
    /// purchase), so not in its revenue. Used amounts = revenue + this amount.
    /// </summary>
    public ReturnsWithoutPurchase ReturnsWithoutPurchase { get; init; }

    /// <summary>Groups of customer ids that differ only by width or case: a warning (merged only with <c>--fold-ids</c>).</summary>
    public SimilarCustomerIds SimilarCustomerIds { get; init; } = SimilarCustomerIds.None;

    /// <summary>The net amount of every used row (the orders of <see cref="OrderHistory"/>): always revenue + <see cref="ReturnsWithoutPurchase"/>'s amount.</summary>
    public decimal AmountUsed { get; init; }

    public bool Reconciles => RowsRead == RowsUsed + RowsRejected + RowsCancelled + RowsAfterAsOf;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{RowsRead:N0} rows read = {RowsUsed:N0} used + {RowsRejected:N0} rejected + {RowsCancelled:N0} cancelled + {RowsAfterAsOf:N0} after the as-of date{(ReturnsWithoutPurchase.Customers > 0 ? $"; used rows include {ReturnsWithoutPurchase}" : "")}");
}

/// <summary>Returns of customers who made no purchase: in the used amounts, not in the customer table's revenue.</summary>
/// <param name="Customers">Customers with no purchase and at least one order below ¥0.</param>
/// <param name="Amount">The net amount of all their orders (≤ 0).</param>
public readonly record struct ReturnsWithoutPurchase(long Customers, decimal Amount)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"¥{Amount:N0} of returns from {Customers:N0} customers without a purchase (not in revenue)");
}
