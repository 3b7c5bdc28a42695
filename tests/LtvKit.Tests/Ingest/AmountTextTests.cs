using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class AmountTextTests
{
    [Theory]
    [InlineData("12800", 12800)]
    [InlineData("12,800", 12800)]
    [InlineData("¥12,800", 12800)]
    [InlineData("￥12,800", 12800)]
    [InlineData("12,800円", 12800)]
    [InlineData("１２，８００", 12800)]
    [InlineData("-1,200", -1200)]
    [InlineData("△1,200", -1200)]
    [InlineData("▲1,200", -1200)]
    [InlineData("−1200", -1200)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("0", 0)]
    [InlineData(" 980 ", 980)]
    [InlineData("¥ 980", 980)]
    [InlineData("1,234,567,890", 1234567890)]
    public void TryParse_EveryDocumentedFormat_GivesTheYenAmount(string text, double expected)
    {
        Assert.True(AmountText.TryParse(text, out var amount, out var reason), reason);
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("12,8OO", "letter O")]
    [InlineData("1l00", "letter l")]
    [InlineData("abc", "not a number")]
    [InlineData("12.3.4", "not a number")]
    [InlineData("12-3", "not a number")]
    [InlineData("--5", "not a number")]
    [InlineData("円", "not a number")]
    [InlineData("5.", "not a number")]
    [InlineData("(1,200)", "write a negative (return) as -1,200 or △1,200")]
    [InlineData("（１，２００）", "write a negative (return) as -1,200 or △1,200")]
    public void TryParse_NotAnAmount_SaysWhy(string text, string reason)
    {
        Assert.False(AmountText.TryParse(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12800")]
    [InlineData("0")]
    [InlineData("0012800")]
    [InlineData("999999999999999999")]
    [InlineData("9999999999999999999")]
    [InlineData("12,800")]
    [InlineData("-1200")]
    [InlineData("1234.50")]
    [InlineData("")]
    [InlineData("12 800")]
    [InlineData("１２８００")]
    [InlineData("12O0")]
    public void TryParse_Utf8Cell_SameAsTheText(string text)
    {
        var scratch = new char[1];
        var fromText = AmountText.TryParse(text, out var expected, out var expectedReason);
        var fromBytes = AmountText.TryParse(System.Text.Encoding.UTF8.GetBytes(text), ref scratch, out var amount, out var reason);
        Assert.Equal((fromText, expected, expected.Scale, expectedReason), (fromBytes, amount, amount.Scale, reason));
    }
}
