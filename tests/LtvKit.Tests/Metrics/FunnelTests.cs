using LtvKit.Customers;
using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>The F1→F5 funnel (METRICS.md §4): reach(n) = customers with purchaseDays ≥ n, the last step "5 or more".</summary>
public class FunnelTests
{
    private static Customer WithDays(int purchaseDays) =>
        new("c" + purchaseDays, purchaseDays, purchaseDays, 1000m * purchaseDays, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1).AddDays(purchaseDays - 1),
            purchaseDays - 1, 0, purchaseDays > 1 ? 1 : null, "", "");

    [Fact]
    public void Of_FourPurchaseDays_BelowTheLastStep_ReachesF4()
    {
        Assert.Equal([1L, 1, 1, 1, 0], Funnel.Of([WithDays(4)]).Reach);
    }

    [Fact]
    public void Of_FivePurchaseDays_OnTheLastStep_ReachesF5()
    {
        Assert.Equal([1L, 1, 1, 1, 1], Funnel.Of([WithDays(5)]).Reach);
    }

    [Fact]
    public void Of_SixPurchaseDays_AboveTheLastStep_CountsInF5AsFiveOrMore()
    {
        Assert.Equal([1L, 1, 1, 1, 1], Funnel.Of([WithDays(6)]).Reach);
        Assert.Equal(Funnel.Steps, Funnel.Of([WithDays(6)]).Reach.Count);
    }

    [Fact]
    public void Conversion_IsReachOfTheNextStepOverThisOne()
    {
        // Days 1, 2, 4, 5, 6 → reach 5, 4, 3, 3, 2; conversions 4/5, 3/4, 3/3, 2/3.
        var funnel = Funnel.Of([WithDays(1), WithDays(2), WithDays(4), WithDays(5), WithDays(6)]);
        Assert.Equal([5L, 4, 3, 3, 2], funnel.Reach);
        Assert.Equal([new Rate(4, 5), new Rate(3, 4), new Rate(3, 3), new Rate(2, 3)], Enumerable.Range(1, 4).Select(funnel.Conversion));
    }

    [Fact]
    public void Of_Table_CountsPurchaseDaysNotOrders()
    {
        // Two orders on one day and one on another: 3 orders, 2 purchase days → F1 and F2 only; the list path agrees.
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "1,C,2024-06-01,1000", "2,C,2024-06-01,1000", "3,C,2024-07-01,1000");
        Assert.Equal([1L, 1, 0, 0, 0], Funnel.Of(shop.Customers).Reach);
        Assert.Equal(Funnel.Of(shop.Customers).Reach, Funnel.Of([.. shop.Customers]).Reach);
    }

    [Fact]
    public void ByFirstOrderKind_SplitsByTheFirstPurchasesKind()
    {
        // a starts on 通常 then subscribes (stays in the 通常 funnel); b starts on 定期 with 5 deliveries.
        var csv = """
            注文ID,顧客ID,注文日,商品名,金額,定期区分
            1,a,2024-01-01,美容液,3000,通常
            2,a,2024-02-01,美容液,3000,定期
            3,b,2024-01-01,美容液,3000,定期
            4,b,2024-02-01,美容液,3000,定期
            5,b,2024-03-01,美容液,3000,定期
            6,b,2024-04-01,美容液,3000,定期
            7,b,2024-05-01,美容液,3000,定期
            """;
        var (regular, recurring) = Funnel.ByFirstOrderKind(TestShop.Load(csv).Customers);
        Assert.Equal([1L, 1, 0, 0, 0], regular.Reach);
        Assert.Equal([1L, 1, 1, 1, 1], recurring.Reach);
    }
}
