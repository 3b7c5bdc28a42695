using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class ConfidenceIntervalTests
{
    [Fact]
    public void Wilson_OneOfNine()
    {
        // p = 1/9, z² = 3.841459: centre (p + z²/18) ÷ (1 + z²/9) = 0.227445; half-width 0.207554 → 0.019891 … 0.435000.
        var interval = ConfidenceInterval.Wilson(new Rate(1, 9))!.Value;
        Assert.Equal(0.019891, interval.Low, 5);
        Assert.Equal(0.435000, interval.High, 5);
    }

    [Fact]
    public void Wilson_NoneOfTwelve_StartsAtZeroAndIsNotEmpty()
    {
        // With p = 0 the upper end is z² ÷ (n + z²) = 3.841459 ÷ 15.841459.
        var interval = ConfidenceInterval.Wilson(new Rate(0, 12))!.Value;
        Assert.Equal(0, interval.Low);
        Assert.Equal(3.841459 / 15.841459, interval.High, 6);
    }

    [Fact]
    public void Wilson_ZeroDenominator_IsNull() => Assert.Null(new Rate(0, 0).Interval95);

    [Theory]
    [InlineData(29, true)]  // before the threshold
    [InlineData(30, false)] // on it
    [InlineData(31, false)]
    public void IsSmallSample_BelowThirty(long denominator, bool expected) =>
        Assert.Equal(expected, new Rate(1, denominator).IsSmallSample);
}
