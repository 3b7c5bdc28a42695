using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class MonthlyFrameTests
{
    private static readonly Shop Shop = TestShop.Orders(new DateOnly(2024, 3, 31),
        "A1,C1,2024-01-01,10000", "A2,C1,2024-02-01,5000", "B1,C2,2024-03-01,3000");

    [Fact]
    public void Monthly_ToDeedle_IndexedByMonth()
    {
        var frame = Shop.Kpis().Monthly.ToDeedle();
        Assert.Equal(3, frame.RowCount);
        Assert.Equal(1.0, frame.GetColumn<double>("RepeaterRatio").Get(new DateTime(2024, 2, 1)));
        Assert.Equal(2L, frame.GetColumn<long>("CustomersToDate").Get(new DateTime(2024, 3, 1)));
    }
}
