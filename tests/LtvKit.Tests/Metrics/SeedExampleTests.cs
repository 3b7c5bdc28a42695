using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>The worked examples of seed 004, reproduced.</summary>
public class SeedExampleTests
{
    [Fact]
    public void ApproximateLtv_150MillionYenOver10000Customers_Is15000Yen()
    {
        var year = new YearLtv(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 150_000_000m, 10_000, 25_000, 1);
        Assert.Equal(15_000m, year.ApproximateLtv);
        Assert.Equal(year.ApproximateLtv, year.FormulaLtv);
    }

    [Fact]
    public void ApproximateLtv_FromOrders_10000CustomersBuying150MillionYen()
    {
        // 10,000 customers; half buy ¥10,000 once, half buy ¥10,000 twice: ¥150,000,000 in the year.
        var rows = new List<string>();
        for (var i = 0; i < 10_000; i++)
        {
            rows.Add($"A{i},C{i},2024-03-01,10000");
            if (i % 2 == 0)
                rows.Add($"B{i},C{i},2024-09-01,10000");
        }
        var kpis = TestShop.Orders(new DateOnly(2024, 12, 31), [.. rows]).Kpis();
        Assert.Equal(150_000_000m, kpis.Year.Revenue);
        Assert.Equal(15_000m, kpis.Year.ApproximateLtv);
    }

    [Fact]
    public void RepeaterRatio_700RepeatersOf1000Buyers_Is70Percent() =>
        Assert.Equal(0.7, new MonthlyRepeat(new DateOnly(2024, 5, 1), 1000, 700, 5000).RepeaterRatio.Value);

    [Fact]
    public void LocalRepeatRate_70RepeatersOf700Customers_Is10Percent() =>
        Assert.Equal(0.1, new MonthlyRepeat(new DateOnly(2024, 5, 1), 70, 70, 700).LocalRepeatRate.Value);

    [Fact]
    public void Monthly_FromOrders_TheSeedsNumbers()
    {
        // April: 700 first-time buyers. May: all 700 come back and 300 new customers buy → 700 ÷ 1,000.
        var rows = new List<string>();
        for (var i = 0; i < 700; i++)
            rows.Add($"A{i},C{i},2024-04-10,1000");
        for (var i = 0; i < 700; i++)
            rows.Add($"B{i},C{i},2024-05-10,1000");
        for (var i = 700; i < 1000; i++)
            rows.Add($"B{i},C{i},2024-05-11,1000");
        var may = TestShop.Orders(new DateOnly(2024, 5, 31), [.. rows]).Kpis().Monthly.Single(m => m.Month.Month == 5);
        Assert.Equal(new Rate(700, 1000), may.RepeaterRatio);

        // April: 700 first-time buyers. May: 70 of them come back, nobody new → 70 ÷ 700.
        var local = new List<string>();
        for (var i = 0; i < 700; i++)
            local.Add($"A{i},C{i},2024-04-10,1000");
        for (var i = 0; i < 70; i++)
            local.Add($"B{i},C{i},2024-05-10,1000");
        var mayLocal = TestShop.Orders(new DateOnly(2024, 5, 31), [.. local]).Kpis().Monthly.Single(m => m.Month.Month == 5);
        Assert.Equal(new Rate(70, 700), mayLocal.LocalRepeatRate);
    }
}
