using LtvKit.Metrics;
using LtvKit.Segments;
using LtvKit.Tests.Charts;

namespace LtvKit.Tests.Metrics;

public class LastPurchaseMonthTests
{
    [Fact]
    public void LastPurchaseMonth_CountsEveryCustomerOnce_BySatus()
    {
        var segmentation = ChartFigures.Shop.Value.Segment();
        var months = LastPurchaseMonth.Of(segmentation);
        Assert.Equal(segmentation.Customers.Count, months.Sum(m => m.Active + m.Churned));
        Assert.Equal(segmentation.Cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => c.Customers), months.Sum(m => m.Churned));
        Assert.Equal(new DateOnly(segmentation.Customers.AsOf.Year, segmentation.Customers.AsOf.Month, 1), months[^1].Month);
        Assert.Equal(months.Count, months.Select(m => m.Month).Distinct().Count());
        Assert.Equal(0, months[^1].Churned);
    }
}
