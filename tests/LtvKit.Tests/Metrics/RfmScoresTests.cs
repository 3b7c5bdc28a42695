using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class RfmScoresTests
{
    // As of 2024-12-31, customers c1 … c10: recency 0, 10, … 90 days; purchase days 1 (c1–c6), 2 (c7, c8), 3 (c9), 5 (c10);
    // revenue ¥1,000 × k, spread evenly over the customer's purchase days (100 days apart, the last one at the recency).
    private static Shop TenCustomers()
    {
        var asOf = new DateOnly(2024, 12, 31);
        int[] days = [1, 1, 1, 1, 1, 1, 2, 2, 3, 5];
        var rows = new List<string>();
        for (var k = 1; k <= 10; k++)
        {
            var last = asOf.AddDays(-10 * (k - 1));
            for (var d = 0; d < days[k - 1]; d++)
                rows.Add($"{k}-{d},c{k},{last.AddDays(-100 * d):yyyy-MM-dd},{k * 1000 / days[k - 1]}");
        }
        return TestShop.Orders(asOf, [.. rows]);
    }

    [Fact]
    public void Of_DefaultCutPoints_AreThisShopsQuintilesWithTiesKeptTogether()
    {
        var rfm = RfmScores.Of(TenCustomers().Customers);

        // Quintile cut points: the 2nd, 4th, 6th and 8th smallest of ten values.
        Assert.Equal([10, 30, 50, 70], rfm.CutPoints.RecencyDays);
        Assert.Equal([1, 1, 1, 2], rfm.CutPoints.PurchaseDays);
        Assert.Equal([2000m, 4000m, 6000m, 8000m], rfm.CutPoints.Revenue);
        Assert.Equal([2L, 2, 2, 2, 2], rfm.Recency);
        Assert.Equal([2L, 2, 2, 2, 2], rfm.Monetary);
        // Six customers share F = 1: all score 1, and nobody scores 2 or 3.
        Assert.Equal([6L, 0, 0, 2, 2], rfm.Frequency);
        Assert.Equal(["no customer has F = 2 or 3: the cut points 1 / 1 / 1 / 2 leave them empty"], rfm.Warnings);
    }

    [Fact]
    public void Of_Grid_CountsRecencyByFrequency()
    {
        var rfm = RfmScores.Of(TenCustomers().Customers);

        // R 5: c1, c2 · R 4: c3, c4 · R 3: c5, c6 (all F 1) · R 2: c7, c8 (F 4) · R 1: c9, c10 (F 5).
        Assert.Equal(2, rfm.Grid[4, 0]);
        Assert.Equal(2, rfm.Grid[3, 0]);
        Assert.Equal(2, rfm.Grid[2, 0]);
        Assert.Equal(2, rfm.Grid[1, 3]);
        Assert.Equal(2, rfm.Grid[0, 4]);
        Assert.Equal(10, rfm.Grid.Cast<long>().Sum());
    }

    [Theory]
    [InlineData(29, 5)] // before the first cut point
    [InlineData(30, 5)] // on it: ≤ 30 days is still the best class
    [InlineData(31, 4)] // after it
    [InlineData(365, 2)]
    [InlineData(366, 1)]
    public void Of_FixedCutPoints_RecencyOnACutPointScoresTheBetterClass(int recencyDays, int expected)
    {
        var asOf = new DateOnly(2024, 12, 31);
        var shop = TestShop.Orders(asOf, $"1,a,{asOf.AddDays(-recencyDays):yyyy-MM-dd},1000");
        var cuts = new RfmCutPoints([30, 90, 180, 365], [1, 2, 3, 5], [5000, 10000, 30000, 70000]);

        var rfm = RfmScores.Of(shop.Customers, cuts);

        Assert.Equal(1, rfm.Recency[expected - 1]);
        Assert.Equal((expected, 1, 1), RfmScores.Score(shop.Customers[0], cuts));
    }

    [Fact]
    public void Warnings_OneLinePerMeasure_NamingTheEmptyScoresAndTheCutPoints()
    {
        var asOf = new DateOnly(2024, 12, 31);
        var shop = TestShop.Orders(asOf, $"1,a,{asOf.AddDays(-29):yyyy-MM-dd},1000");

        var rfm = RfmScores.Of(shop.Customers, new RfmCutPoints([30, 90, 180, 365], [1, 2, 3, 5], [5000, 10000, 30000, 70000]));

        Assert.Equal(["no customer has R = 1, 2, 3 or 4: the cut points 30 days / 90 days / 180 days / 365 days leave them empty",
                      "no customer has F = 2, 3, 4 or 5: the cut points 1 / 2 / 3 / 5 leave them empty",
                      "no customer has M = 2, 3, 4 or 5: the cut points ¥5,000 / ¥10,000 / ¥30,000 / ¥70,000 leave them empty"], rfm.Warnings);
    }

    [Fact]
    public void Warnings_NoCustomers_None()
    {
        // Every order cancelled: no customer, and no score class to warn about.
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "1,a,2024-12-01,1000,キャンセル");

        var rfm = RfmScores.Of(shop.Customers);

        Assert.Empty(shop.Customers);
        Assert.Empty(rfm.Warnings);
    }

    [Fact]
    public void Of_CutPointsNotAscending_SaysWhich()
    {
        var shop = TestShop.Orders(null, "1,a,2024-01-01,1000");
        var error = Assert.Throws<ArgumentException>(() => RfmScores.Of(shop.Customers, new RfmCutPoints([30, 90, 60, 365], [1, 2, 3, 5], [1, 2, 3, 4])));
        Assert.Contains("90 is followed by 60", error.Message);
        Assert.Throws<ArgumentException>(() => RfmScores.Of(shop.Customers, new RfmCutPoints([30, 90, 365], [1, 2, 3, 5], [1, 2, 3, 4])));
    }
}
