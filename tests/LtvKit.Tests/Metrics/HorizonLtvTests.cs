using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>
/// H か月LTV (METRICS.md §4): mean revenue in [firstPurchase, firstPurchase + days) over customers whose
/// firstPurchase ≤ asOf − days. As of 2025-12-31 the 12-month horizon (365 days) admits first purchases up to 2024-12-31.
/// </summary>
public class HorizonLtvTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static HorizonLtv Twelve(params string[] rows) => HorizonLtv.Of(TestShop.Orders(AsOf, rows).Customers, 12);

    [Fact]
    public void IsEligible_FirstPurchaseDayBeforeAsOfMinusHorizon_IsEligible()
    {
        // 2024-12-30 ≤ 2024-12-31: 1 eligible, ¥1,000.
        var ltv = Twelve("1,C,2024-12-30,1000");
        Assert.Equal((1L, 1_000m), (ltv.Eligible, ltv.Revenue));
    }

    [Fact]
    public void IsEligible_FirstPurchaseOnAsOfMinusHorizon_IsEligible()
    {
        // 2025-12-31 − 365 = 2024-12-31: the customer has had exactly 365 days (2024-12-31 … 2025-12-30).
        var ltv = Twelve("1,C,2024-12-31,1000");
        Assert.Equal((1L, 1_000m), (ltv.Eligible, ltv.Revenue));
    }

    [Fact]
    public void IsEligible_FirstPurchaseDayAfterAsOfMinusHorizon_IsNotEligible()
    {
        // 2025-01-01 > 2024-12-31: 364 days so far; not counted, the value is null.
        var ltv = Twelve("1,C,2025-01-01,1000");
        Assert.Equal((0L, 0m), (ltv.Eligible, ltv.Revenue));
        Assert.Null(ltv.Value);
    }

    [Theory]
    [InlineData(364, 1_100)] // last day of [first, first + 365): counted
    [InlineData(365, 1_000)] // first + 365 is the first day after the window: not counted
    [InlineData(366, 1_000)] // after it
    public void RevenueWithin_OrderAroundTheHorizonsEnd(int day, int revenue)
    {
        // First purchase 2024-01-01 ¥1,000, a second order of ¥100 on day 364 / 365 / 366.
        var first = new DateOnly(2024, 1, 1);
        var ltv = Twelve($"1,C,{first:yyyy-MM-dd},1000", $"2,C,{first.AddDays(day):yyyy-MM-dd},100");
        Assert.Equal((1L, (decimal)revenue), (ltv.Eligible, ltv.Revenue));
    }

    [Fact]
    public void RevenueWithin_ReturnInTheWindow_Nets()
    {
        // ¥5,000 on 2024-01-01, a ¥−2,000 return on 2024-06-01 (in the window), ¥9,000 on 2025-06-01 (day 517, outside).
        var ltv = Twelve("1,C,2024-01-01,5000", "2,C,2024-06-01,-2000,返品", "3,C,2025-06-01,9000");
        Assert.Equal(3_000m, ltv.Value);
    }

    [Fact]
    public void Of_TwentyFourMonths_AdmitsFirstPurchasesUpTo730DaysBefore()
    {
        // 2025-12-31 − 730 = 2024-01-01 (2024 is a leap year): a on 2023-12-31 and b on 2024-01-01 are eligible, c on 2024-01-02 is not.
        var shop = TestShop.Orders(AsOf, "1,a,2023-12-31,1000", "2,b,2024-01-01,2000", "3,c,2024-01-02,4000");
        var ltv = HorizonLtv.Of(shop.Customers, 24);
        Assert.Equal((24, 730, 2L, 1_500m), (ltv.Months, ltv.Days, ltv.Eligible, ltv.Value!.Value));
    }

    [Theory]
    [InlineData(12, 365)]
    [InlineData(24, 730)]
    [InlineData(6, 182)] // 182.5 rounded down
    [InlineData(1, 30)]  // 30.4 rounded down
    public void DaysIn_MonthsTimes365Over12_RoundedDown(int months, int days) => Assert.Equal(days, HorizonLtv.DaysIn(months));

    [Fact]
    public void Of_SomeCustomers_IsTheHorizonOfThoseOnly()
    {
        var shop = TestShop.Orders(AsOf, "1,a,2024-01-01,1000", "2,b,2024-01-01,3000");
        var ltv = HorizonLtv.Of(shop.Customers, shop.Customers.Where(c => c.Id == "b"), 12, 365);
        Assert.Equal((1L, 3_000m), (ltv.Eligible, ltv.Revenue));
    }
}
