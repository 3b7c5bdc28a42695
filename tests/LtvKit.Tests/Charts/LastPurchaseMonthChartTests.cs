using LtvKit.Charts;
using LtvKit.Segments;

namespace LtvKit.Tests.Charts;

public class LastPurchaseMonthChartTests
{
    [Fact]
    public void Chart_ChurnLine_IsAtAsOfMinusChurnDays()
    {
        // As of 2024-12-31 with churn at 240 days: the line is at 2024-05-05 — a last purchase that day is 240 days old (churned),
        // one on 2024-05-06 is 239 days old (active).
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "1,a,2024-05-05,1000", "2,b,2024-05-06,1000");
        var figure = ChartFigures.Figure(LastPurchaseMonthChart.Chart(shop.Segment()));
        Assert.Equal("2024-05-05", figure.GetProperty("layout").GetProperty("shapes")[0].GetProperty("x0").GetString());
        var bars = figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("y").EnumerateArray().Sum(y => y.GetInt32())).ToList();
        Assert.Equal([1, 1], bars); // one active, one churned
    }

    [Fact]
    public void ChurnNote_NamesTheThreshold() =>
        Assert.Equal(("← 離脱（240日以上） ", "← churned (240+ days) "),
            (LastPurchaseMonthChart.ChurnNote(SegmentThresholds.DefaultChurnDays, LabelLanguage.Japanese), LastPurchaseMonthChart.ChurnNote(240, LabelLanguage.English)));
}
