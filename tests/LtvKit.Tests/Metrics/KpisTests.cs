using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Tests.Metrics;

/// <summary>
/// One hand-computed shop, as of 2024-12-31 (the 365-day window is 2024-01-02 … 2024-12-31).
/// Break-even with margin 50% and CPO ¥8,000: after the 1st purchase day the six customers average ¥13,000 of
/// revenue (¥6,500 gross profit, short of the CPO); the three who reach a 2nd day average ¥32,667 (¥16,333) → n = 2.
/// <code>
/// C1  2024-01-01 ¥10,000 · 2024-01-21 ¥5,000 · 2024-06-01 ¥5,000     T=152 M=20,000 R=213 → Steady Active
/// C2  2024-03-01 ¥3,000                                              T=0            R=305 → FirstTimer Churned
/// C3  2024-12-15 ¥8,000                                              T=0            R=16  → FirstTimer Active (not F2-eligible)
/// C4  2023-01-10 ¥50,000 · 2023-03-01 ¥30,000 · 2024-02-01 −¥5,000   T=50 M=75,000  R=671 → Fledgling Churned
/// C5  2024-11-01 ¥4,000 + ¥1,000 (same day)                          T=0            R=60  → FirstTimer Active
/// C6  2022-06-01 ¥2,000 · 2024-07-01 ¥1,000                          T=761 M=3,000  R=183 → Steady Active
/// </code>
/// </summary>
public class KpisTests
{
    private static readonly Shop Shop = TestShop.Orders(new DateOnly(2024, 12, 31),
        "A1,C1,2024-01-01,10000", "A2,C1,2024-01-21,5000", "A3,C1,2024-06-01,5000",
        "B1,C2,2024-03-01,3000",
        "D1,C3,2024-12-15,8000",
        "E1,C4,2023-01-10,50000", "E2,C4,2023-03-01,30000", "E3,C4,2024-02-01,-5000,返品",
        "F1,C5,2024-11-01,4000", "F2,C5,2024-11-01,1000",
        "G1,C6,2022-06-01,2000", "G2,C6,2024-07-01,1000",
        "H1,C7,2025-01-05,1000");

    private static readonly Kpis Kpis = Shop.Kpis(AnalysisConfig.Default with
    {
        Metrics = MetricOptions.Default with { Costs = new Costs(0.5, 8000m, 1000m) },
    });

    [Fact]
    public void Totals()
    {
        Assert.Equal(6, Kpis.Customers);
        Assert.Equal(11, Kpis.Purchases);
        Assert.Equal(114_000m, Kpis.Revenue);
        Assert.Equal(19_000m, Kpis.AverageLtv);
        Assert.Equal(114_000m / 11, Kpis.AverageOrderValue);
        Assert.Equal(1, Kpis.Input.RowsAfterAsOf);
    }

    [Fact]
    public void CustomerFields()
    {
        var c1 = Shop.Customers.Single(c => c.Id == "C1");
        Assert.Equal((3, 3, 20_000m, 152, 213, (int?)20), (c1.Purchases, c1.PurchaseDays, c1.Revenue, c1.TenureDays, c1.RecencyDays, c1.DaysToSecond));
        Assert.Equal(152 / 30.0, c1.TenureMonths);
        var c4 = Shop.Customers.Single(c => c.Id == "C4");
        Assert.Equal((2, 75_000m, 50, 671, (int?)50), (c4.Purchases, c4.Revenue, c4.TenureDays, c4.RecencyDays, c4.DaysToSecond));
        Assert.Equal(37_500m, c4.Aov);
        var c5 = Shop.Customers.Single(c => c.Id == "C5");
        Assert.Equal((2, 1, 0, (int?)null), (c5.Purchases, c5.PurchaseDays, c5.TenureDays, c5.DaysToSecond));
    }

    [Fact]
    public void RepeatRate_CountsPurchaseDays() => Assert.Equal(new Rate(3, 6), Kpis.RepeatRate);

    [Fact]
    public void F2_OnlyCustomersWhoHadTheWholeWindow()
    {
        Assert.Equal(5, Kpis.F2.Eligible);
        Assert.Equal(1, Kpis.F2.Converted);
        Assert.Equal(0.2, Kpis.F2.Rate.Value);
        Assert.Equal(277.0, Kpis.F2.MeanDaysToSecond);
        Assert.Equal(50.0, Kpis.F2.MedianDaysToSecond);
    }

