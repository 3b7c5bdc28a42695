using System.Text.Json;
using LtvKit.Charts;
using LtvKit.Report;
using LtvKit.Segments;

namespace LtvKit.Tests.Report;

public class ThresholdBinsTests
{
    private static readonly Lazy<Shop> Shop = new(() => ReportFixtures.Synthetic(1_500));

    [Fact]
    public void For_CoversEveryCustomer_AndHasTheAnalysisThresholdsAsEdges()
    {
        var customers = Shop.Value.Customers;
        var thresholds = new SegmentThresholds(95, 205, 72_500m, 243);

        var bins = ThresholdBins.For(customers, thresholds);

        Assert.Equal([0, 1, 10, 20], bins.TenureEdges.Take(4));
        Assert.Contains(95, bins.TenureEdges);
        Assert.Contains(205, bins.TenureEdges);
        Assert.Contains(243, bins.RecencyEdges);
        Assert.Contains(72_500m, bins.AmountEdges);
        Assert.True(bins.TenureEdges[^1] > customers.Max(c => c.TenureDays));
        Assert.True(bins.RecencyEdges[^1] > customers.Max(c => c.RecencyDays));
        Assert.True(bins.AmountEdges[^1] > customers.Max(c => c.Revenue));
        Assert.Equal(thresholds, bins.Snap(thresholds));
    }

    [Fact]
    public void Bins_AreHalfOpen_BeforeOnAfterAnEdge()
    {
        var bins = ThresholdBins.For(Shop.Value.Customers, SegmentThresholds.Default);
        Assert.Equal(0, bins.TenureBin(0));
        Assert.Equal(1, bins.TenureBin(1));
        Assert.Equal(1, bins.TenureBin(9));
        Assert.Equal(2, bins.TenureBin(10));
        Assert.Equal(bins.AmountBin(69_999m) + 1, bins.AmountBin(70_000m));
        Assert.Equal(bins.AmountBin(70_000m), bins.AmountBin(74_999m));
        Assert.Equal(bins.RecencyBin(239) + 1, bins.RecencyBin(240));
    }

    [Fact]
    public void Snap_GoesToTheNearestEdge_TieToTheLower_AndKeepsTheRulesValid()
    {
        var bins = ThresholdBins.For(Shop.Value.Customers, SegmentThresholds.Default);
        Assert.Equal(new SegmentThresholds(90, 330, 50_000m, 200), bins.Snap(new SegmentThresholds(94, 333, 52_499m, 204)));
        Assert.Equal(new SegmentThresholds(90, 210, 70_000m, 240), bins.Snap(new SegmentThresholds(95, 215, 72_500m, 245)));
        Assert.Equal(new SegmentThresholds(1, 1, 0m, 1), bins.Snap(new SegmentThresholds(1, 1, 0m, 1)));
    }

    [Fact]
    public void EmbeddedBins_CountLikeClassify_ForThresholdsOnEdges()
    {
        var shop = Shop.Value;
        var segmentation = shop.Segment();
        var options = new ReportOptions { ExactCustomerLimit = 100 };
        Assert.Equal(ReportSegmentMode.Binned, ReportData.ModeOf(segmentation, options));
        using var json = JsonDocument.Parse(ReportData.Json(segmentation, shop.Profiles, options, [], new Dictionary<string, string>()));
        var seg = json.RootElement.GetProperty("seg");
        var tEdges = seg.GetProperty("tEdges").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var mEdges = seg.GetProperty("mEdges").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var rEdges = seg.GetProperty("rEdges").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var cells = seg.GetProperty("cells").EnumerateArray().Select(e => e.GetDouble()).ToArray();

        foreach (var t in new[] { SegmentThresholds.Default, new SegmentThresholds(60, 300, 50_000m, 180), new SegmentThresholds(1, 1, 0m, 1), new SegmentThresholds(10, 1_000, 200_000m, 30) })
        {
            // The page's arithmetic, done here: decode each bin's lower edges and classify them.
            var count = new long[10];
            var revenue = new decimal[10];
            long index = 0;
            for (var i = 0; i < cells.Length; i += 3)
            {
                index += (long)cells[i];
                var ri = index % rEdges.Length;
                var rest = index / rEdges.Length;
                var mi = rest % mEdges.Length;
                var ti = rest / mEdges.Length;
                var (tenure, amount, recency) = (tEdges[ti], mEdges[mi], rEdges[ri]);
                var group = tenure < 1 ? 0 : tenure < t.FledglingMaxDays ? 1 : amount < (double)t.AmountThreshold ? 2 : tenure < t.TrendyMaxDays ? 3 : 4;
                var cell = 2 * group + (recency >= t.ChurnDays ? 1 : 0);
                count[cell] += (long)cells[i + 1];
                revenue[cell] += (decimal)cells[i + 2];
            }
            var expected = Segmentation.Classify(shop.Customers, t).Cells;
            Assert.Equal(expected.Select(c => (long)c.Customers), count);
            Assert.Equal(expected.Select(c => c.Revenue), revenue);
        }
    }

    [Fact]
    public void ExactMode_CarriesEveryCustomer()
    {
        var shop = Shop.Value;
        var segmentation = shop.Segment();
        Assert.Equal(ReportSegmentMode.Exact, ReportData.ModeOf(segmentation, ReportOptions.Default));
        using var json = JsonDocument.Parse(ReportData.Json(segmentation, shop.Profiles, ReportOptions.Default, SegmentScatter.Sample(shop.Customers.Count), new Dictionary<string, string>()));
        var seg = json.RootElement.GetProperty("seg");
        Assert.Equal(shop.Customers.Select(c => c.TenureDays), seg.GetProperty("t").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(shop.Customers.Select(c => c.Revenue), seg.GetProperty("m").EnumerateArray().Select(e => e.GetDecimal()));
        Assert.Equal(shop.Customers.Select(c => c.RecencyDays), seg.GetProperty("r").EnumerateArray().Select(e => e.GetInt32()));
        var recency = json.RootElement.GetProperty("recency").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(shop.Customers.Count, recency.Sum());
        Assert.Equal(shop.Customers.Count(c => c.RecencyDays == 30), recency[30]);
    }
}
