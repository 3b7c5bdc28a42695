using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>
/// F2転換率 with W = 30 (METRICS.md §4): eligible when firstPurchase ≤ asOf − W, converted when daysToSecond ≤ W.
/// Every boundary is tested before / on / after: the second purchase day at W − 1, W and W + 1 days, and the first
/// purchase at asOf − W − 1, asOf − W and asOf − W + 1.
/// </summary>
public class F2ConversionTests
{
    private const int W = MetricOptions.DefaultF2WindowDays;

    private static readonly DateOnly AsOf = new(2024, 12, 31);

    /// <summary>One customer buying on each of <paramref name="days"/>, as of <see cref="AsOf"/>, measured both over the
    /// table and over a plain list of customers (the two paths of <see cref="F2Conversion.Of"/>), which must agree.</summary>
    private static F2Conversion Of(params DateOnly[] days)
    {
        var shop = TestShop.Orders(AsOf, [.. days.Select((d, i) => $"O{i},C,{d:yyyy-MM-dd},1000")]);
        var overTable = F2Conversion.Of(shop.Customers, AsOf, W);
        Assert.Equal(overTable, F2Conversion.Of([.. shop.Customers], AsOf, W));
        return overTable;
    }

    private static readonly DateOnly First = new(2024, 6, 1);

    [Fact]
    public void IsConverted_SecondPurchaseDayBeforeLastDayOfWindow_Counts()
    {
        // 2024-06-01 → 2024-06-30: 29 days ≤ 30. Eligible (6/1 ≤ 12/1), converted: 1 of 1.
        var f2 = Of(First, First.AddDays(W - 1));
        Assert.Equal((1L, 1L), (f2.Eligible, f2.Converted));
        Assert.Equal(29.0, f2.MeanDaysToSecond);
    }

    [Fact]
    public void IsConverted_SecondPurchaseOnLastDayOfWindow_Counts()
    {
        // 2024-06-01 → 2024-07-01: 30 days ≤ 30 — "within 30 days" includes day 30.
        var f2 = Of(First, First.AddDays(W));
        Assert.Equal((1L, 1L), (f2.Eligible, f2.Converted));
        Assert.Equal(30.0, f2.MedianDaysToSecond);
    }

    [Fact]
    public void IsConverted_SecondPurchaseDayAfterWindow_DoesNotCount()
    {
        // 2024-06-01 → 2024-07-02: 31 days > 30. Eligible but not converted: 0 of 1; the 31 days still count in the mean.
        var f2 = Of(First, First.AddDays(W + 1));
        Assert.Equal((1L, 0L), (f2.Eligible, f2.Converted));
        Assert.Equal(31.0, f2.MeanDaysToSecond);
    }

    [Fact]
    public void IsConverted_SecondOrderOnTheFirstDay_IsNoSecondPurchaseDay()
    {
        // Two orders on 2024-06-01 are one purchase day (METRICS.md §2, same-day orders): no daysToSecond, not converted.
        var f2 = Of(First, First);
        Assert.Equal((1L, 0L), (f2.Eligible, f2.Converted));
        Assert.Null(f2.MeanDaysToSecond);
    }

    [Fact]
    public void IsEligible_FirstPurchaseDayBeforeAsOfMinusWindow_IsEligible()
    {
        // asOf − W − 1 = 2024-11-30 ≤ 2024-12-01: eligible; no second purchase: 0 of 1.
        var f2 = Of(AsOf.AddDays(-W - 1));
        Assert.Equal((1L, 0L), (f2.Eligible, f2.Converted));
    }

    [Fact]
    public void IsEligible_FirstPurchaseOnAsOfMinusWindow_IsEligible()
    {
        // asOf − W = 2024-12-01: the customer has had exactly the 30 days 12/2 … 12/31, the whole window.
        var f2 = Of(AsOf.AddDays(-W));
        Assert.Equal((1L, 0L), (f2.Eligible, f2.Converted));
    }

    [Fact]
    public void IsEligible_FirstPurchaseDayAfterAsOfMinusWindow_IsNotEligible()
    {
        // asOf − W + 1 = 2024-12-02 > 2024-12-01: only 29 days seen so far; not in the rate: 0 of 0, rate null.
        var f2 = Of(AsOf.AddDays(-W + 1));
        Assert.Equal((0L, 0L), (f2.Eligible, f2.Converted));
        Assert.Null(f2.Rate.Value);
    }

    [Fact]
    public void IsConverted_FirstOnAsOfMinusWindow_SecondOnAsOf_Counts()
    {
        // Both boundaries at once: first 2024-12-01 (eligible, on asOf − W), second 2024-12-31 (day 30, on the window's end).
        var f2 = Of(AsOf.AddDays(-W), AsOf);
        Assert.Equal((1L, 1L), (f2.Eligible, f2.Converted));
    }

    [Fact]
    public void IsConverted_NotEligibleCustomerWithASecondPurchase_IsOnlyInTheDaysToSecond()
    {
        // First 2024-12-02 (not eligible), second 2024-12-12 (10 days): the mean counts it, the rate does not.
        var f2 = Of(AsOf.AddDays(-W + 1), AsOf.AddDays(-W + 11));
        Assert.Equal((0L, 0L), (f2.Eligible, f2.Converted));
        Assert.Equal(10.0, f2.MeanDaysToSecond);
    }

    [Theory]
    [InlineData(44, true)]  // before the end of a 45-day window
    [InlineData(45, true)]  // on it
    [InlineData(46, false)] // after it
    public void Of_WindowIsAParameter_SecondPurchaseAroundDay45(int daysToSecond, bool converted)
    {
        var shop = TestShop.Orders(AsOf, $"1,C,{First:yyyy-MM-dd},1000", $"2,C,{First.AddDays(daysToSecond):yyyy-MM-dd},1000");
        var f2 = F2Conversion.Of(shop.Customers, AsOf, 45);
        Assert.Equal((45, 1L, converted ? 1L : 0L), (f2.WindowDays, f2.Eligible, f2.Converted));
    }
}
