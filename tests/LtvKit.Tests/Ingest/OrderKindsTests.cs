using LtvKit.Ingest;
using LtvKit.Metrics;

namespace LtvKit.Tests.Ingest;

public class OrderKindsTests
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

    [Theory]
    [InlineData("お試しセット", true)]
    [InlineData("ｻﾝﾌﾟﾙ美容液", true)]
    [InlineData("Trial size", true)]
    [InlineData("美容液 本品", false)]
    public void TrialProducts_Default(string product, bool trial) => Assert.Equal(trial, TrialProducts.Default.IsTrial(product));
}
