using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>
/// The return curve (METRICS.md §4): an event (purchase day d) is at risk at gap g when there is no purchase day in
/// d+1 … d+g and d + g + 365 ≤ asOf; it returned when the next purchase day is in d+g+1 … d+g+365.
/// </summary>
public class ReturnCurveTests
{
    private static readonly DateOnly Start = new(2022, 1, 1);

    /// <summary>Purchases on the given days after <see cref="Start"/>, as of day <paramref name="asOfDay"/>.</summary>
    private static ReturnCurve Of(int asOfDay, params int[] days) =>
        ReturnCurve.Of(TestShop.Orders(Start.AddDays(asOfDay), [.. days.Select((d, i) => $"O{i},C,{Start.AddDays(d):yyyy-MM-dd},1000")]).Customers);

    [Fact]
    public void ReturnCurve_HandComputed()
    {
        // Purchases on day 0 and day 100; as-of day 600.
        //  event day 0:   next purchase after 100 days; observed 600 days → at risk for g = 0…99, returned for all of them.
        //  event day 100: no next purchase; observed 500 days → at risk for g = 0…135, never returned.
        var start = new DateOnly(2023, 1, 1);
        var shop = TestShop.Orders(start.AddDays(600), $"A,C,{start:yyyy-MM-dd},1000", $"B,C,{start.AddDays(100):yyyy-MM-dd},1000");
        var curve = ReturnCurve.Of(shop.Customers);
        Assert.Equal(new Rate(1, 2), curve.At(0));
        Assert.Equal(new Rate(1, 2), curve.At(99));
        Assert.Equal(new Rate(0, 1), curve.At(100));
        Assert.Equal(new Rate(0, 1), curve.At(135));
        Assert.Equal(new Rate(0, 0), curve.At(136));
        Assert.Null(curve.At(730).Value);
    }

    [Fact]
    public void ReturnCurve_ReturnMoreThanAYearAfterTheSilenceStarts_CountsOnlyOnceTheGapIsLongEnough()
    {
        // Purchases on day 0 and day 400; as-of day 1200: returned only for g ≥ 400 − 365 = 35, at risk g = 0…399.
        var start = new DateOnly(2022, 1, 1);
        var shop = TestShop.Orders(start.AddDays(1200), $"A,C,{start:yyyy-MM-dd},1000", $"B,C,{start.AddDays(400):yyyy-MM-dd},1000");
        var curve = ReturnCurve.Of(shop.Customers);
        Assert.Equal(0, curve.Returned[34]);
        Assert.Equal(1, curve.Returned[35]);
        Assert.Equal(1, curve.Returned[399]);
        Assert.Equal(0, curve.Returned[400]);
    }

    [Fact]
    public void AtRisk_ObservedOneDayLessThanGapPlusAYear_IsNotAtRisk()
    {
        // One purchase on day 0, as of day 455 = 90 + 365: at g = 90 the event is observed exactly g + 365 days, at g = 91 one day short.
        var curve = Of(455, 0);
        Assert.Equal(1, curve.AtRisk[89]);  // before: observed 366 days more than needed … 1 day more
        Assert.Equal(1, curve.AtRisk[90]);  // on: d + g + 365 = asOf
        Assert.Equal(0, curve.AtRisk[91]);  // after: d + g + 365 = asOf + 1
    }

    [Fact]
    public void AtRisk_NextPurchaseOnTheDayAfterTheSilence_EndsTheRisk()
    {
        // Purchases on day 0 and day 100, as of day 2000 (observed long enough): the event of day 0 is silent for 99 days.
        var curve = Of(2000, 0, 100);
        Assert.Equal(2, curve.AtRisk[99]);  // silent d+1 … d+99: both events at risk
        Assert.Equal(1, curve.AtRisk[100]); // on: day 100 falls in d+1 … d+100, the first event is no longer silent
        Assert.Equal(1, curve.AtRisk[101]); // after: only the last event (no next purchase)
    }

    [Fact]
    public void Returned_NextPurchaseExactlyAYearAfterTheSilence_Counts()
    {
        // Purchases on day 0 and day 365: at g = 0 the look-ahead is d+1 … d+365, which holds day 365.
        var curve = Of(2000, 0, 365);
        Assert.Equal(new Rate(1, 2), curve.At(0));
    }

    [Fact]
    public void Returned_NextPurchaseOneDayPastTheYear_DoesNotCountAtGapZero()
    {
        // Purchases on day 0 and day 366: at g = 0 the look-ahead d+1 … d+365 misses day 366; at g = 1 (d+2 … d+366) it holds it.
        var curve = Of(2000, 0, 366);
        Assert.Equal(new Rate(0, 2), curve.At(0));
        Assert.Equal(new Rate(1, 2), curve.At(1));
    }

    [Fact]
    public void Returned_NextPurchaseOneDayWithinTheYear_Counts()
    {
        // Purchases on day 0 and day 364: returned at g = 0 (and every g up to 363).
        var curve = Of(2000, 0, 364);
        Assert.Equal(new Rate(1, 2), curve.At(0));
        Assert.Equal(new Rate(1, 2), curve.At(363));
        Assert.Equal(new Rate(0, 1), curve.At(364));
    }

    [Fact]
    public void Of_GapsRunFromZeroToMaxGapDays()
    {
        // One purchase on day 0, as of day 730 + 365: at risk at every g = 0 … 730, the last gap included.
        var curve = Of(ReturnCurve.MaxGapDays + ReturnCurve.LookAheadDays, 0);
        Assert.Equal(ReturnCurve.MaxGapDays + 1, curve.AtRisk.Count);
        Assert.Equal(1, curve.AtRisk[ReturnCurve.MaxGapDays]);
        Assert.Equal((730, 365, 90), (ReturnCurve.MaxGapDays, ReturnCurve.LookAheadDays, ReturnCurve.FollowUpDays));
    }
}
