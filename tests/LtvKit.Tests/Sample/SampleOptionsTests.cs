using LtvKit.Ingest;
using LtvKit.Sample;

namespace LtvKit.Tests.Sample;

public class SampleOptionsTests
{
    [Fact]
    public void Defaults_ArePinned_TheyDescribeTheBundledSample()
    {
        var options = new SampleOptions();
        Assert.Equal(3_000, options.Customers);
        Assert.Equal(42, options.Seed);
        Assert.Equal(new DateOnly(2024, 1, 1), options.Start);
        Assert.Equal(24, options.Months);
        Assert.Equal(SampleEncoding.Utf8, options.Encoding);
        Assert.Equal(new DateOnly(2025, 12, 31), options.End);
        Assert.Equal(731, options.Days); // 2024 is a leap year
        Assert.Equal(10_000_000, SampleOptions.MaxCustomers);
        Assert.Equal(120, SampleOptions.MaxMonths);
    }

    [Fact]
    public void End_OneMonth_IsTheLastDayOfThatMonth()
    {
        var options = new SampleOptions { Start = new DateOnly(2024, 2, 1), Months = 1 };
        Assert.Equal(new DateOnly(2024, 2, 29), options.End);
        Assert.Equal(29, options.Days);
    }

    [Theory]
    [InlineData(0, 24, 1, "--customers")]
    [InlineData(10_000_001, 24, 1, "--customers")]
    [InlineData(100, 0, 1, "--months")]
    [InlineData(100, 121, 1, "--months")]
    [InlineData(100, 24, 15, "--start")]
    public void Validate_OutOfRange_NamesTheOption(int customers, int months, int startDay, string option)
    {
        var options = new SampleOptions { Customers = customers, Months = months, Start = new DateOnly(2024, 3, startDay) };
        var error = Assert.Throws<InputException>(options.Validate);
        Assert.StartsWith(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Passes() => new SampleOptions().Validate();
}
