using LtvKit.Charts;
using LtvKit.Clv;
using LtvKit.Tests.Clv;
using Plotly.NET;

namespace LtvKit.Tests.Charts;

[Collection(CdnowGroup.Name)]
public sealed class ClvChartsTests(CdnowFixture cdnow)
{
    [Fact]
    public void FrequencyRecencyMatrix_Cdnow_IsHeatmap()
    {
        var html = GenericChart.toChartHTML(ClvCharts.FrequencyRecencyMatrix(cdnow.BgNbd, cdnow.Summary));

        Assert.Contains("\"type\":\"heatmap\"", html, StringComparison.Ordinal);
        Assert.Contains("Expected purchase days in the next 1 week (T = 38.9 weeks)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ProbabilityAliveMatrix_Cdnow_IsHeatmap()
    {
        var html = GenericChart.toChartHTML(ClvCharts.ProbabilityAliveMatrix(cdnow.BgNbd, cdnow.Summary));

        Assert.Contains("\"type\":\"heatmap\"", html, StringComparison.Ordinal);
        Assert.Contains("Probability the customer is still active", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldoutCheck_Cdnow_IsBarsAndLine()
    {
        var html = GenericChart.toChartHTML(ClvCharts.HoldoutCheck(HoldoutCheck.Compute(cdnow.BgNbd, cdnow.Summary)));

        Assert.Contains("\"type\":\"bar\"", html, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"scatter\"", html, StringComparison.Ordinal);
        Assert.Contains("\"7+\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FrequencyRecencyMatrix_ZeroAge_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvCharts.FrequencyRecencyMatrix(cdnow.BgNbd, 5, 0));
    }
}
