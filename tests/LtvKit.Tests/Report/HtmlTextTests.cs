using System.Text.Json;
using LtvKit.Report;

namespace LtvKit.Tests.Report;

public class HtmlTextTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Escape_WritesMarkupCharactersAsEntities()
    {
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", HtmlText.Escape("<img src=x onerror=alert(1)>"));
        Assert.Equal("A&amp;B &quot;set&quot; &#39;x&#39;", HtmlText.Escape("A&B \"set\" 'x'"));
        Assert.Equal("&amp;lt;b&amp;gt;", HtmlText.Escape("&lt;b&gt;"));
    }

    [Fact]
    public void CssString_KeepsLettersDigitsAndSpaces_EscapesEverythingElse()
    {
        Assert.Equal("\"顧客分析 Report 2024\"", HtmlText.CssString("顧客分析 Report 2024"));
        // " \ < / > ; newline: each a six-digit escape, so nothing can end the string, the rule or the style element.
        Assert.Equal("\"a\\000022\\00005C\\00003C\\00002Fstyle\\00003E\\00003B\\00000A\"", HtmlText.CssString("a\"\\</style>;\n"));
        Assert.Equal("\"\"", HtmlText.CssString(null));
    }

    [Fact]
    public void Escape_LeavesOrdinaryTextAndNullAlone()
    {
        Assert.Equal("顧客分析レポート ¥12,800", HtmlText.Escape("顧客分析レポート ¥12,800"));
        Assert.Equal("", HtmlText.Escape(null));
    }

    [Fact]
    public void ScriptJson_EscapesWhatCouldEndTheScriptElement_AndStillParsesToTheSameText()
    {
        var value = "</script><!-- & \u2028 \u2029 > 顧客";
        var json = JsonSerializer.Serialize(new { value }, Relaxed);

        var safe = HtmlText.ScriptJson(json);

        foreach (var bad in new[] { "<", ">", "&", "\u2028", "\u2029" })
            Assert.DoesNotContain(bad, safe, StringComparison.Ordinal);
        Assert.Contains("顧客", safe, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(safe);
        Assert.Equal(value, parsed.RootElement.GetProperty("value").GetString());
    }
}
