using LtvKit.Notebooks.Kernel;

namespace LtvKit.Notebooks.Tests.Kernel;

public sealed class CodePointsTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("顧客.Len", 5, 5)]          // BMP kanji: one unit each
    [InlineData("😀.Len", 1, 2)]            // an emoji: two UTF-16 units, one code point
    [InlineData("😀😀x", 2, 4)]
    [InlineData("abc", 10, 3)]              // past the end: clamped
    public void ToUtf16_CountsSurrogatePairsAsOne(string text, int codePoint, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16(text, codePoint));
    }

    [Theory]
    [InlineData("😀.Len", 6, 5)]
    [InlineData("😀😀x", 4, 2)]
    [InlineData("abc", 3, 3)]
    public void FromUtf16_IsTheInverse(string text, int utf16, int codePoint)
    {
        Assert.Equal(codePoint, CodePoints.FromUtf16(text, utf16));
        Assert.Equal(utf16, CodePoints.ToUtf16(text, codePoint));
    }
}
