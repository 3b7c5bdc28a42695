using System.Text.Json;
using LtvKit.Tests.Clv;

namespace LtvKit.Tests.Cli;

public class ClvCommandTests
{
    [Fact]
    public void Cdnow_FromTheRepoRoot_ReproducesThePublishedParameters()
    {
        var summaryPath = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"), "summary.csv");
        var clvPath = Path.ChangeExtension(summaryPath, ".clv.csv");
        var result = CliRunner.Run("clv", "--orders", "data-samples/cdnow/CDNOW_sample.txt", "--preset", "cdnow",
            "--calibration-end", "1997-09-30", "--time-unit", "weeks", "--format", "json", "--summary-out", summaryPath, "--out", clvPath);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(2357, root.GetProperty("customers").GetInt32());
        Assert.Equal(946, root.GetProperty("repeatCustomers").GetInt32());
        var bgnbd = root.GetProperty("bgnbd");
        Assert.Equal(0.243, bgnbd.GetProperty("r").GetDouble(), 3);
        Assert.Equal(4.414, bgnbd.GetProperty("alpha").GetDouble(), 3);
        Assert.Equal(0.793, bgnbd.GetProperty("a").GetDouble(), 3);
        Assert.Equal(2.426, bgnbd.GetProperty("b").GetDouble(), 3);
        Assert.Equal(-9582.4, bgnbd.GetProperty("logLikelihood").GetDouble(), 1);
        Assert.True(bgnbd.GetProperty("converged").GetBoolean());
        var gg = root.GetProperty("gammaGamma");
        Assert.Equal(6.25, gg.GetProperty("p").GetDouble(), 0.01);
        Assert.Equal(3.74, gg.GetProperty("q").GetDouble(), 0.01);
        Assert.Equal(15.44, gg.GetProperty("gamma").GetDouble(), 0.01);
        var summary = File.ReadAllLines(summaryPath);
        Assert.Equal("customer_id,x,t_x,T,monetary", summary[0].TrimStart('\uFEFF'));
        Assert.Equal(2358, summary.Length);
        Assert.Equal("customer_id,p_alive,expected_purchases,expected_spend,clv", File.ReadAllLines(clvPath)[0].TrimStart('\uFEFF'));
    }

    [Fact]
    public void TooFewRepeatCustomers_ExitCode2_SaysWhy()
    {
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-01,1000", "A2,C1,2024-02-01,1000", "B1,C2,2024-01-05,500"));
        var result = CliRunner.Run("clv", "--orders", orders, "--calibration-end", "2024-01-31");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("repeat", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CalibrationEnd_IsRequired()
    {
        var result = CliRunner.Run("clv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--calibration-end", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixture_PathIsTheRepoCopy() => Assert.True(File.Exists(CdnowData.SamplePath));
}
