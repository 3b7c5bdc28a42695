namespace LtvKit.Clv;

/// <summary>One customer's purchases on one calendar day, summed: the input row of the CLV models.</summary>
/// <remarks>
/// <para>
/// One row per customer per purchase day (METRICS.md §1): two orders on the same day are one purchase
/// day whose <see cref="Amount"/> is their sum. The customer table produces these; tests build them from
/// <c>CDNOW_sample.txt</c>. If the same (customer, day) appears twice, <see cref="ModelSummary.Build"/>
/// adds the amounts, so a caller that has not summed yet still gets the right answer.
/// </para>
/// <para>
/// <see cref="Amount"/> is ≥ 0. A ¥0 purchase day (a free sample counted as a purchase with
/// <c>--zero-orders purchase</c>, or CDNOW's $0 rows) is a purchase day; a return is not.
/// </para>
/// </remarks>
/// <param name="CustomerId">The customer's id as in the shop's data.</param>
/// <param name="Day">The calendar date of the purchases (as written, no time-zone conversion).</param>
/// <param name="Amount">The day's purchases summed, in the amount basis of the analysis.</param>
public readonly record struct CustomerPurchaseDay(string CustomerId, DateOnly Day, decimal Amount);
