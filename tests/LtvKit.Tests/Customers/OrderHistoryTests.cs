namespace LtvKit.Tests.Customers;

public class OrderHistoryTests
{
    private static readonly Shop Shop = TestShop.Orders(new DateOnly(2024, 12, 31),
        "1,a,2024-01-01,1000", "2,a,2024-06-30,2000", "3,a,2024-07-01,4000", "4,b,2024-07-01,8000");

    [Fact]
    public void AsOfEarlier_KeepsOrdersUpToAndIncludingTheEarlierDate()
    {
        // Before / on / after 2024-06-30: a keeps 1/1 and 6/30 (¥3,000), not 7/1; b keeps nothing.
        var earlier = Shop.Customers.History.AsOfEarlier(new DateOnly(2024, 6, 30));
        Assert.Equal(new DateOnly(2024, 6, 30), earlier.AsOf);
        Assert.Equal(2, earlier.OrdersOf(0).Length);
        Assert.Equal(0, earlier.OrdersOf(1).Length);
        Assert.Equal(3_000m, earlier.TotalAmount);
    }

    [Fact]
    public void AsOfEarlier_AfterTheAsOfDate_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Shop.Customers.History.AsOfEarlier(new DateOnly(2025, 1, 1)));

    [Fact]
    public void TotalAmount_IsEveryUsedRowsAmount() => Assert.Equal(15_000m, Shop.Customers.History.TotalAmount);
}
