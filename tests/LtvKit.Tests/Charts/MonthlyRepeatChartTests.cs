using LtvKit.Charts;

namespace LtvKit.Tests.Charts;

public class MonthlyRepeatChartTests
{
    [Fact]
    public void Chart_OneBarPerMonth()
    {
        var monthly = ChartFigures.Shop.Value.Kpis().Monthly;
        var traces = ChartFigures.Figure(MonthlyRepeatChart.Chart(monthly)).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["bar", "bar", "scatter"], traces.Select(t => t.GetProperty("type").GetString()));
        Assert.All(traces, t => Assert.Equal(monthly.Count, t.GetProperty("x").GetArrayLength()));
    }
}
