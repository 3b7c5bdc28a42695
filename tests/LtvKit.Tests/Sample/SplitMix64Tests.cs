using LtvKit.Sample;

namespace LtvKit.Tests.Sample;

public class SplitMix64Tests
{
    [Fact]
    public void ForStream_SameKey_SameNumbers_OtherKey_OtherNumbers()
    {
        var a = SplitMix64.ForStream(42, 1, 7);
        var b = SplitMix64.ForStream(42, 1, 7);
        var c = SplitMix64.ForStream(42, 1, 8);
        var first = a.NextUInt64();
        Assert.Equal(first, b.NextUInt64());
        Assert.NotEqual(first, c.NextUInt64());
    }

    [Fact]
    public void NextDouble_IsInTheOpenUnitInterval_NextInt_InRange()
    {
        var random = new SplitMix64(0);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(random.NextDouble(), double.Epsilon, 1 - double.Epsilon);
            Assert.InRange(random.NextInt(3), 0, 2);
        }
    }

    [Fact]
    public void Chance_ZeroNever_OneAlways()
    {
        var random = new SplitMix64(1);
        Assert.False(random.Chance(0));
        Assert.True(random.Chance(1));
    }
}
