using LtvKit.Customers;

namespace LtvKit.Tests.Customers;

public class CustomerTests
{
    [Fact]
    public void TenureMonths_IsTenureDaysOver30_Aov_IsRevenueOverPurchases()
    {
        // Seed 001: 継続月数 = (最新注文日 − 初回注文日) ÷ 30; 152 days → 5.07 months. ¥20,000 ÷ 3 purchases.
        var c = TestShop.Orders(new DateOnly(2024, 12, 31), "1,C,2024-01-01,10000", "2,C,2024-01-21,5000", "3,C,2024-06-01,5000").Customers[0];
        Assert.Equal((152, 152 / 30.0), (c.TenureDays, c.TenureMonths));
        Assert.Equal(20_000m / 3, c.Aov);
        Assert.Equal(30, Periods.DaysPerTenureMonth);
    }
}
