using LtvKit.Customers;
using LtvKit.Metrics;

namespace LtvKit.Tests.Customers;

public class CustomerTableTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    [Fact]
    public void Indexer_SameCustomerTwice_IsTheSameRecord()
    {
        var table = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A2,C2,2024-02-05,500").Customers;
        Assert.Same(table[1], table[1]);
        using var all = table.GetEnumerator();
        Assert.True(all.MoveNext());
        Assert.Same(table[0], all.Current);
    }

    [Fact]
    public void Indexer_OutsideTheTable_Throws()
    {
        var table = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000").Customers;
        Assert.Throws<ArgumentOutOfRangeException>(() => table[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[-1]);
    }

    [Fact]
    public void Record_HasTheRowsMeasuresAndItsFirstPurchasesText()
    {
        var table = TestShop.Orders(AsOf, "A1,C1,2024-01-05,-200", "A2,C1,2024-01-07,1000", "A3,C1,2024-03-07,500").Customers;
        var c = table.Single();
        Assert.Equal(("C1", 2, 2, 1300m), (c.Id, c.Purchases, c.PurchaseDays, c.Revenue));
        Assert.Equal((new DateOnly(2024, 1, 7), new DateOnly(2024, 3, 7)), (c.FirstPurchase, c.LastPurchase));
        Assert.Equal((60, AsOf.DayNumber - new DateOnly(2024, 3, 7).DayNumber, (int?)60), (c.TenureDays, c.RecencyDays, c.DaysToSecond));
        Assert.Equal(("Web", "商品"), (c.FirstChannel, c.FirstProduct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Build_TinyTables_KeepEveryBuyerInOrder(int buyers)
    {
        // A customer with only a return is not in the table; a history needs one usable row, so there is always one.
        var rows = new[] { "R0,X0,2024-01-01,-100" }.Concat(Enumerable.Range(0, buyers).Select(i => $"A{i},C{i},2024-01-0{i + 2},1000")).ToArray();
        var table = TestShop.Orders(AsOf, rows).Customers;
        Assert.Equal(Enumerable.Range(0, buyers).Select(i => $"C{i}"), table.Select(c => c.Id));
    }

    [Fact]
    public void Build_TwoHalves_KeepTheBuyersOfBothInOrder()
    {
        // Enough customers for two halves side by side; every third has only a return, so both halves leave gaps.
        const int Customers = 100_000;
        var rows = Enumerable.Range(0, Customers).Select(i => $"A{i},C{i},2024-01-05,{(i % 3 == 0 ? -100 : 1000 + i)}").ToArray();
        var table = TestShop.Orders(AsOf, rows).Customers;
        var buyers = Enumerable.Range(0, Customers).Where(i => i % 3 != 0).ToList();
        Assert.Equal(buyers.Count, table.Count);
        Assert.Equal(buyers.Select(i => $"C{i}"), table.Select(c => c.Id));
        Assert.Equal(buyers.Select(i => 1000m + i), table.Select(c => c.Revenue));
        Assert.Equal(buyers.Count, RepeatRate.Of(table).Denominator);
    }

    [Fact]
    public void Metrics_OnTheTableAndOnItsRecords_Agree()
    {
        var table = Shop.Load(Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv")).Customers;
        var records = table.ToList();
        Assert.Equal(RepeatRate.Of(records), RepeatRate.Of(table));
        Assert.Equal(Funnel.Of(records).Reach, Funnel.Of(table).Reach);
        Assert.Equal(F2Conversion.Of(records, table.AsOf), F2Conversion.Of(table, table.AsOf));
        Assert.Equal(HorizonLtv.Of(table, records, 12, 365), HorizonLtv.Of(table, 12, 365));
    }
}
