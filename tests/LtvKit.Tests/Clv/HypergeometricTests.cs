using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

public sealed class HypergeometricTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)] // needs tens of thousands of terms
    public void Gauss2F1_OneOneTwo_IsMinusLogOneMinusZOverZ(double z)
    {
        var expected = -Math.Log(1 - z) / z;
        Assert.Equal(expected, Hypergeometric.Gauss2F1(1, 1, 2, z), expected * 1e-12);
    }

    [Fact]
    public void Gauss2F1_HalfOneHalf_IsTwoLogTwo()
    {
        Assert.Equal(2 * Math.Log(2), Hypergeometric.Gauss2F1(1, 1, 2, 0.5), 1e-14);
    }

    [Fact]
    public void Gauss2F1_BEqualsC_IsBinomialSeries()
    {
        Assert.Equal(Math.Pow(0.7, -0.7), Hypergeometric.Gauss2F1(0.7, 2.5, 2.5, 0.3), 1e-14);
    }

    [Fact]
    public void Gauss2F1_HalfHalfThreeHalves_IsArcsin()
    {
        Assert.Equal(Math.Asin(0.9) / 0.9, Hypergeometric.Gauss2F1(0.5, 0.5, 1.5, 0.81), 1e-13);
    }

    [Fact]
    public void Gauss2F1_NegativeArgument_IsArctan()
    {
        Assert.Equal(Math.Atan(0.8) / 0.8, Hypergeometric.Gauss2F1(0.5, 1, 1.5, -0.64), 1e-14);
    }

    [Fact]
    public void Gauss2F1_NegativeIntegerA_IsPolynomial()
    {
        // 1 − (2·3/4)·0.5 + ((−2)(−1)·3·4 / (4·5·2))·0.25 = 1 − 0.75 + 0.15
        Assert.Equal(0.4, Hypergeometric.Gauss2F1(-2, 3, 4, 0.5), 1e-15);
    }

    [Fact]
    public void Gauss2F1_ZeroArgument_IsOne()
    {
        Assert.Equal(1.0, Hypergeometric.Gauss2F1(3.2, -0.4, 1.7, 0));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Gauss2F1_OutsideUnitDisc_Throws(double z)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric.Gauss2F1(1, 1, 2, z));
    }

    [Fact]
    public void Gauss2F1_NonPositiveIntegerC_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric.Gauss2F1(1, 1, -2, 0.5));
    }
}