    [Fact]
    public void YearLtv_IsTheLast365DaysEndingOnAsOf_ReturnsIncluded()
    {
        Assert.Equal(new DateOnly(2024, 1, 2), Kpis.Year.From);
        Assert.Equal(22_000m, Kpis.Year.Revenue);
        Assert.Equal(5, Kpis.Year.Customers);
        Assert.Equal(7, Kpis.Year.Purchases);
        Assert.Equal(4_400m, Kpis.Year.ApproximateLtv);
        Assert.Equal(4_400m, decimal.Round(Kpis.Year.FormulaLtv!.Value, 10));
    }

    [Fact]
    public void HorizonLtv_MeanOverCustomersWhoHadTheWholeHorizon()
    {
        // 12 months: first purchase ≤ 2024-12-31 − 365 = 2024-01-01 (a leap year): C1 ¥20,000, C4 ¥80,000 (the return is
        // after its first year), C6 ¥2,000 → ¥102,000 ÷ 3. 24 months: first purchase ≤ 2023-01-01: only C6.
        Assert.Equal((3L, 34_000m), (Kpis.Horizon(12).Eligible, Kpis.Horizon(12).Value!.Value));
        Assert.Equal((1L, 2_000m), (Kpis.Horizon(24).Eligible, Kpis.Horizon(24).Value!.Value));
    }

    [Fact]
    public void ProfitLtv_LtvToCpo_BreakEven()
    {
        var profit = Kpis.Profit!;
        Assert.Equal(34_000m * 0.5m - 8_000m - 1_000m, profit.Value);
        Assert.Equal(2.125, profit.LtvToCpo);
        Assert.Equal(2, profit.BreakEvenPurchase);
        Assert.Equal(6_500m, profit.GrossProfitByPurchase[0]);
        Assert.Equal(98_000m / 3 * 0.5m, profit.GrossProfitByPurchase[1]);
    }

    [Fact]
    public void Segments_AllTenCellsInRuleOrder()
    {
        var cells = Kpis.Segments.Cells.Select(c => (c.Segment, c.Status, c.Customers, c.Revenue)).ToList();
        Assert.Equal(
        [
            ("FirstTimer", CustomerStatus.Active, 2, 13_000m), ("FirstTimer", CustomerStatus.Churned, 1, 3_000m),
            ("Fledgling", CustomerStatus.Active, 0, 0m), ("Fledgling", CustomerStatus.Churned, 1, 75_000m),
            ("Steady", CustomerStatus.Active, 2, 23_000m), ("Steady", CustomerStatus.Churned, 0, 0m),
            ("Trendy", CustomerStatus.Active, 0, 0m), ("Trendy", CustomerStatus.Churned, 0, 0m),
            ("Loyal", CustomerStatus.Active, 0, 0m), ("Loyal", CustomerStatus.Churned, 0, 0m),
        ], cells);
    }

    [Fact]
    public void Funnel_ReachByPurchaseDays()
    {
        Assert.Equal([6L, 3, 1, 0, 0], Kpis.Funnel.Reach);
        Assert.Equal(new Rate(3, 6), Kpis.Funnel.Conversion(1));
        Assert.Null(Kpis.Funnel.Conversion(4).Value);
    }

    [Fact]
    public void Monthly_RepeaterRatioAndLocalRepeatRate()
    {
        var july = Kpis.Monthly.Single(m => m.Month == new DateOnly(2024, 7, 1));
        Assert.Equal((1L, 1L, 4L), (july.Buyers, july.Repeaters, july.CustomersToDate));
        var november = Kpis.Monthly.Single(m => m.Month == new DateOnly(2024, 11, 1));
        Assert.Equal((1L, 0L, 5L), (november.Buyers, november.Repeaters, november.CustomersToDate));
        Assert.Equal(new DateOnly(2022, 6, 1), Kpis.Monthly[0].Month);
        Assert.Equal(new DateOnly(2024, 12, 1), Kpis.Monthly[^1].Month);
        Assert.Equal(31, Kpis.Monthly.Count);
    }

    [Fact]
    public void Reconciliation_UsedAmountsAddUpToRevenue()
    {
        Assert.True(Kpis.Input.Reconciles);
        Assert.Equal(Kpis.Revenue, Shop.Customers.History.TotalAmount);
    }
}
