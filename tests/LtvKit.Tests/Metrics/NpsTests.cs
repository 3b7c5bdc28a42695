using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class NpsTests
{
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
}
