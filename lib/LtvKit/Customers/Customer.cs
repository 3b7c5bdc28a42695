using System.Globalization;

namespace LtvKit.Customers;

/// <summary>One row of the customer table (顧客単位集計, seed 001): a customer with at least one purchase.</summary>
/// <remarks>
/// Counts are of purchases; <see cref="PurchaseDays"/> counts distinct calendar days with a purchase, so two
/// orders on one day are two <see cref="Purchases"/> but one purchase day — a forgotten item is not a return
/// visit. Tenure, recency, days-to-second and the segments are all in purchase days.
/// </remarks>
/// <param name="Id">顧客ID, as written in the orders file.</param>
/// <param name="Purchases">購入回数: number of purchases (non-cancelled orders with a net amount &gt; 0).</param>
/// <param name="PurchaseDays">購入日数: number of distinct purchase days.</param>
/// <param name="Revenue">累計購入金額 (顧客別LTV): net sum of all the customer's non-cancelled orders, returns included.</param>
/// <param name="FirstPurchase">初回購入日.</param>
/// <param name="LastPurchase">最終購入日.</param>
/// <param name="TenureDays">在籍期間: LastPurchase − FirstPurchase, in days (seed 000).</param>
/// <param name="RecencyDays">最終購入からの経過日数: as-of date − LastPurchase, in days.</param>
/// <param name="DaysToSecond">2回目購入までの日数: first purchase day after FirstPurchase, minus FirstPurchase; null if none (seed 002).</param>
/// <param name="FirstChannel">初回チャネル: the channel of the first purchase.</param>
/// <param name="FirstProduct">初回商品: the product of the largest line of the first purchase.</param>
public sealed record Customer(
    string Id,
    int Purchases,
    int PurchaseDays,
    decimal Revenue,
    DateOnly FirstPurchase,
    DateOnly LastPurchase,
    int TenureDays,
    int RecencyDays,
    int? DaysToSecond,
    string FirstChannel,
    string FirstProduct) : ICustomerMeasures
{
    /// <summary>継続月数: tenure in days ÷ 30 (seed 001, <see cref="Periods.DaysPerTenureMonth"/>).</summary>
    public double TenureMonths => TenureDays / (double)Periods.DaysPerTenureMonth;

    /// <summary>平均注文単価: revenue ÷ purchases.</summary>
    public decimal Aov => Revenue / Purchases;

    /// <summary>Index of this customer in <see cref="OrderHistory"/>.</summary>
    internal int Index { get; init; }

    int ICustomerMeasures.Index => Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Id}: {Purchases} purchases on {PurchaseDays} days, ¥{Revenue:N0}, {FirstPurchase:yyyy-MM-dd} → {LastPurchase:yyyy-MM-dd}");
}
