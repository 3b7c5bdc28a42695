using LtvKit.Customers;
using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

public class SegmentationTests
{
    [Fact]
    public void Classify_TableInTwoHalves_CellsAreThoseOfEachCustomersGroup()
    {
        // Enough customers for two halves side by side, spread over every group and both statuses.
        var asOf = new DateOnly(2024, 12, 31);
        var rows = Enumerable.Range(0, 90_000).SelectMany(i => new[]
        {
            $"A{i},C{i},{new DateOnly(2023, 1, 1).AddDays(i % 300):yyyy-MM-dd},{1000 + i % 7 * 20_000}",
            $"B{i},C{i},{new DateOnly(2023, 1, 1).AddDays(i % 300 + i % 5 * 60):yyyy-MM-dd},{500 + i % 11 * 9_000}",
        }).ToArray();
        var table = TestShop.Orders(asOf, rows).Customers;
        var segmentation = Segmentation.Classify(table);
        var rules = segmentation.Rules;
        var expected = table
            .GroupBy(c => (rules.Rules[rules.Classify(c)].Name, segmentation.Thresholds.StatusOf(c.RecencyDays)))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(c => c.Revenue)));
        Assert.Equal(90_000, segmentation.Cells.Sum(c => c.Customers));
        foreach (var cell in segmentation.Cells)
            Assert.Equal(expected.GetValueOrDefault((cell.Segment, cell.Status)), (cell.Customers, cell.Revenue));
        Assert.Equal(rules.Rules[rules.Classify(table[89_999])].Name, segmentation.SegmentOf(89_999));
    }

    [Fact]
    public void Segmentation_OfCustomerAndMembers()
    {
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "A,C1,2024-01-01,1000", "B,C1,2024-02-01,1000", "C,C2,2024-12-01,1000");
        var segmentation = shop.Segment();
        var c1 = shop.Customers.Single(c => c.Id == "C1");
        Assert.Equal("Fledgling", segmentation.SegmentOf(c1));
        Assert.Equal(CustomerStatus.Churned, segmentation.StatusOf(c1));
        Assert.Equal(["C2"], segmentation.Members("FirstTimer", CustomerStatus.Active).Select(c => c.Id));
        Assert.Equal("よちよち客", SegmentLabels.Japanese("Fledgling"));
        Assert.Equal("VIP", SegmentLabels.Japanese("VIP"));
    }
}
