using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>RFM cut points: F and M score 1 + the number of cut points the value is above, R 5 − that number, so a value
/// on a cut point stays in the class below it (ties kept together). Each cut point is tested before / on / after.</summary>
public class RfmCutPointsTests
{
    private static readonly int[] DayCuts = [1, 2, 3, 5];
    private static readonly decimal[] AmountCuts = [5_000m, 10_000m, 30_000m, 70_000m];

    [Theory]
    [InlineData(1, 1)] // on c₁ = 1
    [InlineData(2, 2)] // on c₂
    [InlineData(3, 3)] // on c₃
    [InlineData(4, 4)] // between c₃ and c₄
    [InlineData(5, 4)] // on c₄ = 5
    [InlineData(6, 5)] // after c₄
    public void Higher_FrequencyOnACutPoint_ScoresTheLowerClass(int purchaseDays, int score) =>
        Assert.Equal(score, RfmCutPoints.Higher(purchaseDays, DayCuts));

    [Theory]
    [InlineData(69_999, 4)] // before c₄ = ¥70,000
    [InlineData(70_000, 4)] // on it
    [InlineData(70_001, 5)] // after it
    [InlineData(4_999, 1)]  // before c₁ = ¥5,000
    [InlineData(5_000, 1)]  // on it
    [InlineData(5_001, 2)]  // after it
    public void Higher_RevenueAroundACutPoint(int revenue, int score) =>
        Assert.Equal(score, RfmCutPoints.Higher((decimal)revenue, AmountCuts));

    [Theory]
    [InlineData(179, 3)] // before c₃ = 180 days
    [InlineData(180, 3)] // on it: still the better class
    [InlineData(181, 2)] // after it
    public void Lower_RecencyAroundACutPoint(int recencyDays, int score) =>
        Assert.Equal(score, RfmCutPoints.Lower(recencyDays, [30, 90, 180, 365]));

    [Theory]
    [InlineData(10, new long[] { 2, 4, 6, 8 })] // ⌈2⌉, ⌈4⌉, ⌈6⌉, ⌈8⌉
    [InlineData(4, new long[] { 1, 2, 3, 4 })]  // ⌈0.8⌉, ⌈1.6⌉, ⌈2.4⌉, ⌈3.2⌉
    [InlineData(11, new long[] { 3, 5, 7, 9 })] // ⌈2.2⌉, ⌈4.4⌉, ⌈6.6⌉, ⌈8.8⌉
    [InlineData(1, new long[] { 1, 1, 1, 1 })]
    [InlineData(0, new long[] { 1, 1, 1, 1 })] // never below rank 1
    public void QuintileRank_IsTheCeilingOfIN_Over5(long n, long[] ranks) =>
        Assert.Equal(ranks, Enumerable.Range(1, 4).Select(i => RfmCutPoints.QuintileRank(i, n)));

    [Fact]
    public void Quintiles_Days_AreTheValuesAtTheQuintileRanks()
    {
        // Sorted 0 1 2 3 4 5 6 7 8 9: ranks 2, 4, 6, 8 → 1, 3, 5, 7.
        Assert.Equal([1, 3, 5, 7], RfmCutPoints.Quintiles([9, 0, 8, 1, 7, 2, 6, 3, 5, 4]));
    }

    [Fact]
    public void Quintiles_Amounts_AreTheValuesAtTheQuintileRanksCountedFromTheSmallest()
    {
        // Largest first 10 … 1 (¥1,000s): the 2nd, 4th, 6th, 8th smallest are 2, 4, 6, 8.
        decimal[] largestFirst = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        Assert.Equal([2m, 4m, 6m, 8m], RfmCutPoints.Quintiles(largestFirst));
    }

    [Fact]
    public void Validated_ThreeFourOrFiveCutPoints_OnlyFourAreAccepted()
    {
        Assert.Throws<ArgumentException>(() => new RfmCutPoints([30, 90, 180], DayCuts, AmountCuts).Validated());
        Assert.NotNull(new RfmCutPoints([30, 90, 180, 365], DayCuts, AmountCuts).Validated());
        Assert.Throws<ArgumentException>(() => new RfmCutPoints([30, 90, 180, 365, 500], DayCuts, AmountCuts).Validated());
    }

    [Fact]
    public void Validated_EqualCutPoints_AreAllowed_DescendingAreNot()
    {
        Assert.NotNull(new RfmCutPoints([30, 90, 180, 365], [1, 1, 1, 2], AmountCuts).Validated());
        var error = Assert.Throws<ArgumentException>(() => new RfmCutPoints([30, 90, 180, 365], [1, 2, 1, 2], AmountCuts).Validated());
        Assert.Contains("2 is followed by 1", error.Message);
    }
}
