using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

public sealed class ClvDefaultsTests
{
    [Fact]
    public void Defaults_ArePinned()
    {
        Assert.Equal(7.0, ClvDefaults.DaysPerWeek);
        Assert.Equal(30.4375, ClvDefaults.DaysPerMonth);
        Assert.Equal(12, ClvDefaults.MonthsPerYear);
        Assert.Equal(10, ClvDefaults.MinimumRepeatCustomers);
        Assert.Equal(1.0, ClvDefaults.MaximumAnnualDiscountRate);
        Assert.Equal(7, ClvDefaults.HoldoutCheckLastFrequencyGroup);
    }
}
