using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

public class GroupMigrationTests
{
    // As of 2024-12-31; the default earlier date is three months before, 2024-09-30. Default thresholds (90/210 days, ¥70,000, 240 days).
    //   a  9/1 only                       初回/既存 (recency 29)   → 初回/既存 (121)
    //   b  9/1, 10/15                     初回/既存                → よちよち/既存 (tenure 44)
    //   c  2023-12-01 only                初回/離脱 (304)          → 初回/離脱
    //   d  3/1 only                       初回/既存 (213)          → 初回/離脱 (305)
    //   e  11/1 only                      new                      → 初回/既存
    //   f  1/1 ¥50,000, 9/1 ¥30,000        優良/既存 (tenure 244)    → 優良/既存
    //   g  9/30 only (on the earlier date) 初回/既存 (0)            → 初回/既存
    //   h  a return only, 10/5             in neither table
    private static Shop Shop() => TestShop.Orders(new DateOnly(2024, 12, 31),
        "1,a,2024-09-01,1000", "2,b,2024-09-01,1000", "3,b,2024-10-15,1000", "4,c,2023-12-01,1000", "5,d,2024-03-01,1000",
        "6,e,2024-11-01,1000", "7,f,2024-01-01,50000", "8,f,2024-09-01,30000", "9,g,2024-09-30,1000", "10,h,2024-10-05,-1000");

    private static long Moved(GroupMigration migration, string from, string to)
    {
        int Cell(string name) => name == "new" ? migration.NewRow : migration.Cells.ToList().FindIndex(c => $"{c.Segment}/{c.Status}" == name);
        return migration.Counts[Cell(from), Cell(to)];
    }

    [Fact]
    public void Of_DefaultThreeMonthsBefore_HandCounted()
    {
        var migration = GroupMigration.Of(Shop().Segment());

        Assert.Equal(new DateOnly(2024, 9, 30), migration.From);
        Assert.Equal(2, Moved(migration, "FirstTimer/Active", "FirstTimer/Active"));
        Assert.Equal(1, Moved(migration, "FirstTimer/Active", "Fledgling/Active"));
        Assert.Equal(1, Moved(migration, "FirstTimer/Active", "FirstTimer/Churned"));
        Assert.Equal(1, Moved(migration, "FirstTimer/Churned", "FirstTimer/Churned"));
        Assert.Equal(1, Moved(migration, "new", "FirstTimer/Active"));
        Assert.Equal(1, Moved(migration, "Loyal/Active", "Loyal/Active"));
        Assert.Equal(7, migration.Counts.Cast<long>().Sum());
    }

    [Fact]
    public void Of_RowsAndColumnsAddUpToBothDatesCrossTabs()
    {
        var shop = Shop();
        var later = shop.Segment();
        var migration = GroupMigration.Of(later);
        var earlier = Segmentation.Classify(LtvKit.Customers.CustomerTable.Build(shop.Customers.History.AsOfEarlier(migration.From)));

        for (var j = 0; j < migration.Cells.Count; j++)
            Assert.Equal(later.Cells[j].Customers, Enumerable.Range(0, migration.NewRow + 1).Sum(i => migration.Counts[i, j]));
        for (var i = 0; i < migration.Cells.Count; i++)
            Assert.Equal(earlier.Cells[i].Customers, Enumerable.Range(0, migration.Cells.Count).Sum(j => migration.Counts[i, j]));
        Assert.Equal(6, earlier.Customers.Count); // a b c d f g: e is new, h never bought
    }

    [Theory]
    [InlineData(2024, 10, 26, "FirstTimer/Active")]  // before: d's silence is 239 days on the earlier date
    [InlineData(2024, 10, 27, "FirstTimer/Churned")] // on the churn threshold: 240 days
    public void Of_EarlierDateOnTheChurnThreshold(int year, int month, int day, string dOnTheEarlierDate)
    {
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "5,d,2024-03-01,1000");
        var migration = GroupMigration.Of(shop.Segment(), new DateOnly(year, month, day));

        Assert.Equal(1, Moved(migration, dOnTheEarlierDate, "FirstTimer/Churned"));
    }

    [Fact]
    public void Of_EarlierDateAfterTheAsOfDate_IsRefused()
    {
        var shop = Shop();
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupMigration.Of(shop.Segment(), new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData(2024, 9, 29, "FirstTimer/Active")] // before the default earlier date (2024-12-31 − 3 months = 2024-09-30): already a customer
    [InlineData(2024, 9, 30, "FirstTimer/Active")] // on it: orders dated on the earlier date are knowable that day
    [InlineData(2024, 10, 1, "new")]               // after it: not a customer yet on 2024-09-30
    public void Of_DefaultEarlierDate_FirstPurchaseAroundIt(int year, int month, int day, string onTheEarlierDate)
    {
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), $"1,x,{new DateOnly(year, month, day):yyyy-MM-dd},1000");
        var migration = GroupMigration.Of(shop.Segment());

        Assert.Equal(new DateOnly(2024, 9, 30), migration.From);
        Assert.Equal(1, Moved(migration, onTheEarlierDate, "FirstTimer/Active"));
    }

    [Theory]
    [InlineData(2024, 5, 31, 2024, 2, 29)]  // three calendar months back, clamped to the end of a leap February
    [InlineData(2023, 5, 31, 2023, 2, 28)]  // and of a common one
    [InlineData(2024, 3, 1, 2023, 12, 1)]   // across the year
    public void Of_DefaultEarlierDate_IsThreeCalendarMonthsBeforeTheAsOfDate(int year, int month, int day, int fromYear, int fromMonth, int fromDay)
    {
        var asOf = new DateOnly(year, month, day);
        var shop = TestShop.Orders(asOf, $"1,x,{asOf.AddYears(-1):yyyy-MM-dd},1000");

        Assert.Equal(new DateOnly(fromYear, fromMonth, fromDay), GroupMigration.Of(shop.Segment()).From);
        Assert.Equal(3, GroupMigration.DefaultMonthsBefore);
    }

    [Fact]
    public void Of_EarlierDateOnTheAsOfDate_EveryoneStays()
    {
        // From = To: both classifications are of the same orders.
        var shop = Shop();
        var migration = GroupMigration.Of(shop.Segment(), shop.AsOf);
        Assert.Equal((7L, 0L, 0L), (migration.Stayed, migration.Moved, migration.New));
    }
}
