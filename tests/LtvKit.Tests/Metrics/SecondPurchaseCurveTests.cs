using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class SecondPurchaseCurveTests
{
    // As of 2024-12-31. Days to the second purchase day, or days observed without one (censored):
    //   a 12/1 → 12/11: event at 10      b 12/21: censored at 10     c 12/26: censored at 5
    //   d 11/1 → 11/21: event at 20      e 10/1: censored at 91      f 10/1 → 12/30: event at 90
    // Day 10: 5 at risk (c left on day 5), 1 event → S = 4/5. Day 20: 3 at risk (a and b left), 1 event → S = 0.8 × 2/3.
    // Day 90: 2 at risk, 1 event → S = 0.8 × 2/3 × 1/2.
    private static readonly string[] Rows =
    [
        "1,a,2024-12-01,1000", "2,a,2024-12-11,1000", "3,b,2024-12-21,1000", "4,c,2024-12-26,1000",
        "5,d,2024-11-01,1000", "6,d,2024-11-21,1000", "7,e,2024-10-01,1000", "8,f,2024-10-01,1000", "9,f,2024-12-30,1000",
    ];

    [Fact]
    public void Of_HandComputed_StepsAtEachSecondPurchaseDay()
    {
        var curve = SecondPurchaseCurve.Of(TestShop.Orders(new DateOnly(2024, 12, 31), Rows).Customers);

        Assert.Equal(6, curve.Customers);
        Assert.Equal([(10, 5L, 1L), (20, 3L, 1L), (90, 2L, 1L)], curve.Steps.Select(s => (s.Day, s.AtRisk, s.SecondPurchases)));
        Assert.Equal(1 - 0.8, curve.Steps[0].Converted, 12);
        Assert.Equal(1 - 0.8 * 2 / 3, curve.Steps[1].Converted, 12);
        Assert.Equal(1 - 0.8 * 2 / 3 / 2, curve.Steps[2].Converted, 12);
    }

    [Theory]
    [InlineData(9, 0.0)]                 // before the first event
    [InlineData(10, 0.2)]                // on it
    [InlineData(30, 1 - 0.8 * 2 / 3.0)]  // the F2 window: 46.7%, where the plain rate reads 2 of 4 eligible
    [InlineData(89, 1 - 0.8 * 2 / 3.0)]
    [InlineData(90, 1 - 0.8 * 2 / 3.0 / 2)]
    public void At_IsTheLastStepOnOrBeforeTheDay(int days, double expected)
    {
        var curve = SecondPurchaseCurve.Of(TestShop.Orders(new DateOnly(2024, 12, 31), Rows).Customers);

        Assert.Equal(expected, curve.At(days).Converted, 12);
    }

    [Fact]
    public void At_Interval_IsGreenwoodOnTheLogLogScale()
    {
        // Day 20: Greenwood's sum 1/(5·4) + 1/(3·2) = 0.216667; ln S = ln(0.533333) = −0.628609;
        // se = √0.216667 ÷ 0.628609 = 0.740484; S^exp(∓1.96·se) = 0.863071 and 0.068332 → 1 − S: 0.136929 … 0.931668.
        var curve = SecondPurchaseCurve.Of(TestShop.Orders(new DateOnly(2024, 12, 31), Rows).Customers);

        var interval = curve.At(30).Interval!.Value;
        Assert.Equal(0.136929, interval.Low, 5);
        Assert.Equal(0.931668, interval.High, 5);
        Assert.Null(curve.At(9).Interval);
    }

    [Fact]
    public void At_NobodyCensoredBeforeTheWindow_EqualsThePlainF2Rate()
    {
        // Everyone first bought at least 30 days before the as-of date: Kaplan–Meier and F2Conversion agree (2 of 4).
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31),
            "1,a,2024-11-01,1000", "2,a,2024-11-05,1000", "3,b,2024-11-01,1000", "4,b,2024-12-20,1000",
            "5,c,2024-10-01,1000", "6,c,2024-10-31,1000", "7,d,2024-09-01,1000");

        var f2 = F2Conversion.Of(shop.Customers, shop.AsOf, 30);
        Assert.Equal(f2.Rate.Value!.Value, SecondPurchaseCurve.Of(shop.Customers).At(30).Converted, 12);
    }
}
