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

    public bool Reconciles => RowsRead == RowsUsed + RowsRejected + RowsCancelled + RowsAfterAsOf;

    public override string ToString() =>
        $"{RowsRead:N0} rows read = {RowsUsed:N0} used + {RowsRejected:N0} rejected + {RowsCancelled:N0} cancelled + {RowsAfterAsOf:N0} after the as-of date";
}
