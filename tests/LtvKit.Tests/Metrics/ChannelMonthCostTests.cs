using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class ChannelMonthCostTests
{
    [Fact]
    public void Cpo_IsCostOverNewCustomers_NullWithoutNewCustomers()
    {
        // ¥300,000 for 120 new customers = ¥2,500 each; a month with spend and no new customer has no CPO.
        Assert.Equal(2_500m, new ChannelMonthCost(new DateOnly(2024, 1, 1), "Instagram", 300_000m, 120).Cpo);
        Assert.Null(new ChannelMonthCost(new DateOnly(2024, 2, 1), "Instagram", 300_000m, 0).Cpo);
    }
}
