using LtvKit.Customers;

namespace LtvKit.Tests.Customers;

public class PurchaseDaysTests
{
    [Fact]
    public void PurchaseDays_SameDayOrdersSummed_ReturnOnlyDaysSkipped()
    {
        // 1/1 ¥1,000 + ¥500 (one day, ¥1,500) · 1/5 a −¥300 return (no purchase day) · 1/9 ¥2,000.
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "1,C,2024-01-01,1000", "2,C,2024-01-01,500", "3,C,2024-01-05,-300,返品", "4,C,2024-01-09,2000");
        var days = new List<(DateOnly, decimal)>();
        foreach (var day in new PurchaseDays(shop.Customers.History.OrdersOf(0)))
            days.Add(day);
        Assert.Equal([(new DateOnly(2024, 1, 1), 1_500m), (new DateOnly(2024, 1, 9), 2_000m)], days);
    }
}
