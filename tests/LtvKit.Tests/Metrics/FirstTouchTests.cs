using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class FirstTouchTests
{
    [Fact]
    public void FirstTouch_ByChannelAndProduct_SortedByCustomers()
    {
        var csv = """
            注文ID,顧客ID,注文日,商品名,金額,チャネル
            1,a,2024-01-01,お試し,1000,Instagram
            2,a,2024-01-15,定期便,5000,LINE
            3,b,2024-01-02,お試し,1000,Instagram
            4,c,2024-01-03,美容液,8000,Google
            5,d,2024-06-03,お試し,1000,Google
            6,e,2024-06-04,美容液,8000,Google
            """;
        var kpis = TestShop.Load(csv).Kpis();
        Assert.Equal(["Google", "Instagram"], kpis.ByFirstChannel.Select(r => r.Value));
        var instagram = kpis.ByFirstChannel[1];
        Assert.Equal((2L, new Rate(1, 2), new Rate(1, 2), 3500m), (instagram.Customers, instagram.RepeatRate, instagram.F2Rate, instagram.AverageLtv));
        Assert.Equal(["お試し", "美容液"], kpis.ByFirstProduct.Select(r => r.Value));
        Assert.Equal(3, kpis.ByFirstProduct[0].Customers);
    }

    [Fact]
    public void FirstTouch_BothKindsInOnePass_AreEachKindAlone()
    {
        var shop = Shop.Load(Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv"));
        var both = FirstTouch.Of(shop.Customers, [FirstTouchKind.Channel, FirstTouchKind.Product], 30);
        Assert.Equal(FirstTouch.Of(shop.Customers, FirstTouchKind.Channel, 30), both[0]);
        Assert.Equal(FirstTouch.Of(shop.Customers, FirstTouchKind.Product, 30), both[1]);
        Assert.True(both[1].Count > 1);
    }
}
