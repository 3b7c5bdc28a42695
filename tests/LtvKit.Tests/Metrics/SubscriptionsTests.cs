using LtvKit.Ingest;
using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class SubscriptionsTests
{
    private const string Header = "注文ID,顧客ID,注文日,商品名,金額(税込),受注種別,ステータス";

    // a: お試しセット 1/1 (通常), then 定期 deliveries 1/20, 2/20, 3/20 → 3 deliveries, upgraded on day 19.
    // b: 定期 from the start: 1/5, 2/5 → 2 deliveries; first purchase 定期.
    // c: お試しセット 1/10, another トライアル 1/15 (not an upgrade), 本品 3/20 (day 70: too late for W = 60).
    // d: 本品 1/3 only (通常): not a trial customer.
    // e: 頒布会 1/8 → 1 delivery; first purchase 頒布会.
    // f: お試し 5/1: trial customer, first purchase after as-of − 60 (5/31 − 60 = 4/1): not eligible.
    // g: 定期 2/1, cancelled: no customer.
    private static readonly string Csv = Header + "\n" + string.Join("\n",
        "1,a,2024-01-01,お試しセット,1000,通常,",
        "2,a,2024-01-20,美容液,5000,定期,",
        "3,a,2024-02-20,美容液,5000,定期,",
        "4,a,2024-03-20,美容液,5000,定期,",
        "5,b,2024-01-05,美容液,5000,定期,",
        "6,b,2024-02-05,美容液,5000,定期,",
        "7,c,2024-01-10,お試しセット,1000,,",
        "8,c,2024-01-15,ﾄﾗｲｱﾙキット,1500,,",
        "9,c,2024-03-20,美容液,5000,,",
        "10,d,2024-01-03,美容液,5000,通常,",
        "11,e,2024-01-08,季節の頒布会,3000,頒布会,",
        "12,f,2024-05-01,お試しセット,1000,,",
        "13,g,2024-02-01,美容液,5000,定期,キャンセル") + "\n";

    private static Kpis Kpis() => TestShop.Load(Csv, new LoadOptions { AsOf = new DateOnly(2024, 5, 31), MaxRejectedShare = 1 }).Kpis();

    [Fact]
    public void Of_Fixture_CountsPurchasesByKindAndDeliveries()
    {
        var s = Kpis().Subscriptions;

        // 通常: a's trial, c's three, d, f = 6; 定期: a 3 + b 2 = 5 (g's is cancelled); 頒布会: e = 1.
        Assert.Equal((6L, 5L, 1L), (s.RegularPurchases, s.SubscriptionPurchases, s.HanpukaiPurchases));
        // Delivery 1: a, b, e (3); delivery 2: a, b (2); delivery 3: a (1); delivery 4: none.
        Assert.Equal([3L, 2L, 1L, 0L], s.Retention.Took.Take(4));
        Assert.Equal(new Rate(2, 3), s.Retention.Retention(1));
        Assert.Equal(new Rate(1, 2), s.Retention.Retention(2));
        Assert.Equal(new Rate(0, 1), s.Retention.Retention(3));
        Assert.Null(s.Retention.Retention(4).Value);
    }

    [Fact]
    public void ByFirstOrderKind_SplitsTheFunnelByHowTheCustomerCameIn()
    {
        var s = Kpis().Subscriptions;

        // 通常 first: a (4 purchase days), c (3), d (1), f (1); 定期/頒布会 first: b (2), e (1).
        Assert.Equal([4L, 2L, 2L, 1L, 0L], s.RegularFunnel.Reach);
        Assert.Equal([2L, 1L, 0L, 0L, 0L], s.RecurringFunnel.Reach);
    }

    [Fact]
    public void TrialUpgrade_WindowDays_OnAndAfterTheBoundary()
    {
        // Trial customers a, c, f; eligible a, c (f's trial is after 4/1). a upgraded (定期 on day 19); c's second
        // trial is no upgrade and its 本品 on day 70 is after the window: 1 of 2.
        var upgrade = Kpis().Upgrade;
        Assert.Equal((60, 3L, 2L, 1L), (upgrade.WindowDays, upgrade.TrialCustomers, upgrade.Eligible, upgrade.Upgraded));

        // W = 70: c's 本品 on day 70 is on the boundary and counts; f is still too recent.
        var shop = TestShop.Load(Csv, new LoadOptions { AsOf = new DateOnly(2024, 5, 31), MaxRejectedShare = 1 });
        var on = TrialUpgrade.Of(shop.Customers, TrialProducts.Default, 70);
        Assert.Equal((2L, 2L), (on.Eligible, on.Upgraded));
        // W = 69: one day short.
        Assert.Equal(1L, TrialUpgrade.Of(shop.Customers, TrialProducts.Default, 69).Upgraded);
    }

    [Fact]
    public void NoSubscriptionColumn_EveryPurchaseIsRegular()
    {
        var s = TestShop.Orders(null, "1,a,2024-01-01,1000", "2,a,2024-02-01,1000").Kpis().Subscriptions;
        Assert.Equal((2L, 0L, 0L), (s.RegularPurchases, s.SubscriptionPurchases, s.HanpukaiPurchases));
        Assert.All(s.Retention.Took, n => Assert.Equal(0, n));
        Assert.Equal([1L, 1L, 0L, 0L, 0L], s.RegularFunnel.Reach);
    }

    [Fact]
    public void MapSubscription_ReadsAnotherColumn_AndAnyLineMakesTheOrderRecurring()
    {
        // Order 1 has a 通常 line and a 定期 line: the order is 定期.
        var csv = "注文ID,顧客ID,注文日,商品名,金額(税込),区分\n1,a,2024-01-01,美容液,5000,\n1,a,2024-01-01,化粧水,3000,定期便\n";
        var shop = TestShop.Load(csv, new LoadOptions { MaxRejectedShare = 1, Map = new Dictionary<OrderField, string> { [OrderField.Subscription] = "区分" } });
        Assert.Equal(1L, shop.Kpis().Subscriptions.SubscriptionPurchases);
    }

    [Fact]
    public void Config_TrialWordsAndWindow_AreRead_AndABadListNamesTheKey()
    {
        var config = AnalysisConfig.Read(TestShop.File("{ \"trialProducts\": [\"ミニボトル\"], \"upgradeWindowDays\": 45 }", extension: ".json"));
        Assert.Equal(["ミニボトル"], config.Metrics.TrialProducts!.Words);
        Assert.Equal(45, config.Metrics.UpgradeWindowDays);
        Assert.Equal(MetricOptions.DefaultUpgradeWindowDays, AnalysisConfig.Read(TestShop.File("{}", extension: ".json")).Metrics.UpgradeWindowDays);

        var error = Assert.Throws<InputException>(() => AnalysisConfig.Read(TestShop.File("{ \"trialProducts\": \"お試し\" }", extension: ".json")));
        Assert.Contains("'trialProducts'", error.Message, StringComparison.Ordinal);
    }
}
