using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

[Collection(CdnowGroup.Name)]
public sealed class ModelSummaryTests(CdnowFixture cdnow)
{
    private static readonly DateOnly CalibrationEnd = new(2024, 3, 31);

    // Hand fixture, calibration end 2024-03-31, holdout to 2024-06-30:
    //   A: 01-01 ¥1,000 and ¥500 (two orders, one day) | 01-15 ¥2,000 | 03-31 ¥4,000 (on the end) | 04-01 ¥3,000 (holdout)
    //   B: 03-01 ¥800 only
    //   C: 02-01 ¥0 (free sample) | 02-11 ¥1,200
    //   D: 04-10 ¥5,000 (first purchase after the end: excluded)
    //   E: 07-01 ¥9,999 (after the holdout end: ignored entirely, so also excluded)
    private static readonly CustomerPurchaseDay[] Fixture =
    [
        new("A", new DateOnly(2024, 1, 1), 1_000m),
        new("A", new DateOnly(2024, 1, 1), 500m),
        new("A", new DateOnly(2024, 1, 15), 2_000m),
        new("A", new DateOnly(2024, 3, 31), 4_000m),
        new("A", new DateOnly(2024, 4, 1), 3_000m),
        new("B", new DateOnly(2024, 3, 1), 800m),
        new("C", new DateOnly(2024, 2, 1), 0m),
        new("C", new DateOnly(2024, 2, 11), 1_200m),
        new("D", new DateOnly(2024, 4, 10), 5_000m),
        new("E", new DateOnly(2024, 7, 1), 9_999m),
    ];

    [Fact]
    public void Build_HandFixture_CountsRepeatDaysAndRepeatSpend()
    {
        var summary = ModelSummary.Build(Fixture, CalibrationEnd, TimeUnit.Days, new DateOnly(2024, 6, 30));

        Assert.Equal(["A", "B", "C"], summary.Customers.Select(c => c.CustomerId));
        // A: 3 purchase days in calibration (the 2 orders of 01-01 are one day); repeat spend (2,000 + 4,000) / 2.
        Assert.Equal(new ModelSummaryRow("A", 2, 90, 90, 3_000m, 1), summary.Customers[0]);
        Assert.Equal(new ModelSummaryRow("B", 0, 0, 30, 0m, 0), summary.Customers[1]);
        // C: the ¥0 day is the first purchase day; the repeat spend is the 02-11 day only.
        Assert.Equal(new ModelSummaryRow("C", 1, 10, 59, 1_200m, 0), summary.Customers[2]);
        Assert.Equal(2, summary.CustomersAfterCalibrationEnd);
        Assert.Equal(2, summary.RepeatCustomers);
        Assert.Equal(91, summary.HoldoutLength);
    }

    [Fact]
    public void Build_Weeks_AreDaysOverSeven()
    {
        var summary = ModelSummary.Build(Fixture, CalibrationEnd, TimeUnit.Weeks, new DateOnly(2024, 6, 30));

        Assert.Equal(90 / 7.0, summary.Customers[0].TimeOfLastPurchase, 12);
        Assert.Equal(59 / 7.0, summary.Customers[2].Age, 12);
        Assert.Equal(13, summary.HoldoutLength, 12);
    }

    [Fact]
    public void Build_NoHoldoutEnd_UsesLatestPurchaseDay()
    {
        var summary = ModelSummary.Build(Fixture, CalibrationEnd, TimeUnit.Days);

        Assert.Equal(new DateOnly(2024, 7, 1), summary.HoldoutEnd);
        Assert.Equal(1, summary.Customers[0].HoldoutPurchaseDays);
        Assert.Equal(2, summary.CustomersAfterCalibrationEnd); // D and E start after the calibration end
    }

    [Theory]
    [InlineData(30, 1, 0)] // purchase day before the calibration end: a repeat
    [InlineData(31, 1, 0)] // on the calibration end: still calibration (the end is inclusive)
    [InlineData(32, 0, 1)] // after: holdout
    public void Build_SecondPurchase_BeforeOnAfterCalibrationEnd(int dayOfMarch, int x, int holdout)
    {
        CustomerPurchaseDay[] days =
        [
            new("A", new DateOnly(2024, 3, 1), 100m),
            new("A", new DateOnly(2024, 3, 1).AddDays(dayOfMarch - 1), 200m),
        ];

        var row = ModelSummary.Build(days, CalibrationEnd, TimeUnit.Days, new DateOnly(2024, 4, 30)).Customers.Single();

        Assert.Equal(x, row.Frequency);
        Assert.Equal(holdout, row.HoldoutPurchaseDays);
        Assert.Equal(30, row.Age);
    }

