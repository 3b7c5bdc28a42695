using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class CurveAndBreakdownTests
{
    [Fact]
    public void ReturnCurve_HandComputed()
    {
        // Purchases on day 0 and day 100; as-of day 600.
        //  event day 0:   next purchase after 100 days; observed 600 days → at risk for g = 0…99, returned for all of them.
        //  event day 100: no next purchase; observed 500 days → at risk for g = 0…135, never returned.
        var start = new DateOnly(2023, 1, 1);
        var shop = TestShop.Orders(start.AddDays(600), $"A,C,{start:yyyy-MM-dd},1000", $"B,C,{start.AddDays(100):yyyy-MM-dd},1000");
        var curve = ReturnCurve.Of(shop.Customers);
        Assert.Equal(new Rate(1, 2), curve.At(0));
        Assert.Equal(new Rate(1, 2), curve.At(99));
        Assert.Equal(new Rate(0, 1), curve.At(100));
        Assert.Equal(new Rate(0, 1), curve.At(135));
        Assert.Equal(new Rate(0, 0), curve.At(136));
        Assert.Null(curve.At(730).Value);
    }

    [Fact]
    public void ReturnCurve_ReturnMoreThanAYearAfterTheSilenceStarts_CountsOnlyOnceTheGapIsLongEnough()
    {
        // Purchases on day 0 and day 400; as-of day 1200: returned only for g ≥ 400 − 365 = 35, at risk g = 0…399.
        var start = new DateOnly(2022, 1, 1);
        var shop = TestShop.Orders(start.AddDays(1200), $"A,C,{start:yyyy-MM-dd},1000", $"B,C,{start.AddDays(400):yyyy-MM-dd},1000");
        var curve = ReturnCurve.Of(shop.Customers);
        Assert.Equal(0, curve.Returned[34]);
        Assert.Equal(1, curve.Returned[35]);
        Assert.Equal(1, curve.Returned[399]);
        Assert.Equal(0, curve.Returned[400]);
    }

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
    public void Nps_PromotersMinusDetractors_OverallAndPerGroup()
    {
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "A,C1,2024-12-01,1000", "B,C2,2024-12-01,1000", "C,C2,2024-12-20,1000");
        var answers = new LtvKit.Ingest.SurveyAnswer[] { new("C1", 10), new("C1", 6), new("C2", 9), new("X", 7) };
        var nps = Nps.Of(answers, shop.Segment());
        var all = nps.Single(n => n.Group == "All");
        Assert.Equal((4L, 2L, 1L), (all.Respondents, all.Promoters, all.Detractors));
        Assert.Equal(25.0, all.Score);
        Assert.Equal(0.0, nps.Single(n => n.Group == "FirstTimer").Score);
        Assert.Equal(100.0, nps.Single(n => n.Group == "Fledgling").Score);
        Assert.Null(nps.Single(n => n.Group == "Loyal").Score);
    }

    [Fact]
    public void Median_EvenCountIsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(2.5, Stats.Median([4, 1, 3, 2]));
        Assert.Equal(3.0, Stats.Median([5, 1, 3]));
        Assert.Null(Stats.Median([]));
    }

    [Fact]
    public void Rate_ZeroDenominator_IsNullNotNaN()
    {
        Assert.Null(new Rate(0, 0).Value);
        Assert.Equal("– (0 of 0)", new Rate(0, 0).ToString());
        Assert.Equal("31.2% (736 of 2,357)", new Rate(736, 2357).ToString());
    }

    [Fact]
    public void MetricOptions_DefaultsArePinned()
    {
        Assert.Equal(new MetricOptions(30, 1, null), MetricOptions.Default);
        Assert.Equal(0.20, MetricOptions.F2Target);
        Assert.Equal([(12, 365), (24, 730)], MetricOptions.Horizons);
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
