using System.Text;
using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>
/// 引き上げ率 with W = 60 (MetricOptions.DefaultUpgradeWindowDays): of the customers whose first purchase is a trial,
/// eligible when first purchase ≤ asOf − W, upgraded when a later purchase of 本品 or 定期 has date − first ≤ W.
/// </summary>
public class TrialUpgradeTests
{
    private const int W = MetricOptions.DefaultUpgradeWindowDays;

    private static readonly DateOnly AsOf = new(2024, 12, 31);

    /// <summary>Rows "customer,date,product[,kind]" under a header with a subscription column.</summary>
    private static TrialUpgrade Of(params string[] rows)
    {
        var csv = new StringBuilder("注文ID,顧客ID,注文日,商品名,金額,定期区分\n");
        for (var i = 0; i < rows.Length; i++)
        {
            var f = rows[i].Split(',');
            csv.Append($"O{i},{f[0]},{f[1]},{f[2]},1000,{(f.Length > 3 ? f[3] : "通常")}\n");
        }
        return TrialUpgrade.Of(TestShop.Load(csv.ToString(), new() { AsOf = AsOf, MaxRejectedShare = 1 }).Customers, TrialProducts.Default, W);
    }

    private static readonly DateOnly Trial = new(2024, 3, 1);

    [Fact]
    public void Of_FullProductOnDay59_BeforeTheWindowsEnd_Upgrades()
    {
        var upgrade = Of($"a,{Trial:yyyy-MM-dd},お試しセット", $"a,{Trial.AddDays(W - 1):yyyy-MM-dd},美容液");
        Assert.Equal((1L, 1L, 1L), (upgrade.TrialCustomers, upgrade.Eligible, upgrade.Upgraded));
    }

    [Fact]
    public void Of_FullProductOnDay60_OnTheWindowsEnd_Upgrades()
    {
        // The remarks' example: a trial on 1 March and a 本品 on 30 April (60 days) upgraded.
        var upgrade = Of($"a,{Trial:yyyy-MM-dd},お試しセット", "a,2024-04-30,美容液");
        Assert.Equal((1L, 1L), (upgrade.Eligible, upgrade.Upgraded));
    }

    [Fact]
    public void Of_FullProductOnDay61_AfterTheWindow_DoesNotUpgrade()
    {
        // … one on 1 May (61 days) did not.
        var upgrade = Of($"a,{Trial:yyyy-MM-dd},お試しセット", "a,2024-05-01,美容液");
        Assert.Equal((1L, 0L), (upgrade.Eligible, upgrade.Upgraded));
    }

    [Fact]
    public void IsEligible_TrialBeforeAsOfMinusWindow_IsEligible()
    {
        // asOf − W − 1 = 2024-10-31.
        Assert.Equal(1L, Of($"a,{AsOf.AddDays(-W - 1):yyyy-MM-dd},お試しセット").Eligible);
    }

    [Fact]
    public void IsEligible_TrialOnAsOfMinusWindow_IsEligible()
    {
        // asOf − W = 2024-11-01: the whole 60 days 11/2 … 12/31 are seen; a 本品 on the as-of date (day 60) upgrades.
        var upgrade = Of($"a,{AsOf.AddDays(-W):yyyy-MM-dd},お試しセット", $"a,{AsOf:yyyy-MM-dd},美容液");
        Assert.Equal((1L, 1L), (upgrade.Eligible, upgrade.Upgraded));
    }

    [Fact]
    public void IsEligible_TrialAfterAsOfMinusWindow_IsATrialCustomerButNotEligible()
    {
        // asOf − W + 1 = 2024-11-02: a trial customer, not yet in the rate even though they already upgraded.
        var upgrade = Of($"a,{AsOf.AddDays(-W + 1):yyyy-MM-dd},お試しセット", $"a,{AsOf:yyyy-MM-dd},美容液");
        Assert.Equal((1L, 0L, 0L), (upgrade.TrialCustomers, upgrade.Eligible, upgrade.Upgraded));
        Assert.Null(upgrade.Rate.Value);
    }

    [Fact]
    public void Of_AnotherTrial_IsNoUpgrade_ASubscriptionOfATrialIs()
    {
        // a buys a second trial (no upgrade); b's second order is a 定期 delivery of the trial kit (an upgrade); c's first
        // purchase is 本品 (no trial customer).
        var upgrade = Of($"a,{Trial:yyyy-MM-dd},お試しセット", "a,2024-03-10,トライアルキット",
            $"b,{Trial:yyyy-MM-dd},お試しセット", "b,2024-03-10,お試しセット,定期",
            $"c,{Trial:yyyy-MM-dd},美容液", "c,2024-03-10,美容液");
        Assert.Equal((2L, 2L, 1L), (upgrade.TrialCustomers, upgrade.Eligible, upgrade.Upgraded));
    }

    [Fact]
    public void Of_FullProductOnTheTrialsDay_AsAnotherOrder_Upgrades()
    {
        // "Another order, on the same day or after": a 本品 ordered separately on the day of the trial (day 0).
        var upgrade = Of($"a,{Trial:yyyy-MM-dd},お試しセット", $"a,{Trial:yyyy-MM-dd},美容液");
        Assert.Equal(1L, upgrade.Upgraded);
    }
}
