using LtvKit.Charts;

namespace LtvKit.Tests.Charts;

public class PlotlyTextTests
{
    [Fact]
    public void PlotlyText_EscapesOnlyMarkupCharacters()
    {
        Assert.Equal("&lt;b&gt;SALE&lt;/b&gt; &amp; 美容液", PlotlyText.Escape("<b>SALE</b> & 美容液"));
        Assert.Equal("通常", PlotlyText.Escape("通常"));
    }
}
