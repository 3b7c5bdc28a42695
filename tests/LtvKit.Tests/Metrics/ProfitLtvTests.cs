using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>
/// 採算ライン: the smallest n whose average cumulative gross profit ≥ CPO. One customer, ¥10,000 on 2023-01-01 and
/// ¥6,000 on 2023-02-01, margin 50%: gross profit ¥5,000 after purchase day 1 and ¥8,000 after day 2.
/// </summary>
public class ProfitLtvTests
{
    private static ProfitLtv Of(decimal cpo, decimal retention = 0)
    {
        var customers = TestShop.Orders(new DateOnly(2024, 12, 31), "1,C,2023-01-01,10000", "2,C,2023-02-01,6000").Customers;
        return ProfitLtv.Of(customers, HorizonLtv.Of(customers, 12), new Costs(0.5, cpo, retention));
    }

    [Fact]
    public void BreakEvenPurchase_CpoJustBelowTheSecondDaysProfit_IsTwo() => Assert.Equal(2, Of(7_999m).BreakEvenPurchase);

    [Fact]
    public void BreakEvenPurchase_CpoEqualToTheSecondDaysProfit_IsTwo() => Assert.Equal(2, Of(8_000m).BreakEvenPurchase);

    [Fact]
    public void BreakEvenPurchase_CpoAboveEveryDaysProfit_IsNull() => Assert.Null(Of(8_001m).BreakEvenPurchase);

    [Fact]
    public void BreakEvenPurchase_CpoEqualToTheFirstDaysProfit_IsOne() => Assert.Equal(1, Of(5_000m).BreakEvenPurchase);

    [Fact]
    public void Value_IsTwelveMonthLtvTimesMarginMinusCpoAndRetention()
    {
        // 12-month LTV ¥16,000 × 50% = ¥8,000; − CPO ¥4,000 − retention ¥1,000 = ¥3,000; LTV ÷ CPO = 8,000 ÷ 4,000 = 2.
        var profit = Of(4_000m, 1_000m);
        Assert.Equal((3_000m, 2.0), (profit.Value!.Value, profit.LtvToCpo!.Value));
        Assert.Equal([5_000m, 8_000m], profit.GrossProfitByPurchase);
    }

    [Fact]
    public void LtvToCpo_ZeroCpo_IsNull() => Assert.Null(Of(0m).LtvToCpo);
}
