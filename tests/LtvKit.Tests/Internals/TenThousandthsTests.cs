using System.Globalization;
using LtvKit.Internals;

namespace LtvKit.Tests.Internals;

public class TenThousandthsTests
{
    [Theory]
    [InlineData("1500", 15_000_000L, 0)]
    [InlineData("-300", -3_000_000L, 0)]
    [InlineData("1.50", 15_000L, 2)]
    [InlineData("0.0001", 1L, 4)]
    [InlineData("0", 0L, 0)]
    [InlineData("99999999999999.9999", 999_999_999_999_999_999L, 4)]
    public void TryFrom_FourDecimalsOrFewer_BelowTheLimit_Fits(string text, long units, byte scale)
    {
        Assert.True(TenThousandths.TryFrom(decimal.Parse(text, CultureInfo.InvariantCulture), out var u, out var s));
        Assert.Equal((units, scale), (u, s));
    }

    [Theory]
    [InlineData("0.00001")]
    [InlineData("1.00000")]
    [InlineData("100000000000000")]
    [InlineData("-100000000000000")]
    public void TryFrom_MoreDecimalsOrTheLimit_DoesNotFit(string text) =>
        Assert.False(TenThousandths.TryFrom(decimal.Parse(text, CultureInfo.InvariantCulture), out _, out _));

    [Fact]
    public void TryAdd_Overflow_IsRefused_EitherSign()
    {
        Assert.True(TenThousandths.TryAdd(long.MaxValue - 1, 1, out var top));
        Assert.Equal(long.MaxValue, top);
        Assert.False(TenThousandths.TryAdd(long.MaxValue, 1, out _));
        Assert.False(TenThousandths.TryAdd(long.MinValue, -1, out _));
        Assert.True(TenThousandths.TryAdd(long.MaxValue, long.MinValue, out var mixed));
        Assert.Equal(-1, mixed);
    }

    [Theory]
    [InlineData("1500", "1.50", "1501.50")]
    [InlineData("1.5", "1", "2.5")]
    [InlineData("-0.25", "0.2500", "0.0000")]
    [InlineData("1000", "-1000", "0")]
    [InlineData("-7.125", "2", "-5.125")]
    public void ToDecimal_IsTheDecimalSum_ValueAndScale(string a, string b, string sum)
    {
        var x = decimal.Parse(a, CultureInfo.InvariantCulture);
        var y = decimal.Parse(b, CultureInfo.InvariantCulture);
        Assert.True(TenThousandths.TryFrom(x, out var ux, out var sx));
        Assert.True(TenThousandths.TryFrom(y, out var uy, out var sy));
        Assert.True(TenThousandths.TryAdd(ux, uy, out var units));
        var result = TenThousandths.ToDecimal(units, Math.Max(sx, sy));
        Assert.Equal(x + y, result);
        Assert.Equal(sum, result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal((x + y).ToString(CultureInfo.InvariantCulture), result.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(long.MinValue, 4, "-922337203685477.5808")]
    [InlineData(long.MaxValue, 4, "922337203685477.5807")]
    [InlineData(-15_000L, 1, "-1.5")]
    public void ToDecimal_TheLongsEnds_AreExact(long units, byte scale, string expected) =>
        Assert.Equal(expected, TenThousandths.ToDecimal(units, scale).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void SortKeys_SortAsTheAmounts_AndGiveBackTheVeryDecimals()
    {
        string[] amounts = ["-99999999999999.9999", "-1.5", "-1.50", "-0.0001", "0", "0.00", "0.0001", "1", "1.5", "1.50", "1.5001", "12000", "99999999999999.9999"];
        var decimals = amounts.Select(a => decimal.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var keys = decimals.Select(d => TenThousandths.TrySortKey(d, out var key) ? key : throw new InvalidOperationException(d.ToString(CultureInfo.InvariantCulture))).ToArray();
        // Ascending amounts give ascending keys (equal amounts by scale), and each key gives back its decimal as written.
        Assert.Equal(keys.Order(), keys);
        Assert.Equal(amounts, keys.Select(k => TenThousandths.FromSortKey(k).ToString(CultureInfo.InvariantCulture)));
        Assert.False(TenThousandths.TrySortKey(100_000_000_000_000m, out _));
        Assert.False(TenThousandths.TrySortKey(0.00001m, out _));
    }
}
