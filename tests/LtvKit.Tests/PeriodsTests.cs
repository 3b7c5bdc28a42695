namespace LtvKit.Tests;

public sealed class PeriodsTests
{
    [Fact]
    public void Periods_ArePinned()
    {
        Assert.Equal(7, Periods.DaysPerWeek);
        Assert.Equal(30, Periods.DaysPerTenureMonth);
        Assert.Equal(30.4375, Periods.DaysPerAverageMonth);
        Assert.Equal(365, Periods.DaysPerYear);
        Assert.Equal(12, Periods.MonthsPerYear);
    }

    [Fact]
    public void DaysPerAverageMonth_TwelveMakeAnAverageGregorianYear() =>
        Assert.Equal(365.25, Periods.DaysPerAverageMonth * Periods.MonthsPerYear);
}
