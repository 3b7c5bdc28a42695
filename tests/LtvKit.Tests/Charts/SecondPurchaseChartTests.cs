using LtvKit.Charts;
using LtvKit.Metrics;

namespace LtvKit.Tests.Charts;

public class SecondPurchaseChartTests
{
    [Fact]
    public void Chart_StepsUpToMaxDays_SecondPurchasesAt364_365_366Days()
    {
        // Second purchase days 364 (before maxDays = 365), 365 (on it) and 366 (after it): the line steps at 364 and 365,
        // then runs flat to 365; the step at 366 is not drawn.
        var first = new DateOnly(2022, 1, 1);
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31),
            [.. new[] { 364, 365, 366 }.SelectMany(d => new[] { $"a{d},c{d},{first:yyyy-MM-dd},1000", $"b{d},c{d},{first.AddDays(d):yyyy-MM-dd},1000" })]);
        var line = ChartFigures.Figure(SecondPurchaseChart.Chart(SecondPurchaseCurve.Of(shop.Customers), maxDays: 365)).GetProperty("data")[2];
        Assert.Equal([0, 364, 365, 365], line.GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
    }
}
