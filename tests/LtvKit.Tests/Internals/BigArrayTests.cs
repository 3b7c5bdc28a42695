using LtvKit.Internals;

namespace LtvKit.Tests.Internals;

public class BigArrayTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3_000_000)]
    public void Zeroed_AnyLength_IsAllZeroes(int length)
    {
        var array = BigArray.Zeroed<long>(length);
        Assert.Equal(length, array.Length);
        Assert.True(array.AsSpan().IndexOfAnyExcept(0L) < 0);
    }

    [Fact]
    public void Uninitialized_HugePageSized_HoldsWhatIsWritten()
    {
        var array = BigArray.Uninitialized<int>(2_000_000);
        for (var i = 0; i < array.Length; i++)
            array[i] = i;
        Assert.Equal(1_999_999, array[^1]);
        Assert.Equal(1_000_000, array[1_000_000]);
    }
}
