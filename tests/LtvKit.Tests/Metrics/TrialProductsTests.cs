using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class TrialProductsTests
{
    [Theory]
    [InlineData("お試しセット", true)]
    [InlineData("ｻﾝﾌﾟﾙ美容液", true)]
    [InlineData("Trial size", true)]
    [InlineData("美容液 本品", false)]
    public void TrialProducts_Default(string product, bool trial) => Assert.Equal(trial, TrialProducts.Default.IsTrial(product));
}
