using LtvKit.Sample;
using LtvKit.Tests.Cli;

namespace LtvKit.Tests.Sample;

public class SampleCommandTests
{
    [Fact]
    public void Sample_WritesWhatTheLibraryWrites_AndSaysWhat()
    {
        var folder = SampleCsv.TempFolder();
        var result = CliRunner.Run("sample", "--customers", "120", "--seed", "5", "--start", "2023-04-01", "--months", "6", "--encoding", "shift_jis", "--out", folder);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("of 120 customers", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Period 2023-04-01 to 2023-09-30, seed 5, shift_jis", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr); // progress only when stderr is a terminal

        var library = SampleCsv.TempFolder();
        SampleShop.Generate(library, new SampleOptions { Customers = 120, Seed = 5, Start = new DateOnly(2023, 4, 1), Months = 6, Encoding = SampleEncoding.ShiftJis });
        foreach (var file in new[] { "orders.csv", "customers.csv", "ad_spend.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(library, file)), File.ReadAllBytes(Path.Combine(folder, file)));
    }

    [Theory]
    [InlineData("--customers", "0", "--customers is 0")]
    [InlineData("--months", "121", "--months is 121")]
    [InlineData("--start", "2024-01-15", "starts on the first day of a month")]
    [InlineData("--start", "2024/01/01", "is not a date")]
    [InlineData("--encoding", "latin1", "use utf-8 or shift_jis")]
    public void Sample_BadOption_ExitCode2_WithTheReason(string option, string value, string message)
    {
        var folder = SampleCsv.TempFolder();
        var result = CliRunner.Run("sample", option, value, "--out", folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Sample_WithoutOut_ExitCode2()
    {
        var result = CliRunner.Run("sample", "--customers", "10");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsTheDefaultsInvariantly()
    {
        var result = CliRunner.Run("sample", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[default: 3000]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[default: utf-8]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[default: 2024-01-01]", result.Stdout, StringComparison.Ordinal);
    }
}
