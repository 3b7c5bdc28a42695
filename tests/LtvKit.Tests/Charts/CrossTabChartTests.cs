using LtvKit.Charts;
using LtvKit.Segments;

namespace LtvKit.Tests.Charts;

public class CrossTabChartTests
{
    [Fact]
    public void Chart_HorizontalActiveAndChurnedBars_AddUpToTheCells()
    {
        var segmentation = ChartFigures.Shop.Value.Segment();
        var traces = ChartFigures.Figure(CrossTabChart.Chart(segmentation)).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, traces.Count);
        var drawn = traces.Sum(t => t.GetProperty("x").EnumerateArray().Sum(x => x.GetInt64()));
        Assert.Equal(segmentation.Cells.Sum(c => (long)c.Customers), drawn);
        Assert.Equal(segmentation.Cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => (long)c.Customers),
            traces[1].GetProperty("x").EnumerateArray().Sum(x => x.GetInt64()));
    }
}
