using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>リピート率 (METRICS.md §4): customers with purchaseDays ≥ 2 ÷ customers. The threshold is 2 purchase days:
/// tested at 1, 2 and 3 days, and with two orders on one day (one purchase day).</summary>
public class RepeatRateTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    /// <summary>Over the table and over a plain list of customers: both paths of <see cref="RepeatRate.Of"/> must agree.</summary>
    private static Rate Of(Shop shop)
    {
        var overTable = RepeatRate.Of(shop.Customers);
        Assert.Equal(overTable, RepeatRate.Of([.. shop.Customers]));
        return overTable;
    }

    [Fact]
    public void IsRepeater_OnePurchaseDay_BelowTheThreshold_IsNot()
    {
        // 1 purchase day < 2: 0 of 1.
        Assert.Equal(new Rate(0, 1), Of(TestShop.Orders(AsOf, "1,C,2024-06-01,1000")));
    }

    [Fact]
    public void IsRepeater_TwoOrdersOnOneDay_OnePurchaseDay_IsNot()
    {
        // Two orders but one purchase day (a forgotten item is not a return visit): 0 of 1.
        Assert.Equal(new Rate(0, 1), Of(TestShop.Orders(AsOf, "1,C,2024-06-01,1000", "2,C,2024-06-01,500")));
    }

    [Fact]
    public void IsRepeater_TwoPurchaseDays_OnTheThreshold_Is()
    {
        // 2 purchase days, one day apart: 1 of 1.
        Assert.Equal(new Rate(1, 1), Of(TestShop.Orders(AsOf, "1,C,2024-06-01,1000", "2,C,2024-06-02,1000")));
    }

    [Fact]
    public void IsRepeater_ThreePurchaseDays_AboveTheThreshold_Is()
    {
        Assert.Equal(new Rate(1, 1), Of(TestShop.Orders(AsOf, "1,C,2024-06-01,1000", "2,C,2024-06-02,1000", "3,C,2024-07-01,1000")));
    }

    [Fact]
    public void Of_MixedShop_IsOneMinusTheFirstTimerShare()
    {
        // a: 1 day · b: 2 orders on 1 day · c: 2 days · d: a purchase and a return on another day (the return is no
        // purchase day) → repeaters c only: 1 of 4 = 1 − 3 of 4 first-timers.
        var shop = TestShop.Orders(AsOf, "1,a,2024-01-01,1000", "2,b,2024-01-01,1000", "3,b,2024-01-01,1000",
            "4,c,2024-01-01,1000", "5,c,2024-03-01,1000", "6,d,2024-01-01,1000", "7,d,2024-02-01,-500");
        Assert.Equal(new Rate(1, 4), Of(shop));
        Assert.Equal(3, shop.Segment().Cells.Where(c => c.Segment == "FirstTimer").Sum(c => c.Customers));
    }

    [Fact]
    public void Of_NoCustomers_IsNullNotNaN() => Assert.Null(RepeatRate.Of([]).Value);
}