    [Fact]
    public void Build_CdnowSample_MatchesPublishedSummaryForEveryCustomer()
    {
        // The published file prints t_x, T and z̄ to 2 decimals, so "equal" is: our unrounded value, rounded
        // half away from zero to 2 decimals, is the printed value (and so within 0.005 of it). This holds for all
        // 2,357 customers with z̄ = the mean of the repeat purchase days (first day excluded), and fails for the
        // mean over all purchase days (30 of 2,357 agree). Banker's rounding of z̄ would miss 68 customers: the
        // file was written with half-up rounding.
        var published = CdnowData.PublishedSummary();
        var summary = cdnow.Summary;

        Assert.Equal(2_357, summary.Customers.Count);
        Assert.Equal(published.Count, summary.Customers.Count);
        Assert.Equal(0, summary.CustomersAfterCalibrationEnd);
        foreach (var row in summary.Customers)
        {
            var expected = published[int.Parse(row.CustomerId, System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal(expected.X, row.Frequency);
            Assert.Equal(expected.Tx, Math.Round(row.TimeOfLastPurchase, 2, MidpointRounding.AwayFromZero), 1e-9);
            Assert.Equal(expected.T, Math.Round(row.Age, 2, MidpointRounding.AwayFromZero), 1e-9);
            Assert.Equal(expected.Zbar, (double)Math.Round(row.MonetaryValue, 2, MidpointRounding.AwayFromZero), 1e-9);
        }
    }

    [Fact]
    public void Build_CdnowSample_ZeroDollarOnlyCustomersAreCustomers()
    {
        // The 8 customers whose only row is a $0 purchase are in the published summary (METRICS.md §5).
        string[] zeroOnly = ["0087", "0155", "0227", "0286", "1080", "1195", "1293", "2086"];
        var rows = cdnow.Summary.Customers.Where(c => zeroOnly.Contains(c.CustomerId)).ToArray();

        Assert.Equal(8, rows.Length);
        Assert.All(rows, r => Assert.Equal((0, 0m), (r.Frequency, r.MonetaryValue)));
        Assert.Equal(946, cdnow.Summary.RepeatCustomers);
        Assert.Equal(39, cdnow.Summary.HoldoutLength, 12);
    }

    [Fact]
    public void Build_NoPurchaseDays_Throws()
    {
        var e = Assert.Throws<ClvException>(() => ModelSummary.Build([], CalibrationEnd));
        Assert.Contains("No purchase days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AllFirstPurchasesAfterCalibrationEnd_Throws()
    {
        var e = Assert.Throws<ClvException>(() => ModelSummary.Build([new("D", new DateOnly(2024, 4, 10), 5m)], CalibrationEnd));
        Assert.Contains("on or before the calibration end 2024-03-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NegativeAmount_Throws()
    {
        var e = Assert.Throws<ClvException>(() => ModelSummary.Build([new("A", new DateOnly(2024, 1, 1), -5m)], CalibrationEnd));
        Assert.Contains("Customer A", e.Message, StringComparison.Ordinal);
        Assert.Contains("negative amount", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HoldoutEndBeforeCalibrationEnd_Throws()
    {
        Assert.Throws<ClvException>(() => ModelSummary.Build(Fixture, CalibrationEnd, TimeUnit.Days, new DateOnly(2024, 3, 30)));
    }

    [Fact]
    public void Constructor_LastPurchaseAfterCalibrationEnd_Throws()
    {
        var e = Assert.Throws<ClvException>(() =>
            new ModelSummary([new ModelSummaryRow("X", 1, 40, 30, 10m, 0)], TimeUnit.Days, CalibrationEnd, CalibrationEnd));
        Assert.Contains("Customer X", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Cdnow_IsOneLine()
    {
        Assert.Equal("2,357 customers (946 repeat), calibration to 1997-09-30, holdout 39 weeks to 1998-06-30", cdnow.Summary.ToString());
        Assert.Equal("0001: x = 2, t_x = 30.43, T = 38.86, z̄ = 22.35, holdout 1", cdnow.Summary.Customers[0].ToString());
    }
}
