using LtvKit.Charts;
using LtvKit.Segments;

namespace LtvKit.Tests.Charts;

public class SegmentScatterTests
{
    [Fact]
    public void SegmentScatter_PutsEachCustomerInTheTraceOfTheirGroupAndStatus_AndDrawsTheThresholds()
    {
        var segmentation = ChartFigures.Shop.Value.Segment(new SegmentThresholds(60, 300, 50_000m, 180));
        var figure = ChartFigures.Figure(SegmentScatter.Chart(segmentation));
        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        var names = segmentation.Rules.Rules.Select(r => r.Name).ToList();
        for (var g = 0; g < names.Count; g++)
        {
            var churned = segmentation.Cells.First(c => c.Segment == names[g] && c.Status == CustomerStatus.Churned).Customers;
            var active = segmentation.Cells.First(c => c.Segment == names[g] && c.Status == CustomerStatus.Active).Customers;
            Assert.Equal(churned, traces[g].GetProperty("x").GetArrayLength());
            Assert.Equal(active, traces[names.Count + g].GetProperty("x").GetArrayLength());
            Assert.False(traces[g].GetProperty("showlegend").GetBoolean());
            Assert.EndsWith($"({ChartLabels.Count(churned + active)})", traces[names.Count + g].GetProperty("name").GetString(), StringComparison.Ordinal);
        }
        var shapes = figure.GetProperty("layout").GetProperty("shapes").EnumerateArray().ToList();
        Assert.Equal(60, shapes[0].GetProperty("x0").GetDouble());
        Assert.Equal(300, shapes[1].GetProperty("x0").GetDouble());
        Assert.Equal(50_000, shapes[2].GetProperty("y0").GetDouble());
    }

    [Fact]
    public void SegmentScatter_CustomersAboveTheAxis_AreDrawnAtTheTopEdge_AsTriangles_WithTheirTrueRevenue()
    {
        var segmentation = ChartFigures.Shop.Value.Segment(SegmentThresholds.Default);
        var figure = ChartFigures.Figure(SegmentScatter.Chart(segmentation));
        var top = figure.GetProperty("layout").GetProperty("yaxis").GetProperty("range")[1].GetDouble();
        int drawn = 0, triangles = 0;
        double highest = 0;
        foreach (var trace in figure.GetProperty("data").EnumerateArray())
        {
            var y = trace.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ToList();
            var real = trace.GetProperty("customdata").EnumerateArray().Select(v => v.GetDouble()).ToList();
            var symbols = trace.GetProperty("marker").GetProperty("symbol").EnumerateArray().Select(v => v.GetString()!).ToList();
            for (var i = 0; i < y.Count; i++)
            {
                drawn++;
                Assert.True(y[i] <= top, $"{y[i]} above the axis top {top}");
                Assert.Equal(real[i] > top, symbols[i].StartsWith("triangle-up", StringComparison.Ordinal));
                if (real[i] > top)
                {
                    triangles++;
                    highest = Math.Max(highest, real[i]);
                }
            }
        }
        Assert.Equal(segmentation.Customers.Count, drawn);
        var (count, max) = SegmentScatter.AboveTop(segmentation, SegmentScatter.Sample(segmentation.Customers.Count));
        Assert.True(count > 0);
        Assert.Equal(count, triangles);
        Assert.Equal((double)max, highest);
        Assert.Equal((double)segmentation.Customers.Max(c => c.Revenue), highest);
    }

    [Fact]
    public void SegmentScatter_Sample_IsAllOrAFixedDistinctAscendingSample()
    {
        Assert.Equal(Enumerable.Range(0, 10), SegmentScatter.Sample(10, 20));
        var sample = SegmentScatter.Sample(100_000, 500);
        Assert.Equal(500, sample.Count);
        Assert.Equal(500, sample.Distinct().Count());
        Assert.Equal(sample.Order(), sample);
        Assert.All(sample, i => Assert.InRange(i, 0, 99_999));
        Assert.Equal(sample, SegmentScatter.Sample(100_000, 500));
    }
}
