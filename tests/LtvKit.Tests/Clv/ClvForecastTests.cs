using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

[Collection(CdnowGroup.Name)]
public sealed class ClvForecastTests(CdnowFixture cdnow)
{
    private static readonly BgNbdModel Purchases = new(0.243, 4.414, 0.793, 2.426);
    private static readonly GammaGammaModel Spend = new(6.25, 3.74, 15.44);

    /// <summary>CDNOW customer 1 in weeks.</summary>
    private static readonly ModelSummaryRow Customer = new("0001", 2, 30.43, 38.86, 22.35m, 1);

    [Fact]
    public void MonthLength_IsAverageGregorianMonth()
    {
        Assert.Equal(30.4375, ClvForecast.MonthLength(TimeUnit.Days), 12);
        Assert.Equal(30.4375 / 7, ClvForecast.MonthLength(TimeUnit.Weeks), 12);
    }

    [Fact]
    public void ForCustomer_ZeroRate_IsSpendTimesExpectedPurchases()
    {
        var clv = ClvForecast.ForCustomer(Purchases, Spend, Customer, 12, 0);

        var purchases = Purchases.ExpectedPurchases(12 * 30.4375 / 7, Customer);
        var spend = Spend.ConditionalExpectedAverageSpend(2, 22.35);
        Assert.Equal(purchases, clv.ExpectedPurchases, 1e-12);
        Assert.Equal(spend, clv.ExpectedAverageSpend, 1e-12);
        Assert.Equal(purchases * spend, clv.Value, 1e-9);
        Assert.Equal(Purchases.ProbabilityAlive(Customer), clv.ProbabilityAlive);
    }

    [Fact]
    public void ForCustomer_TwoMonths_DiscountsEachMonthAtItsEnd()
    {
        var month = 30.4375 / 7;
        var first = Purchases.ExpectedPurchases(month, Customer);
        var second = Purchases.ExpectedPurchases(2 * month, Customer) - first;
        var spend = Spend.ConditionalExpectedAverageSpend(Customer);

        var clv = ClvForecast.ForCustomer(Purchases, Spend, Customer, 2, 0.12);

        Assert.Equal(spend * (first / Math.Pow(1.12, 1.0 / 12) + second / Math.Pow(1.12, 2.0 / 12)), clv.Value, 1e-9);
    }

    [Fact]
    public void ForCustomer_TwelveMonthsAtTenPercent_LastMonthDiscountedByOnePointOne()
    {
        var undiscounted = ClvForecast.ForCustomer(Purchases, Spend, Customer, 12, 0).Value;
        var discounted = ClvForecast.ForCustomer(Purchases, Spend, Customer, 12, 0.10).Value;

        Assert.InRange(discounted, undiscounted / 1.10, undiscounted);
    }

    [Fact]
    public void Compute_Cdnow_OneFiniteValuePerCustomer()
    {
        var forecast = ClvForecast.Compute(cdnow.BgNbd, cdnow.GammaGamma, cdnow.Summary, 12, 0.10);

        Assert.Equal(2_357, forecast.Customers.Count);
        Assert.All(forecast.Customers, c => Assert.True(double.IsFinite(c.Value) && c.Value >= 0));
        Assert.All(forecast.Customers, c => Assert.True(c.Value <= c.ExpectedPurchases * c.ExpectedAverageSpend));
        Assert.Equal(forecast.Customers.Sum(c => c.Value), forecast.Total, 1e-6);
        Assert.Equal(CdnowData.CalibrationEnd, forecast.CalibrationEnd);
        Assert.StartsWith("12-month CLV from 1997-09-30 at 10% a year: mean ", forecast.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Cdnow_EveryRowAsForCustomer()
    {
        // Compute shares one purchase stream among customers of the same history and spreads the streams over two cores.
        var forecast = ClvForecast.Compute(cdnow.BgNbd, cdnow.GammaGamma, cdnow.Summary, 12, 0.10);

        var alone = cdnow.Summary.Customers.Select(c => ClvForecast.ForCustomer(cdnow.BgNbd, cdnow.GammaGamma, c, 12, 0.10));
        Assert.Equal(alone, forecast.Customers);
    }

    [Fact]
    public void ForCustomer_ToString_IsOneLine()
    {
        var clv = new CustomerClv("0001", 0.5, 1.25, 30, 36.1234);
        Assert.Equal("0001: CLV 36.12 (1.25 purchase days × 30.00, discounted; P(alive) 0.5)", clv.ToString());
    }

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(12, -0.01)]
    [InlineData(12, 10.0)] // 10 for 10%
    [InlineData(12, double.NaN)]
    public void ForCustomer_BadHorizonOrRate_Throws(int months, double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvForecast.ForCustomer(Purchases, Spend, Customer, months, rate));
    }

    [Fact]
    public void Compute_ModelInOtherUnit_Throws()
    {
        var days = new BgNbdModel(0.243, 30.9, 0.793, 2.426, TimeUnit.Days);
        Assert.Throws<ArgumentException>(() => ClvForecast.Compute(days, Spend, cdnow.Summary, 12, 0.1));
    }
}
