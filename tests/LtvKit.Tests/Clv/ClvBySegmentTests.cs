using LtvKit.Clv;
using LtvKit.Segments;

namespace LtvKit.Tests.Clv;

public class ClvBySegmentTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);
    private static readonly BgNbdModel Purchases = new(0.243, 4.414, 0.793, 2.426);
    private static readonly GammaGammaModel Spend = new(6.25, 3.74, 15.44);

    /// <summary>A: fledgling, churned. B, D: first-timers, active. C: first-timer, churned. E: steady, active.</summary>
    private static Shop Fixture() => TestShop.Orders(AsOf,
        "1,A,2024-01-05,5000", "2,A,2024-02-10,3000",
        "3,B,2024-11-01,4000",
        "4,C,2024-03-01,2000",
        "5,D,2024-12-20,6000",
        "6,E,2024-01-10,1000", "7,E,2024-06-01,1500", "8,E,2024-12-01,2500");

    private static ClvForecast Forecast(Shop shop, DateOnly calibrationEnd) =>
        ClvForecast.Compute(Purchases, Spend, ModelSummary.Build(ClvInput.PurchaseDays(shop.Customers), calibrationEnd), 12, 0.1);

    [Fact]
    public void Compute_AsOfForecast_CountsEqualTheCrossTab()
    {
        var shop = Fixture();
        var segmentation = Segmentation.Classify(shop.Customers);

        var bySegment = ClvBySegment.Compute(Forecast(shop, AsOf), segmentation);

        Assert.Equal(segmentation.Cells.Select(c => (c.Segment, c.Status, c.Customers)), bySegment.Cells.Select(c => (c.Segment, c.Status, c.Customers)));
        Assert.Equal(0, bySegment.CustomersWithoutForecast);
        Assert.Equal(2, bySegment.Cell("FirstTimer", CustomerStatus.Active).Customers);
        Assert.Equal(1, bySegment.Cell("FirstTimer", CustomerStatus.Churned).Customers);
        Assert.Equal(1, bySegment.Cell("Fledgling", CustomerStatus.Churned).Customers);
        Assert.Equal(1, bySegment.Cell("Steady", CustomerStatus.Active).Customers);
    }

    [Fact]
    public void Compute_Cell_IsMeanAndSumOfItsCustomers()
    {
        var shop = Fixture();
        var forecast = Forecast(shop, AsOf);
        var b = forecast.Customers.Single(c => c.CustomerId == "B");
        var d = forecast.Customers.Single(c => c.CustomerId == "D");

        var cell = ClvBySegment.Compute(forecast, Segmentation.Classify(shop.Customers)).Cell("FirstTimer", CustomerStatus.Active);

        Assert.Equal((b.ProbabilityAlive + d.ProbabilityAlive) / 2, cell.MeanProbabilityAlive!.Value, 12);
        Assert.Equal((b.Value + d.Value) / 2, cell.MeanValue!.Value, 9);
        Assert.Equal(b.Value + d.Value, cell.TotalValue, 9);
    }

    [Fact]
    public void Compute_EmptyCell_HasNullMeansNotNaN()
    {
        var shop = Fixture();

        var cell = ClvBySegment.Compute(Forecast(shop, AsOf), Segmentation.Classify(shop.Customers)).Cell("Loyal", CustomerStatus.Active);

        Assert.Equal(0, cell.Customers);
        Assert.Null(cell.MeanProbabilityAlive);
        Assert.Null(cell.MeanValue);
        Assert.Equal(0, cell.TotalValue);
    }

    [Fact]
    public void Compute_CustomerAfterCalibrationEnd_IsCountedWithoutForecast()
    {
        var shop = Fixture();

        var bySegment = ClvBySegment.Compute(Forecast(shop, new DateOnly(2024, 12, 1)), Segmentation.Classify(shop.Customers));

        Assert.Equal(1, bySegment.CustomersWithoutForecast);
        Assert.Equal(1, bySegment.Cell("FirstTimer", CustomerStatus.Active).Customers);
        Assert.Equal(4, bySegment.Cells.Sum(c => c.Customers));
    }

    [Fact]
    public void Total_ChurnedAcrossGroups_WeighsEachCustomerOnce()
    {
        var shop = Fixture();
        var forecast = Forecast(shop, AsOf);
        var churned = forecast.Customers.Where(c => c.CustomerId is "A" or "C").ToArray();

        var total = ClvBySegment.Compute(forecast, Segmentation.Classify(shop.Customers)).Total(CustomerStatus.Churned);

        Assert.Equal(2, total.Customers);
        Assert.Equal(churned.Average(c => c.ProbabilityAlive), total.MeanProbabilityAlive!.Value, 12);
        Assert.Equal(churned.Sum(c => c.Value), total.TotalValue, 9);
    }
}
