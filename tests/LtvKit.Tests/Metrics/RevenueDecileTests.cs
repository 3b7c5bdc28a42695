using System.Globalization;
using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class RevenueDecileTests
{
    [Fact]
    public void Of_TwelveCustomers_TheExtraCustomersGoToTheFirstAndSixthDeciles()
    {
        // Customers spending ¥12,000, ¥11,000, … ¥1,000 (¥78,000 in all). Rank r is in decile ⌊10r ÷ 12⌋ + 1:
        // decile 1 = ranks 0–1 (¥23,000), decile 6 = ranks 6–7 (¥6,000 + ¥5,000), every other decile one customer.
        var rows = Enumerable.Range(1, 12).Select(i => $"{i},c{i},2024-01-01,{i * 1000}").ToArray();
        var deciles = RevenueDecile.Of(TestShop.Orders(null, rows).Customers);

        Assert.Equal([2L, 1, 1, 1, 1, 2, 1, 1, 1, 1], deciles.Select(d => d.Customers));
        Assert.Equal([23000m, 10000, 9000, 8000, 7000, 11000, 4000, 3000, 2000, 1000], deciles.Select(d => d.Revenue));
        Assert.Equal((11000m, 12000m), (deciles[0].MinRevenue, deciles[0].MaxRevenue));
        Assert.Equal(23000.0 / 78000, deciles[0].RevenueShare!.Value, 12);
        Assert.Equal(33000.0 / 78000, deciles[1].CumulativeRevenueShare!.Value, 12);
        Assert.Equal(1.0, deciles[9].CumulativeRevenueShare!.Value, 12);
        Assert.Equal(new Rate(2, 12), deciles[0].CustomerShare);
    }

    [Fact]
    public void Of_FewerCustomersThanDeciles_TheTopCustomerIsInDecileOne()
    {
        var deciles = RevenueDecile.Of(TestShop.Orders(null, "1,a,2024-01-01,500", "2,b,2024-01-01,900", "3,c,2024-01-01,100").Customers);

        // Ranks 0, 1, 2 of 3 → deciles 1, 4, 7.
        Assert.Equal([1L, 0, 0, 1, 0, 0, 1, 0, 0, 0], deciles.Select(d => d.Customers));
        Assert.Equal(900m, deciles[0].MaxRevenue);
        Assert.Null(deciles[1].MinRevenue);
    }

    [Fact]
    public void Of_ARevenueBeyondTenThousandths_RanksAsDecimals_AndEveryRevenueKeepsItsScale()
    {
        // c's 0.00001 does not fit the fast sort's keys: the table sorts as decimals; without it, as keys. Both rank alike.
        foreach (var extra in (string[])["0.00001", "0.0001"])
        {
            var deciles = RevenueDecile.Of(TestShop.Orders(null, "1,a,2024-01-01,500.50", "2,b,2024-01-01,900", $"3,c,2024-01-01,{extra}").Customers);
            Assert.Equal("900", deciles[0].MaxRevenue?.ToString(CultureInfo.InvariantCulture));
            Assert.Equal("500.50", deciles[3].MaxRevenue?.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(extra, deciles[6].MinRevenue?.ToString(CultureInfo.InvariantCulture));
        }
    }
}
