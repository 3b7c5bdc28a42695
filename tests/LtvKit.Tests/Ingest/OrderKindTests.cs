using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class OrderKindTests
{
    [Theory]
    [InlineData("", OrderKind.Regular)]
    [InlineData("通常", OrderKind.Regular)]
    [InlineData("単品", OrderKind.Regular)]
    [InlineData("REGULAR", OrderKind.Regular)]
    [InlineData("0", OrderKind.Regular)]
    [InlineData("ギフト", OrderKind.Regular)]
    [InlineData("定期", OrderKind.Subscription)]
    [InlineData(" 定期購入 ", OrderKind.Subscription)]
    [InlineData("SUBSCRIPTION", OrderKind.Subscription)]
    [InlineData("Subscription Recurring Order, VIP", OrderKind.Subscription)]
    [InlineData("1", OrderKind.Subscription)]
    [InlineData("TRUE", OrderKind.Subscription)]
    [InlineData("頒布会", OrderKind.Hanpukai)]
    [InlineData("HANPUKAI", OrderKind.Hanpukai)]
    public void Parse_Values(string text, OrderKind expected) => Assert.Equal(expected, OrderKinds.Parse(text));
}
