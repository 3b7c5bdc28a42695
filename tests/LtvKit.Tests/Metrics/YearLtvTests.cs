using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>ざっくりLTV and 通販LTV over "the 365 days ending on asOf" = asOf − 364 … asOf (METRICS.md §2).
/// As of 2025-12-31 that is 2025-01-01 … 2025-12-31.</summary>
public class YearLtvTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static YearLtv Of(params string[] rows) => YearLtv.Of(TestShop.Orders(AsOf, rows).Customers.History);

    [Fact]
    public void Of_Window_IsAsOfMinus364ThroughAsOf()
    {
        var year = Of("1,C,2025-06-01,1000");
        Assert.Equal((new DateOnly(2025, 1, 1), AsOf), (year.From, year.To));
    }

    [Fact]
    public void Of_OrderTheDayBeforeTheWindow_IsOutside()
    {
        // 2024-12-31 = asOf − 365: not in the window; nobody bought in it.
        var year = Of("1,C,2024-12-31,1000");
        Assert.Equal((0m, 0L, 0L), (year.Revenue, year.Customers, year.Purchases));
        Assert.Null(year.ApproximateLtv);
        Assert.Null(year.FormulaLtv);
    }

    [Fact]
    public void Of_OrderOnTheWindowsFirstDay_IsInside()
    {
        // 2025-01-01 = asOf − 364.
        var year = Of("1,C,2025-01-01,1000");
        Assert.Equal((1_000m, 1L, 1L), (year.Revenue, year.Customers, year.Purchases));
    }

    [Fact]
    public void Of_OrderOnTheWindowsSecondDay_IsInside()
    {
        // 2025-01-02 = asOf − 363.
        var year = Of("1,C,2025-01-02,1000");
        Assert.Equal((1_000m, 1L, 1L), (year.Revenue, year.Customers, year.Purchases));
    }

    [Fact]
    public void Of_OrderOnTheAsOfDate_IsInside()
    {
        var year = Of("1,C,2025-12-31,1000");
        Assert.Equal((1_000m, 1L), (year.Revenue, year.Customers));
    }

    [Fact]
    public void Of_ReturnInTheWindowOfAnEarlierPurchase_CountsInRevenueNotInCustomers()
    {
        // a: ¥10,000 on 2024-12-31 (outside) and a −¥4,000 return on 2025-01-01 (inside): revenue −¥4,000, no purchase.
        // b: ¥6,000 + ¥2,000 on two days inside: 2 purchases.
        // Revenue ¥4,000, 1 customer, 2 purchases → ざっくりLTV ¥4,000; AOV ¥2,000 × 2 purchases per customer = ¥4,000.
        var year = Of("1,a,2024-12-31,10000", "2,a,2025-01-01,-4000,返品", "3,b,2025-03-01,6000", "4,b,2025-04-01,2000");
        Assert.Equal((4_000m, 1L, 2L), (year.Revenue, year.Customers, year.Purchases));
        Assert.Equal(4_000m, year.ApproximateLtv);
        Assert.Equal(2_000m, year.AverageOrderValue);
        Assert.Equal(2.0, year.PurchasesPerCustomer);
        Assert.Equal(4_000m, year.FormulaLtv);
    }

    [Fact]
    public void FormulaLtv_TwoYears_IsTwiceTheApproximateLtv()
    {
        var year = YearLtv.Of(TestShop.Orders(AsOf, "1,C,2025-06-01,3000").Customers.History, years: 2);
        Assert.Equal((3_000m, 6_000m), (year.ApproximateLtv!.Value, year.FormulaLtv!.Value));
    }
}
