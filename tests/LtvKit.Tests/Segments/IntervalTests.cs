using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

/// <summary>Half-open [Min, Max): the lower bound is in, the upper bound out.</summary>
public class IntervalTests
{
    [Theory]
    [InlineData(89, true)]  // before Max
    [InlineData(90, false)] // on Max: out
    [InlineData(91, false)] // after Max
    public void Contains_AroundTheUpperBound(int value, bool inside) => Assert.Equal(inside, new Interval(1, 90).Contains(value));

    [Theory]
    [InlineData(0, false)] // before Min
    [InlineData(1, true)]  // on Min: in
    [InlineData(2, true)]  // after Min
    public void Contains_AroundTheLowerBound(int value, bool inside) => Assert.Equal(inside, new Interval(1, 90).Contains(value));

    [Fact]
    public void All_ContainsEverything()
    {
        Assert.True(Interval.All.Contains(decimal.MinValue));
        Assert.True(Interval.All.Contains(decimal.MaxValue));
    }

    [Fact]
    public void SegmentRule_Matches_EveryMeasureInItsInterval()
    {
        var rule = new SegmentRule("Trendy", new(90, 210), new(70_000, null), Interval.All, Interval.All);
        Assert.True(rule.Matches(90, 70_000, 500, 2));
        Assert.False(rule.Matches(210, 70_000, 0, 2));
        Assert.False(rule.Matches(90, 69_999, 0, 2));
    }
}
