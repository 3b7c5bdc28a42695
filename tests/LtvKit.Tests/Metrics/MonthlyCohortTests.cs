using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class MonthlyCohortTests
{
    // Cohort 2024-01: a (1/5 ¥1,000, 1/20 ¥2,000, 2/10 ¥3,000) and b (1/31 ¥5,000, 3/1 ¥1,000).
    // Cohort 2024-02: c (2/1 ¥4,000 and a second order the same day ¥500, a return 2/15 −¥500).
    // Cohort 2024-03: d (3/10 ¥2,000). e's only order is cancelled: no customer, no cohort.
    private static readonly string[] Rows =
    [
        "1,a,2024-01-05,1000", "2,a,2024-01-20,2000", "3,a,2024-02-10,3000",
        "4,b,2024-01-31,5000", "5,b,2024-03-01,1000",
        "6,c,2024-02-01,4000", "7,c,2024-02-01,500", "8,c,2024-02-15,-500",
        "9,d,2024-03-10,2000",
        "10,e,2024-01-10,3000,キャンセル",
    ];

    [Fact]
    public void Of_MidMonthAsOf_TheRunningMonthIsBlank()
    {
        var cohorts = MonthlyCohort.Of(TestShop.Orders(new DateOnly(2024, 3, 15), Rows).Customers);

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1)], cohorts.Select(c => c.Month));
        Assert.Equal([2L, 1L, 1L], cohorts.Select(c => c.Customers));
        var january = cohorts[0];
        // Month 0: a and b bought (100%), ¥8,000 = ¥4,000 a head; month 1 (February): a (50%), ¥11,000 so far = ¥5,500 a head.
        Assert.Equal([2L, 1L, null], january.Buyers);
        Assert.Equal(new Rate(1, 2), january.Active(1));
        Assert.Equal([8000m, 11000m, null], january.Revenue);
        Assert.Equal(5500m, january.RevenuePerCustomer(1));
        Assert.Null(january.Active(2));
        // c: two orders on one day are one buyer; the return nets: ¥4,500 − ¥500.
        Assert.Equal([1L, null], cohorts[1].Buyers);
        Assert.Equal([4000m, null], cohorts[1].Revenue);
        // March is still running on 3/15: even its own month 0 is blank, but its size is known.
        Assert.Equal([null], cohorts[2].Buyers);
    }

    [Fact]
    public void Of_AsOfOnTheMonthsLastDay_TheMonthIsComplete()
    {
        var cohorts = MonthlyCohort.Of(TestShop.Orders(new DateOnly(2024, 3, 31), Rows).Customers);

        // b came back on 3/1: month 2 of January's cohort is 1 of 2, ¥12,000 so far = ¥6,000 a head.
        Assert.Equal([2L, 1L, 1L], cohorts[0].Buyers);
        Assert.Equal(6000m, cohorts[0].RevenuePerCustomer(2));
        Assert.Equal([1L], cohorts[2].Buyers);
    }

    [Fact]
    public void Of_DayBeforeTheMonthsLastDay_TheMonthIsBlank()
    {
        var cohorts = MonthlyCohort.Of(TestShop.Orders(new DateOnly(2024, 3, 30), Rows).Customers);

        Assert.Null(cohorts[0].Buyers[2]);
    }

    [Fact]
    public void Of_MonthsWithoutNewCustomers_HaveNoCohort()
    {
        var cohorts = MonthlyCohort.Of(TestShop.Orders(new DateOnly(2024, 4, 30), "1,a,2024-01-05,1000", "2,a,2024-04-01,1000").Customers);

        var january = Assert.Single(cohorts);
        Assert.Equal([1L, 0L, 0L, 1L], january.Buyers);
    }

    [Fact]
    public void Of_AsOfTheFirstDayOfTheNextMonth_TheMonthIsComplete()
    {
        // After the boundary: on 4/1 March is complete (April, still running, is blank).
        var cohorts = MonthlyCohort.Of(TestShop.Orders(new DateOnly(2024, 4, 1), Rows).Customers);

        Assert.Equal([2L, 1L, 1L, null], cohorts[0].Buyers);
        Assert.Equal([1L, null], cohorts[2].Buyers);
    }
}
