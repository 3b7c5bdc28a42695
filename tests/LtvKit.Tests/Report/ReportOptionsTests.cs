using LtvKit.Charts;
using LtvKit.Report;

namespace LtvKit.Tests.Report;

public class ReportOptionsTests
{
    [Fact]
    public void Default_PinsEveryDefault()
    {
        var options = ReportOptions.Default;
        Assert.Equal(LabelLanguage.Japanese, options.Language);
        Assert.Null(options.Title);
        Assert.False(options.ShowPii);
        Assert.Equal(50_000, options.ExactCustomerLimit);
        Assert.Equal(20_000, options.ListLimit);
        Assert.Equal(5_000, options.ScatterPoints);
        Assert.True(options.ShowClv);
        Assert.Null(options.ClvCalibrationEnd);
        Assert.Equal(12, options.ClvHorizonMonths);
        Assert.Equal(0.10, options.ClvAnnualDiscountRate);
        Assert.Equal(365, ReportOptions.DefaultClvHoldoutDays);
        Assert.Equal(10_000, options.ClvFitCustomerLimit);
        Assert.Equal(5_000, SegmentScatter.DefaultMaxPoints);
        Assert.Equal(10, FirstTouchChart.DefaultTop);
        Assert.Equal([90, 240], ReturnCurveChart.Marks());
        Assert.Equal([90, 300], ReturnCurveChart.Marks(300));
    }
}
