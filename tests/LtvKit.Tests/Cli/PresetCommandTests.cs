namespace LtvKit.Tests.Cli;

/// <summary>The cart presets and 名寄せ from the command line: the match report beside the outputs, never in the HTML.</summary>
public class PresetCommandTests
{
    private static string Fixture(string name) => Path.Combine(TestShop.RepoRoot(), "tests", "LtvKit.Tests", "Ingest", "Presets", "fixtures", name);

    private static string NewFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void Report_Rakuten_WritesTheMatchReportBesideTheHtml_WithoutPersonalDataInTheHtml()
    {
        var folder = NewFolder();
        var html = Path.Combine(folder, "report.html");
        var result = CliRunner.Run("report", "--orders", Fixture("rakuten.csv"), "--out", html);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Read as 楽天市場 RMS 受注データ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("personal data", result.Stderr, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(folder, "match-report.csv"));
        Assert.Contains("name_only,name+phone,1,,山田太郎,", report, StringComparison.Ordinal);
        var page = File.ReadAllText(html);
        foreach (var personal in (string[])["山田", "佐藤", "0312345678", "09099998888", "09011112222", "rakuten.ne.jp"])
            Assert.DoesNotContain(personal, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_MatchReportOption_WritesThere()
    {
        var path = Path.Combine(NewFolder(), "matches.csv");
        var result = CliRunner.Run("metrics", "--orders", Fixture("makeshop.csv"), "--identify", "name+phone", "--match-report", path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        Assert.StartsWith("record,rule,orders", File.ReadAllText(path), StringComparison.Ordinal);
    }

    /// <summary>Output on standard output: no match report is left in the current folder unless asked for.</summary>
    [Fact]
    public void Metrics_ToStandardOutput_WritesNoMatchReport_SaysHowToGetIt()
    {
        var folder = NewFolder();
        var result = CliRunner.RunIn(folder, "metrics", "--orders", Fixture("rakuten.csv"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Pass --match-report FILE", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("--preset", "rakuten2", "unknown preset 'rakuten2'")]
    [InlineData("--identify", "name+email", "neither name+phone nor name+address")]
    [InlineData("--time-zone", "Mars/Olympus", "not a time zone")]
    public void BadOption_ExitsTwoInBusinessWords(string option, string value, string message)
    {
        var result = CliRunner.Run("metrics", "--orders", Fixture("yahoo.csv"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_SaysTheMatchReportHoldsPersonalData()
    {
        var result = CliRunner.Run("metrics", "--help");
        Assert.Contains("PERSONAL DATA", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rakuten", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_AmazonTabFileThroughAPipe_IsDetectedAndReadAgainWithTabs()
    {
        // The header first reads as one comma-field holding tabs; the piped input is rewound (its copy), not reopened.
        var piped = CliRunner.RunPiped(File.ReadAllBytes(Fixture("amazon.txt")), "metrics", "--orders", "-", "--format", "json");
        var file = CliRunner.Run("metrics", "--orders", Fixture("amazon.txt"), "--format", "json");
        Assert.True(piped.ExitCode == 0, piped.Stderr);
        Assert.Equal(file.Stdout, piped.Stdout);
        Assert.Contains("\"customers\": 2", piped.Stdout, StringComparison.Ordinal);
    }
}
