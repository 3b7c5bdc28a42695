using LtvKit.Charts;
using LtvKit.Metrics;

namespace LtvKit.Tests.Charts;

/// <summary>The chart functions of <c>Charts/</c>: each takes a computed result and returns a Plotly.NET chart of it.</summary>
public class ChartsTests
{
    [Fact]
    public void EveryChart_IsAPlotlyFigure_WithItsTraces()
    {
        var kpis = ChartFigures.Shop.Value.Kpis();
        Assert.Equal(Enumerable.Repeat("scatter", 10), ChartFigures.Types(ChartFigures.Figure(SegmentScatter.Chart(kpis.Segments))));
        Assert.Equal(["bar", "bar"], ChartFigures.Types(ChartFigures.Figure(CrossTabChart.Chart(kpis.Segments))));
        Assert.Equal(["bar", "bar"], ChartFigures.Types(ChartFigures.Figure(LastPurchaseMonthChart.Chart(kpis.Segments))));
        Assert.Equal(["bar", "bar", "scatter"], ChartFigures.Types(ChartFigures.Figure(MonthlyRepeatChart.Chart(kpis.Monthly))));
        Assert.Equal(["funnel"], ChartFigures.Types(ChartFigures.Figure(FunnelChart.Chart(kpis.Funnel))));
        Assert.Equal(["scatter"], ChartFigures.Types(ChartFigures.Figure(ReturnCurveChart.Chart(kpis.ReturnCurve))));
        Assert.Equal(["bar", "scatter"], ChartFigures.Types(ChartFigures.Figure(FirstTouchChart.Chart(kpis.ByFirstChannel, FirstTouchKind.Channel))));
        Assert.Equal(["bar", "scatter"], ChartFigures.Types(ChartFigures.Figure(FirstTouchChart.Chart(kpis.ByFirstProduct, FirstTouchKind.Product, LabelLanguage.English))));
    }
}
