using System.Text.Json;
using LtvKit.Charts;
using LtvKit.Metrics;
using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Tests.Report;

/// <summary>The chart functions of <c>Charts/</c>: each takes a computed result and returns a Plotly.NET chart of it.</summary>
public class ChartsTests
{
    private static readonly Lazy<Shop> Shop = new(() => ReportFixtures.Synthetic(700));

    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    private static string[] Types(JsonElement figure) => figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray();

    [Fact]
    public void EveryChart_IsAPlotlyFigure_WithItsTraces()
    {
        var kpis = Shop.Value.Kpis();
        Assert.Equal(Enumerable.Repeat("scatter", 10), Types(Figure(SegmentScatter.Chart(kpis.Segments))));
        Assert.Equal(["bar", "bar"], Types(Figure(CrossTabChart.Chart(kpis.Segments))));
        Assert.Equal(["bar", "bar"], Types(Figure(LastPurchaseMonthChart.Chart(kpis.Segments))));
        Assert.Equal(["bar", "bar", "scatter"], Types(Figure(MonthlyRepeatChart.Chart(kpis.Monthly))));
        Assert.Equal(["funnel"], Types(Figure(FunnelChart.Chart(kpis.Funnel))));
        Assert.Equal(["scatter"], Types(Figure(ReturnCurveChart.Chart(kpis.ReturnCurve))));
        Assert.Equal(["bar", "scatter"], Types(Figure(FirstTouchChart.Chart(kpis.ByFirstChannel, FirstTouchKind.Channel))));
        Assert.Equal(["bar", "scatter"], Types(Figure(FirstTouchChart.Chart(kpis.ByFirstProduct, FirstTouchKind.Product, LabelLanguage.English))));
    }

    [Fact]
    public void SegmentScatter_PutsEachCustomerInTheTraceOfTheirGroupAndStatus_AndDrawsTheThresholds()
    {
        var segmentation = Shop.Value.Segment(new SegmentThresholds(60, 300, 50_000m, 180));
        var figure = Figure(SegmentScatter.Chart(segmentation));
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
        var segmentation = Shop.Value.Segment(SegmentThresholds.Default);
        var figure = Figure(SegmentScatter.Chart(segmentation));
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

    [Fact]
    public void LastPurchaseMonth_CountsEveryCustomerOnce_BySatus()
    {
        var segmentation = Shop.Value.Segment();
        var months = LastPurchaseMonth.Of(segmentation);
        Assert.Equal(segmentation.Customers.Count, months.Sum(m => m.Active + m.Churned));
        Assert.Equal(segmentation.Cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => c.Customers), months.Sum(m => m.Churned));
        Assert.Equal(new DateOnly(segmentation.Customers.AsOf.Year, segmentation.Customers.AsOf.Month, 1), months[^1].Month);
        Assert.Equal(months.Count, months.Select(m => m.Month).Distinct().Count());
        Assert.Equal(0, months[^1].Churned);
    }

    [Fact]
    public void FirstTouchChart_ShowsNamesAsWritten_NotAsMarkup()
    {
        var shop = ReportFixtures.Hostile();
        var figure = Figure(FirstTouchChart.Chart(shop.Kpis().ByFirstProduct, FirstTouchKind.Product));
        var labels = figure.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", labels);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;", labels);
        Assert.Contains("A&amp;B \"set\"", labels);
    }

    [Fact]
    public void PlotlyText_EscapesOnlyMarkupCharacters()
    {
        Assert.Equal("&lt;b&gt;SALE&lt;/b&gt; &amp; 美容液", PlotlyText.Escape("<b>SALE</b> & 美容液"));
        Assert.Equal("通常", PlotlyText.Escape("通常"));
    }

    [Fact]
    public void FunnelAndReturnCurve_CarryTheirNumbers()
    {
        var kpis = Shop.Value.Kpis();
        var funnel = Figure(FunnelChart.Chart(kpis.Funnel)).GetProperty("data")[0];
        Assert.Equal(kpis.Funnel.Reach, funnel.GetProperty("x").EnumerateArray().Select(x => x.GetInt64()));
        Assert.Equal(["F1", "F2", "F3", "F4", "F5+"], funnel.GetProperty("y").EnumerateArray().Select(y => y.GetString()!));
        var curve = Figure(ReturnCurveChart.Chart(kpis.ReturnCurve));
        var y = curve.GetProperty("data")[0].GetProperty("y");
        Assert.Equal(ReturnCurve.MaxGapDays + 1, y.GetArrayLength());
        Assert.Equal(kpis.ReturnCurve.At(90).Value, y[90].ValueKind == JsonValueKind.Null ? null : y[90].GetDouble());
        var marks = curve.GetProperty("layout").GetProperty("shapes").EnumerateArray().Select(s => s.GetProperty("x0").GetInt32());
        Assert.Equal([90, 240], marks);
    }
}
