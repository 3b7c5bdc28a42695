using LtvKit.Ingest;
using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class AcquisitionPaybackTests
{
    // As of 2024-03-31 (March complete), gross margin 50%.
    //   a Instagram お試し 1/10 ¥1,000, 2/5 ¥5,000      b Instagram お試し 1/20 ¥1,000
    //   c Google 本品 1/15 ¥8,000, 3/10 ¥8,000         d Instagram お試し 2/10 ¥1,000      e LINE 本品 3/5 ¥6,000
    // Ad spend: 2024-01 Instagram ¥6,000 (a, b: CPO ¥3,000), 2024-01 Google ¥4,000 (c: ¥4,000),
    //           2024-02 Instagram ¥2,000 (d: ¥2,000), 2024-02 Google ¥3,000 (no new Google customer: unallocated).
    //           LINE has no spend: e cost nothing.
    private const string Orders = """
        注文ID,顧客ID,注文日,商品名,金額(税込),チャネル
        1,a,2024-01-10,お試し,1000,Instagram
        2,a,2024-02-05,本品,5000,Instagram
        3,b,2024-01-20,お試し,1000,Instagram
        4,c,2024-01-15,本品,8000,Google
        5,c,2024-03-10,本品,8000,Google
        6,d,2024-02-10,お試し,1000,Instagram
        7,e,2024-03-05,本品,6000,LINE
        """;

    private static readonly AdSpend[] Spend =
    [
        new(new DateOnly(2024, 1, 1), "Instagram", 6000), new(new DateOnly(2024, 1, 1), "Google", 4000),
        new(new DateOnly(2024, 2, 1), "Instagram", 2000), new(new DateOnly(2024, 2, 1), "Google", 3000),
    ];

    internal static AcquisitionPayback Payback() =>
        AcquisitionPayback.Of(TestShop.Load(Orders, new LoadOptions { AsOf = new DateOnly(2024, 3, 31), MaxRejectedShare = 1 }).Customers, Spend, 0.5);

    [Fact]
    public void Of_CpoPerChannelAndMonth_UnallocatedSpendReported()
    {
        var payback = Payback();

        Assert.Equal([3000m, 4000m, 2000m, null], payback.Costs.Select(c => c.Cpo));
        Assert.Equal((15000m, 3000m), (payback.TotalCost, payback.UnallocatedCost));
    }

    [Fact]
    public void Of_InstagramTrial_NotPaidBackWithinTheData()
    {
        // k = 0: a, b, d observed; profit (500 + 500 + 500) ÷ 3 = 500 against CPO (3,000 + 3,000 + 2,000) ÷ 3.
        // k = 1: profit (3,000 + 500 + 500) ÷ 3 against the same CPO. k = 2: only a and b observed (d's month 2 is April):
        // profit (3,000 + 500) ÷ 2 = 1,750 against 3,000. Never reached: "not yet".
        var instagram = Payback().Groups[0];

        Assert.Equal(("Instagram", "お試し", 3L), (instagram.Channel, instagram.Product, instagram.Customers));
        Assert.Equal([3L, 3, 2], instagram.Observed);
        Assert.Equal([500m, 4000m / 3, 1750m], instagram.GrossProfitPerCustomer);
        Assert.Equal([8000m / 3, 8000m / 3, 3000m], instagram.CpoPerCustomer);
        Assert.Null(instagram.PaybackMonth);
    }

    [Fact]
    public void Of_ProfitEqualToCpo_PaysBackInThatMonth()
    {
        // c: month 0 profit 50% × ¥8,000 = ¥4,000 = its CPO: paid back on the boundary. e: no spend, paid back at once.
        var groups = Payback().Groups;

        Assert.Equal(["Instagram", "Google", "LINE"], groups.Select(g => g.Channel));
        Assert.Equal(0, groups[1].PaybackMonth);
        Assert.Equal([4000m, 4000m, 8000m], groups[1].GrossProfitPerCustomer);
        Assert.Equal(0, groups[2].PaybackMonth);
        Assert.Equal([0m], groups[2].CpoPerCustomer);
    }

    [Fact]
    public void Of_MidMonthAsOf_LeavesTheRunningMonthOut()
    {
        var shop = TestShop.Load(Orders, new LoadOptions { AsOf = new DateOnly(2024, 3, 30), MaxRejectedShare = 1 });
        var payback = AcquisitionPayback.Of(shop.Customers, Spend, 0.5);

        // The last complete month is February: a, b and d at k = 0, only a and b at k = 1; e (March) is not observed yet.
        Assert.Equal([3L, 2], payback.Groups[0].Observed);
        var line = payback.Groups.Single(g => g.Channel == "LINE");
        Assert.Empty(line.Observed);
        Assert.Null(line.PaybackMonth);
    }
}
