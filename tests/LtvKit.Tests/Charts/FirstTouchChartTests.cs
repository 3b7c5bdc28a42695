using LtvKit.Charts;
using LtvKit.Metrics;
using LtvKit.Tests.Report;

namespace LtvKit.Tests.Charts;

public class FirstTouchChartTests
{
    [Fact]
    public void FirstTouchChart_ShowsNamesAsWritten_NotAsMarkup()
    {
        var shop = ReportFixtures.Hostile();
        var figure = ChartFigures.Figure(FirstTouchChart.Chart(shop.Kpis().ByFirstProduct, FirstTouchKind.Product));
        var labels = figure.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", labels);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;", labels);
        Assert.Contains("A&amp;B \"set\"", labels);
    }
}
