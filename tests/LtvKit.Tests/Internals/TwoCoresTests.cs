using LtvKit.Internals;

namespace LtvKit.Tests.Internals;

public sealed class TwoCoresTests
{
    // Below TwoCores.MinItems (65,536) everything runs on the caller's thread; at and above it the loop is split.
    private const int Below = TwoCores.MinItems - 1;
    private const int At = TwoCores.MinItems;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Below)]
    [InlineData(At)]
    [InlineData(At + 1)]
    public void ForEach_VisitsEveryItemOnce(int count)
    {
        var visits = new int[count];
        TwoCores.ForEach(count, i => visits[i]++);
        Assert.All(visits, v => Assert.Equal(1, v));
    }

    [Theory]
    [InlineData(Below, 1)]
    [InlineData(At, 2)]
    public void ForEach_EachCoreGetsItsOwnScratch_OneBelowTheMinimum_TwoFromIt(int count, int scratches)
    {
        var made = 0;
        var sums = new long[count];
        TwoCores.ForEach(count, () => { Interlocked.Increment(ref made); return new List<int>(); }, (i, list) => { list.Add(i); sums[i] = list.Count; });
        Assert.Equal(scratches, made);
        Assert.All(sums, s => Assert.True(s > 0));
    }

    [Theory]
    [InlineData(Below)]
    [InlineData(At)]
    [InlineData(At + 1)]
    public void Aggregate_MergesTheFirstHalfFirst_ResultAsIfSequential(int count)
    {
        // Items appended in order: a merge that put the second half first would break the sequence.
        var order = TwoCores.Aggregate(count, () => new List<int>(), (i, list) => list.Add(i), (first, later) => { first.AddRange(later); return first; });
        Assert.Equal(Enumerable.Range(0, count), order);
    }

    [Fact]
    public void Aggregate_BelowTheMinimum_NeverMerges()
    {
        var merges = 0;
        var sum = TwoCores.Aggregate(Below, () => new long[1], (i, acc) => acc[0] += i, (a, b) => { merges++; a[0] += b[0]; return a; });
        Assert.Equal((0, (long)Below * (Below - 1) / 2), (merges, sum[0]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Below)]
    [InlineData(At)]
    [InlineData(At + 1)]
    public void Keep_KeepsThePickedItemsInItemOrder(int count)
    {
        // Every third item kept, doubled: the second half's items must land right behind the first half's.
        var (items, kept) = TwoCores.Keep(count, (int i, out long item) => { item = 2L * i; return i % 3 == 0; });
        var expected = Enumerable.Range(0, count).Where(i => i % 3 == 0).Select(i => 2L * i).ToArray();
        Assert.Equal(expected, items.AsSpan(0, kept).ToArray());
    }

    [Fact]
    public void Both_ReturnsEachResultInItsPlace_TheFirstOnTheCallersThread()
    {
        // The second may run anywhere (a task the caller waits for can be run inline); the first runs here.
        var caller = Environment.CurrentManagedThreadId;
        var (first, second) = TwoCores.Both(() => (Value: "first", Thread: Environment.CurrentManagedThreadId), () => 2);
        Assert.Equal(("first", caller), first);
        Assert.Equal(2, second);
    }

    [Fact]
    public void Both_AFailureOfTheSecondReachesTheCaller()
    {
        var e = Assert.Throws<InvalidOperationException>(() => TwoCores.Both(() => 1, int () => throw new InvalidOperationException("second")));
        Assert.Equal("second", e.Message);
    }
}
