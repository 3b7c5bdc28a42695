using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

/// <summary>repeaters(m) = buyers in m whose first purchase is before m; customersToDate(m) = first purchase on or before the end of m.</summary>
public class MonthlyRepeatTests
{
    private static IReadOnlyList<MonthlyRepeat> Of(params string[] rows) => MonthlyRepeat.Of(TestShop.Orders(new DateOnly(2024, 3, 31), rows).Customers);

    [Fact]
    public void Of_SecondPurchaseInTheFirstPurchasesMonth_IsNotARepeater()
    {
        // 1/1 and 1/31: a buyer in January, not a repeater (the first purchase is not before January).
        var january = Of("1,C,2024-01-01,1000", "2,C,2024-01-31,1000")[0];
        Assert.Equal((1L, 0L, 1L), (january.Buyers, january.Repeaters, january.CustomersToDate));
    }

    [Fact]
    public void Of_PurchaseOnTheNextMonthsFirstDay_IsARepeater()
    {
        // 1/31 then 2/1: in February the first purchase (January) is before the month.
        var february = Of("1,C,2024-01-31,1000", "2,C,2024-02-01,1000")[1];
        Assert.Equal((1L, 1L, 1L), (february.Buyers, february.Repeaters, february.CustomersToDate));
        Assert.Equal(new Rate(1, 1), february.RepeaterRatio);
    }

    [Fact]
    public void Of_CustomersToDate_CountsFirstPurchasesUpToTheMonthsLastDay()
    {
        // a first buys 1/5 and comes back 2/10; b first buys 2/29 (February's last day); c first buys 3/1.
        // February: buyers a, b; repeaters a; customers to date a, b → 1 ÷ 2 and 1 ÷ 2.
        var months = Of("1,a,2024-01-05,1000", "2,a,2024-02-10,1000", "3,b,2024-02-29,1000", "4,c,2024-03-01,1000");
        Assert.Equal([1L, 2L, 3L], months.Select(m => m.CustomersToDate));
        Assert.Equal((2L, 1L), (months[1].Buyers, months[1].Repeaters));
        Assert.Equal(new Rate(1, 2), months[1].LocalRepeatRate);
    }
}
