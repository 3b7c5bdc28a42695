using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

[Collection(CdnowGroup.Name)]
public sealed class HoldoutCheckTests(CdnowFixture cdnow)
{
    [Fact]
    public void Compute_Cdnow_GroupsByCalibrationFrequency()
    {
        var check = HoldoutCheck.Compute(cdnow.BgNbd, cdnow.Summary);

        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7+"], check.Groups.Select(g => g.Label));
        Assert.Equal([1_411, 439, 214, 100, 62, 38, 29, 64], check.Groups.Select(g => g.Customers));
        Assert.Equal(39, check.HoldoutLength, 12);
    }

    [Fact]
    public void Compute_Cdnow_ActualIsHoldoutPurchaseDays()
    {
        // 1,882 distinct (customer, day) pairs in CDNOW_sample.txt fall after 1997-09-30.
        var check = HoldoutCheck.Compute(cdnow.BgNbd, cdnow.Summary);

        Assert.Equal(1_882, check.TotalActual);
        Assert.Equal(1_882, check.Groups.Sum(g => g.MeanActual * g.Customers), 1e-9);
    }

    [Fact]
    public void Compute_Cdnow_PredictionIsSumOfConditionalExpectations()
    {
        var check = HoldoutCheck.Compute(cdnow.BgNbd, cdnow.Summary);

        var expected = cdnow.Summary.Customers.Sum(c => cdnow.BgNbd.ExpectedPurchases(39, c));
        Assert.Equal(expected, check.TotalPredicted, 1e-6);
        Assert.InRange(check.TotalPredicted / check.TotalActual, 0.8, 1.2);
        Assert.StartsWith("Holdout 39 weeks: predicted 1,653 purchase days, actual 1,882", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_EmptyFrequencyGroups_AreLeftOut()
    {
        var end = new DateOnly(2024, 3, 31);
        var summary = new ModelSummary(
            [new ModelSummaryRow("A", 0, 0, 10, 0m, 1), new ModelSummaryRow("B", 9, 9, 10, 5m, 3)],
            TimeUnit.Weeks, end, end.AddDays(70));

        var check = HoldoutCheck.Compute(new BgNbdModel(0.243, 4.414, 0.793, 2.426), summary);

        Assert.Equal(["0", "7+"], check.Groups.Select(g => g.Label));
        Assert.Equal(7, check.Groups[1].Frequency); // the group's lowest x
    }

    [Fact]
    public void Compute_NoHoldoutWindow_Throws()
    {
        var end = new DateOnly(2024, 3, 31);
        var summary = new ModelSummary([new ModelSummaryRow("A", 0, 0, 10, 0m, 0)], TimeUnit.Weeks, end, end);

        var e = Assert.Throws<ClvException>(() => HoldoutCheck.Compute(new BgNbdModel(0.243, 4.414, 0.793, 2.426), summary));
        Assert.Contains("no holdout window", e.Message, StringComparison.Ordinal);
    }
}
