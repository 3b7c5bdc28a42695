using System.Text;
using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>定期 retention: Took(n) = customers with ≥ n deliveries, n = 1 … MaxDelivery + 1 = 13.</summary>
public class DeliveryRetentionTests
{
    /// <summary>One customer per entry, with that many monthly 定期 deliveries from 2023-01-01, and one 通常 order first.</summary>
    private static DeliveryRetention Of(params int[] deliveries)
    {
        var csv = new StringBuilder("注文ID,顧客ID,注文日,商品名,金額,定期区分\n");
        for (var c = 0; c < deliveries.Length; c++)
        {
            csv.Append($"R{c},c{c},2022-12-15,美容液,3000,通常\n");
            for (var n = 0; n < deliveries[c]; n++)
                csv.Append($"S{c}-{n},c{c},{new DateOnly(2023, 1, 1).AddMonths(n):yyyy-MM-dd},美容液,3000,定期\n");
        }
        return DeliveryRetention.Of(TestShop.Load(csv.ToString(), new() { AsOf = new DateOnly(2024, 12, 31), MaxRejectedShare = 1 }).Customers);
    }

    [Fact]
    public void Of_TwelveDeliveries_BelowTheLastCountedDelivery_TookNoThirteenth()
    {
        var retention = Of(12);
        Assert.Equal(1, retention.TookDelivery(DeliveryRetention.MaxDelivery));
        Assert.Equal(0, retention.TookDelivery(DeliveryRetention.MaxDelivery + 1));
        Assert.Equal(new Rate(0, 1), retention.Retention(12));
    }

    [Fact]
    public void Of_ThirteenDeliveries_OnTheLastCountedDelivery_TookTheThirteenth()
    {
        var retention = Of(13);
        Assert.Equal(new Rate(1, 1), retention.Retention(12));
        Assert.Equal(DeliveryRetention.MaxDelivery + 1, retention.Took.Count);
    }

    [Fact]
    public void Of_FourteenDeliveries_AfterTheLastCountedDelivery_AreNotCountedFurther()
    {
        var retention = Of(14);
        Assert.Equal(13, retention.Took.Count);
        Assert.Equal(1, retention.TookDelivery(13));
    }

    [Fact]
    public void Retention_TheRemarksExample_SeventyThenEightyPercent()
    {
        // 100 customers take a 1st delivery, 70 a 2nd, 56 a 3rd: 70 ÷ 100 = 70%, 56 ÷ 70 = 80%.
        var took = new long[13];
        (took[0], took[1], took[2]) = (100, 70, 56);
        var retention = new DeliveryRetention(took);
        Assert.Equal((0.7, 0.8), (retention.Retention(1).Value!.Value, retention.Retention(2).Value!.Value));
    }

    [Fact]
    public void Of_RegularOrdersOnly_HasNoDeliveries() => Assert.Null(Of(0).Retention(1).Value);
}
