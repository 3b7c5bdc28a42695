using LtvKit.Tests.Cli;

namespace LtvKit.Tests.Report;

public class ReportCommandTests
{
    private static readonly Lazy<string> Orders = new(() => TestShop.File(ReportFixtures.SyntheticCsv(300)));

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void Report_WritesOutReportHtml_AndSaysWhereOnStderr()
    {
        var folder = TempFolder();
        var result = CliRunner.RunIn(folder, "report", "--orders", Orders.Value);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var path = Path.Combine(folder, "out", "report.html");
        Assert.True(File.Exists(path));
        Assert.Contains(Path.Combine("out", "report.html"), result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "out")));
        Assert.Contains("<html lang=\"ja\">", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_LangEnTitleAndOut()
    {
        var path = Path.Combine(TempFolder(), "r", "en.html");
        var result = CliRunner.Run("report", "--orders", Orders.Value, "--lang", "en", "--title", "Q4 <review>", "--out", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var html = File.ReadAllText(path);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Q4 &lt;review&gt;</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownLanguage_IsExitCode2()
    {
        var result = CliRunner.Run("report", "--orders", Orders.Value, "--lang", "fr", "--out", Path.Combine(TempFolder(), "x.html"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--clv-calibration-end", "2024-13-01")]
    [InlineData("--clv-horizon-months", "0")]
    public void Report_BadClvOption_IsExitCode2_NamingTheOption(string option, string value)
    {
        var result = CliRunner.Run("report", "--orders", Orders.Value, option, value, "--out", Path.Combine(TempFolder(), "x.html"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ClvCalibrationEndAndHorizon_AreUsedByTheSection()
    {
        var path = Path.Combine(TempFolder(), "clv.html");
        var orders = Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv");
        var result = CliRunner.Run("report", "--orders", orders, "--lang", "en", "--clv-calibration-end", "2025-06-30", "--clv-horizon-months", "6", "--out", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var html = File.ReadAllText(path);
        Assert.Contains("Models fitted on purchases up to 2025-06-30", html, StringComparison.Ordinal);
        Assert.Contains("Total CLV (6 months)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MissingOrders_IsExitCode2_AndWritesNothing()
    {
        var folder = TempFolder();
        var result = CliRunner.RunIn(folder, "report", "--orders", Path.Combine(folder, "missing.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public void Report_ShowPii_PutsTheCustomerMasterInTheList_OnlyWhenAsked()
    {
        var orders = TestShop.File(ReportFixtures.HostileOrders());
        var customers = TestShop.File(ReportFixtures.HostileCustomers());
        var folder = TempFolder();
        var plain = Path.Combine(folder, "plain.html");
        var pii = Path.Combine(folder, "pii.html");
        Assert.Equal(0, CliRunner.Run("report", "--orders", orders, "--customers", customers, "--out", plain).ExitCode);
        Assert.Equal(0, CliRunner.Run("report", "--orders", orders, "--customers", customers, "--out", pii, "--show-pii").ExitCode);
        Assert.DoesNotContain("hanako.yamada@example.jp", File.ReadAllText(plain), StringComparison.Ordinal);
        Assert.Contains("hanako.yamada@example.jp", File.ReadAllText(pii), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Config_SetsTheStartingThresholds()
    {
        var config = TestShop.File("{ \"thresholds\": { \"fledglingMaxDays\": 60, \"churnDays\": 180 } }", extension: ".json");
        var path = Path.Combine(TempFolder(), "r.html");
        var result = CliRunner.Run("report", "--orders", Orders.Value, "--config", config, "--out", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var html = File.ReadAllText(path);
        Assert.Contains("id=\"th-f\" name=\"th-f\" value=\"60\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"th-c\" name=\"th-c\" value=\"180\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Help_ListsItsOptions()
    {
        var result = CliRunner.Run("report", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--out", "--lang", "--title", "--show-pii", "--orders", "--config" })
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
    }
}
