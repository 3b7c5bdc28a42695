using System.Text.Json;

namespace LtvKit.Tests.Cli;

public class MetricsCommandTests
{
    private static readonly string Orders = TestShop.File(TestShop.Csv(
        "A1,C1,2024-01-01,10000", "A2,C1,2024-01-21,5000", "B1,C2,2024-03-01,3000", "C1,C3,2024-12-15,8000,キャンセル", "D1,C4,2024-12-20,2500"));

    [Fact]
    public void Json_HasTheKeysOfMetricsMdAndReconciles()
    {
        var result = CliRunner.Run("metrics", "--orders", Orders, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "asOf", "amountBasis", "input", "customers", "orders", "revenue", "averageLtv", "averageOrderValue", "repeatRate", "f2", "approximateLtv", "formulaLtv", "horizonLtv", "segments", "thresholds" })
            Assert.True(root.TryGetProperty(key, out _), key);
        Assert.Equal("2024-12-20", root.GetProperty("asOf").GetString());
        Assert.Equal("incl", root.GetProperty("amountBasis").GetString());
        var input = root.GetProperty("input");
        Assert.Equal(5, input.GetProperty("rowsRead").GetInt64());
        Assert.Equal(4, input.GetProperty("rowsUsed").GetInt64());
        Assert.Equal(1, input.GetProperty("rowsCancelled").GetInt64());
        Assert.Equal(3, root.GetProperty("customers").GetInt32());
        Assert.Equal(20500m, root.GetProperty("revenue").GetDecimal());
        Assert.Equal(1.0 / 3, root.GetProperty("repeatRate").GetDouble(), 12);
        var f2 = root.GetProperty("f2");
        Assert.Equal((30, 2, 1), (f2.GetProperty("windowDays").GetInt32(), f2.GetProperty("eligible").GetInt32(), f2.GetProperty("converted").GetInt32()));
        Assert.Equal(0.5, f2.GetProperty("rate").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("horizonLtv").GetProperty("12").GetProperty("value").ValueKind);
        Assert.Equal(10, root.GetProperty("segments").GetArrayLength());
        Assert.Equal(70000, root.GetProperty("thresholds").GetProperty("amountThreshold").GetInt32());
    }

    [Fact]
    public void Json_MeanAmounts_AreNotRounded()
    {
        // ¥3.62 over 3 customers: a mean of 1.20666…, which rounding to 6 places would put 2.8e-7 off.
        var cents = TestShop.File(TestShop.Csv("A1,C1,2024-01-01,1.21", "B1,C2,2024-01-02,1.2", "C1,C3,2024-01-03,1.21"));
        var result = CliRunner.Run("metrics", "--orders", cents, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;

        Assert.Equal(3.62 / 3, root.GetProperty("averageLtv").GetDouble(), 15);
        Assert.Equal(3.62 / 3, root.GetProperty("averageOrderValue").GetDouble(), 15);
        Assert.Equal(3.62 / 3, root.GetProperty("approximateLtv").GetDouble(), 15);
    }

    [Fact]
    public void Table_IsReadable()
    {
        var result = CliRunner.Run("metrics", "--orders", Orders);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Repeat rate (リピート率)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("33.3% (1 of 3)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_UsesTheBundledSample()
    {
        var result = CliRunner.Run("metrics", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("bundled sample", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("customers").GetInt32() > 1000);
    }

    [Fact]
    public void BadInput_ExitCode2_WithFileAndLine()
    {
        var bad = TestShop.File(TestShop.Csv("A1,C1,2024-01-01,10000", "A2,C1,2024-01-21,x"));
        var result = CliRunner.Run("metrics", "--orders", bad, "--strict");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bad}:3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("金額(税込) is 'x'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageError_ExitCode2()
    {
        var result = CliRunner.Run("metrics", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_ExitCode2_NamesTheFile()
    {
        var result = CliRunner.Run("metrics", "--orders", "/nonexistent/orders.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/orders.csv", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metrics")]
    [InlineData("customers")]
    public void Help_OnEveryCommand(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--orders", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--as-of", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_ThresholdsChangeTheSegments()
    {
        var config = TestShop.File("""{ "thresholds": { "churnDays": 30 } }""", extension: ".json");
        var result = CliRunner.Run("metrics", "--orders", Orders, "--format", "json", "--config", config);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(30, json.RootElement.GetProperty("thresholds").GetProperty("churnDays").GetInt32());
        var churned = json.RootElement.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("status").GetString() == "Churned").Sum(s => s.GetProperty("customers").GetInt32());
        Assert.Equal(2, churned);
    }

    [Fact]
    public void AdSpend_GivesCpoPerChannelAndMonthAndThePayback()
    {
        // January's ¥9,000 brought one new Web customer, C1 (CPO ¥9,000); C2 (March) and C4 (December) came without spend.
        // Month 0, over C1 and C2 (C4's December is not complete): profit (50% × ¥15,000 + 50% × ¥3,000) ÷ 2 = ¥4,500
        // against CPO (¥9,000 + ¥0) ÷ 2 = ¥4,500: paid back in month 0.
        var spend = TestShop.File("月,媒体,広告費\n2024-01,Web,9000\n2024-06,Web,1000\n");
        var result = CliRunner.Run("metrics", "--orders", Orders, "--format", "json", "--ad-spend", spend, "--gross-margin", "0.5");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var payback = json.RootElement.GetProperty("payback");
        Assert.Equal(10000m, payback.GetProperty("totalCost").GetDecimal());
        Assert.Equal(1000m, payback.GetProperty("unallocatedCost").GetDecimal()); // no new customer in June
        Assert.Equal(9000m, payback.GetProperty("cpo")[0].GetProperty("cpo").GetDecimal());
        Assert.Equal(0, payback.GetProperty("groups")[0].GetProperty("paybackMonth").GetInt32());
    }

    [Fact]
    public void AdSpend_WithoutGrossMargin_ExitCode2()
    {
        var spend = TestShop.File("月,媒体,広告費\n2024-01,Web,9000\n");
        var result = CliRunner.Run("metrics", "--orders", Orders, "--ad-spend", spend);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ad-spend needs --gross-margin", result.Stderr);
    }
}
