using LtvKit.Charts;
using LtvKit.Metrics;

namespace LtvKit.Tests.Charts;

public class DecileChartTests
{
    [Fact]
    public void Chart_OneBarPerDecile_WithItsShareOfRevenue()
    {
        var deciles = RevenueDecile.Of(ChartFigures.Shop.Value.Customers);
        var bars = ChartFigures.Figure(DecileChart.Chart(deciles)).GetProperty("data")[0];
        Assert.Equal(RevenueDecile.Count, bars.GetProperty("x").GetArrayLength());
        Assert.Equal("デシル1", bars.GetProperty("x")[0].GetString());
        Assert.Equal(deciles.Select(d => d.RevenueShare), bars.GetProperty("y").EnumerateArray().Select(y => (double?)y.GetDouble()));
    }
}
