using System.Globalization;

namespace LtvKit.Metrics;

/// <summary>The new customers of one first channel × first product, month by month against what they cost.</summary>
/// <param name="Channel">初回チャネル.</param>
/// <param name="Product">初回商品.</param>
/// <param name="Customers">Customers of the group.</param>
/// <param name="Observed">For k = 0, 1, …: customers of the group whose month k after the first purchase month is complete.</param>
/// <param name="GrossProfitPerCustomer">For each k: the observed customers' gross profit of months 0 … k (gross margin × net
/// revenue) ÷ their number.</param>
/// <param name="CpoPerCustomer">For each k: the same customers' acquisition cost ÷ their number.</param>
/// <param name="PaybackMonth">The first k at which gross profit per customer reaches the CPO per customer; null when it does
/// not within the data ("not yet").</param>
public sealed record PaybackGroup(string Channel, string Product, long Customers, IReadOnlyList<long> Observed,
    IReadOnlyList<decimal> GrossProfitPerCustomer, IReadOnlyList<decimal> CpoPerCustomer, int? PaybackMonth)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Channel} × {Product}: {Customers:N0} customers, payback {(PaybackMonth is { } k ? $"in month {k}" : "not yet")}");
}
