using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class RateTests
{
    // MetricOptions.SmallSampleCustomers = 30: a denominator below 30 is a small sample (n < 30).
    [Fact]
    public void IsSmallSample_29CustomersBelowTheThreshold_IsSmall() => Assert.True(new Rate(6, 29).IsSmallSample);

    [Fact]
    public void IsSmallSample_30CustomersOnTheThreshold_IsNotSmall() => Assert.False(new Rate(6, 30).IsSmallSample);

    [Fact]
    public void IsSmallSample_31CustomersAboveTheThreshold_IsNotSmall() => Assert.False(new Rate(6, 31).IsSmallSample);

    [Fact]
    public void IsSmallSample_ZeroCustomers_IsSmall() => Assert.True(new Rate(0, 0).IsSmallSample);

    [Fact]
    public void Rate_ZeroDenominator_IsNullNotNaN()
    {
        Assert.Null(new Rate(0, 0).Value);
        Assert.Equal("– (0 of 0)", new Rate(0, 0).ToString());
        Assert.Equal("31.2% (736 of 2,357)", new Rate(736, 2357).ToString());
    }

    [Fact]
    public void Median_EvenCountIsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(2.5, Stats.Median([4, 1, 3, 2]));
        Assert.Equal(3.0, Stats.Median([5, 1, 3]));
        Assert.Null(Stats.Median([]));
    }

    [Fact]
    public void Mean_Empty_IsNull()
    {
        // (1 + 2 + 6) ÷ 3 = 3.
        Assert.Equal(3.0, Stats.Mean([1, 2, 6]));
        Assert.Null(Stats.Mean([]));
    }

    [Fact]
    public void Divide_ZeroDenominator_IsNull()
    {
        Assert.Equal(2_500m, Stats.Divide(10_000m, 4));
        Assert.Null(Stats.Divide(10_000m, 0));
    }
}
