using System.Text;
using LtvKit.Text;

namespace LtvKit.Tests.Text;

public class BidiControlsTests
{
    [Theory]
    [InlineData('\u2029', false)] // before U+202A … U+202E
    [InlineData('\u202A', true)]
    [InlineData('\u202E', true)]
    [InlineData('\u202F', false)] // after
    [InlineData('\u2065', false)] // before U+2066 … U+2069
    [InlineData('\u2066', true)]
    [InlineData('\u2069', true)]
    [InlineData('\u206A', false)] // after
    [InlineData('\u200E', true)]
    [InlineData('\u200F', true)]
    [InlineData('\u061C', true)]
    [InlineData('あ', false)]
    public void Is_TheReorderingRanges(char c, bool reorders) => Assert.Equal(reorders, BidiControls.Is(c));

    [Fact]
    public void In_AndAppendVisible()
    {
        Assert.True(BidiControls.In("ab\u2066c"));
        Assert.False(BidiControls.In("abc"));
        Assert.Equal("[U+061C]", BidiControls.AppendVisible(new StringBuilder(), '\u061C').ToString());
    }
}
