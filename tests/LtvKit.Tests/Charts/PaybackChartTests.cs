using LtvKit.Charts;
using LtvKit.Tests.Metrics;

namespace LtvKit.Tests.Charts;

public class PaybackChartTests
{
    [Fact]
    public void Chart_TwoLinesPerGroup_UpToTheGroupLimit()
    {
        // The shop of AcquisitionPaybackTests: a gross-profit line and a dashed CPO line per channel × first product.
        var payback = AcquisitionPaybackTests.Payback();
        var all = ChartFigures.Figure(PaybackChart.Chart(payback, groups: payback.Groups.Count)).GetProperty("data");
        Assert.Equal(2 * payback.Groups.Count, all.GetArrayLength());
        var one = ChartFigures.Figure(PaybackChart.Chart(payback, groups: 1)).GetProperty("data");
        Assert.Equal(2, one.GetArrayLength());
        var group = payback.Groups[0];
        Assert.Equal($"{group.Channel} × {group.Product}", one[0].GetProperty("name").GetString());
        Assert.Equal(group.GrossProfitPerCustomer.Select(v => (double)v), one[0].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
    }
}
