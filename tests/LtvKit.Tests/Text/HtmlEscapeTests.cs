using LtvKit.Text;

namespace LtvKit.Tests.Text;

public class HtmlEscapeTests
{
    [Fact]
    public void Escape_TheFiveMarkupCharacters()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A&amp;B&lt;/a&gt;", HtmlEscape.Escape("<a href=\"x\" title='y'>A&B</a>"));
    }

    [Fact]
    public void Escape_JapaneseAndPlainText_StayAsTheyAre()
    {
        const string text = "美容液 × 3";
        Assert.Same(text, HtmlEscape.Escape(text));
        Assert.Equal("", HtmlEscape.Escape(null));
    }

    [Fact]
    public void Escape_ReorderingControl_IsWrittenVisibly() => Assert.Equal("abc[U+202E]def", HtmlEscape.Escape("abc\u202Edef"));
}
