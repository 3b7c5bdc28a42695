using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

public sealed class ClvDefaultsTests
{
    [Fact]
    public void Defaults_ArePinned()
    {
        Assert.Equal(10, ClvDefaults.MinimumRepeatCustomers);
        Assert.Equal(1.0, ClvDefaults.MaximumAnnualDiscountRate);
        Assert.Equal(7, ClvDefaults.HoldoutCheckLastFrequencyGroup);
    }
}
