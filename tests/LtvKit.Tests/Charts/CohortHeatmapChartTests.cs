using System.Text.Json;
using LtvKit.Charts;
using LtvKit.Metrics;

namespace LtvKit.Tests.Charts;

public class CohortHeatmapChartTests
{
    [Fact]
    public void Chart_IncompleteMonth_IsAGapNotZero()
    {
        // Cohort 2024-01 (a, who comes back in February) as of 2024-03-15: month 1 complete (100%), month 2 still running (null).
        var shop = TestShop.Orders(new DateOnly(2024, 3, 15), "1,a,2024-01-05,1000", "2,a,2024-02-10,1000");
        var trace = ChartFigures.Figure(CohortHeatmapChart.Chart(MonthlyCohort.Of(shop.Customers))).GetProperty("data")[0];
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        var z = trace.GetProperty("z")[0];
        Assert.Equal(1.0, z[0].GetDouble());
        Assert.Equal(JsonValueKind.Null, z[1].ValueKind);
        Assert.Equal("2024-01 (1)", trace.GetProperty("y")[0].GetString());
    }
}
