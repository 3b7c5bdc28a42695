using LtvKit.Charts;

namespace LtvKit.Tests.Charts;

public class FunnelChartTests
{
    [Fact]
    public void FunnelChart_CarriesTheReach()
    {
        var kpis = ChartFigures.Shop.Value.Kpis();
        var funnel = ChartFigures.Figure(FunnelChart.Chart(kpis.Funnel)).GetProperty("data")[0];
        Assert.Equal(kpis.Funnel.Reach, funnel.GetProperty("x").EnumerateArray().Select(x => x.GetInt64()));
        Assert.Equal(["F1", "F2", "F3", "F4", "F5+"], funnel.GetProperty("y").EnumerateArray().Select(y => y.GetString()!));
    }
}
