using LtvKit.Ingest;
using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

public class SegmentThresholdsTests
{
    [Theory]
    [InlineData(0, CustomerStatus.Active)]
    [InlineData(239, CustomerStatus.Active)]
    [InlineData(240, CustomerStatus.Churned)]
    public void StatusOf_ChurnedFrom240Days(int recency, CustomerStatus status) =>
        Assert.Equal(status, SegmentThresholds.Default.StatusOf(recency));

    [Fact]
    public void StatusOf_RecencyAfterTheChurnThreshold_IsChurned() =>
        Assert.Equal(CustomerStatus.Churned, SegmentThresholds.Default.StatusOf(241));

    [Theory]
    [InlineData(179, CustomerStatus.Active)]  // before a custom churn line of 180 days
    [InlineData(180, CustomerStatus.Churned)] // on it
    [InlineData(181, CustomerStatus.Churned)] // after it
    public void StatusOf_CustomChurnDays_AroundTheThreshold(int recency, CustomerStatus status) =>
        Assert.Equal(status, new SegmentThresholds(ChurnDays: 180).StatusOf(recency));

    [Fact]
    public void Defaults_ArePinned()
    {
        Assert.Equal(new SegmentThresholds(90, 210, 70_000m, 240), SegmentThresholds.Default);
        Assert.Equal((90, 210, 70_000m, 240), (SegmentThresholds.DefaultFledglingMaxDays, SegmentThresholds.DefaultTrendyMaxDays, SegmentThresholds.DefaultAmountThresholdYen, SegmentThresholds.DefaultChurnDays));
    }

    [Fact]
    public void Validated_FledglingMaxDaysZero_BelowOneDay_IsRefused()
    {
        var error = Assert.Throws<InputException>(() => new SegmentThresholds(FledglingMaxDays: 0).Validated());
        Assert.Contains("fledglingMaxDays must be at least 1 day (got 0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validated_FledglingMaxDaysOne_OnTheMinimum_IsAccepted() =>
        Assert.Equal(1, new SegmentThresholds(FledglingMaxDays: 1).Validated().FledglingMaxDays);

    [Fact]
    public void Validated_TrendyMaxDaysBelowFledglingMaxDays_IsRefused()
    {
        var error = Assert.Throws<InputException>(() => new SegmentThresholds(90, 89).Validated());
        Assert.Contains("trendyMaxDays (89) must not be below fledglingMaxDays (90)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validated_TrendyMaxDaysEqualToFledglingMaxDays_IsAccepted_NoTrendyTenureLeft()
    {
        // 90 = 90: nobody is 流行客 (90 ≤ T < 90 is empty), but the set stays MECE.
        var thresholds = new SegmentThresholds(90, 90).Validated();
        SegmentRules.Create(SegmentRules.FromThresholds(thresholds).Rules);
    }

    [Fact]
    public void Validated_ChurnDaysZero_IsRefused_OneIsAccepted()
    {
        Assert.Throws<InputException>(() => new SegmentThresholds(ChurnDays: 0).Validated());
        Assert.Equal(1, new SegmentThresholds(ChurnDays: 1).Validated().ChurnDays);
    }
}
