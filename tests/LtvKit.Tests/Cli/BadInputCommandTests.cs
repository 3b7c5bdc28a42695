namespace LtvKit.Tests.Cli;

/// <summary>Bad input and bad output paths as a user meets them: exit 2, one line naming the file, nothing overwritten, no stack trace.</summary>
public class BadInputCommandTests
{
    private static string Export() => TestShop.File(TestShop.Csv("A1,C1,2024-01-01,10000", "A2,C1,2024-02-01,5000", "B1,C2,2024-03-01,3000"));

    private static void AssertRefused(CliRunner.Result result, string message)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metrics", "--out")]
    [InlineData("customers", "--out")]
    [InlineData("report", "--out")]
    [InlineData("metrics", "--rejects")]
    public void Output_SameFileAsTheOrders_IsRefusedAndTheExportKept(string command, string option)
    {
        var orders = Export();
        var before = File.ReadAllBytes(orders);

        var result = CliRunner.Run(command, "--orders", orders, option, orders);

        AssertRefused(result, $"{option} {orders} is the --orders file");
        Assert.Equal(before, File.ReadAllBytes(orders));
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--summary-out")]
    public void ClvOutput_SameFileAsTheOrders_IsRefused(string option)
    {
        var orders = Export();
        AssertRefused(CliRunner.Run("clv", "--orders", orders, "--calibration-end", "2024-02-01", option, orders), $"{option} {orders} is the --orders file");
    }

    [Fact]
    public void Output_RelativeNameOfTheOrders_IsRefused()
    {
        var orders = Export();
        var result = CliRunner.RunIn(Path.GetDirectoryName(orders)!, "metrics", "--orders", orders, "--out", "./" + Path.GetFileName(orders));

        AssertRefused(result, "is the --orders file");
    }

    [Fact]
    public void Output_SymbolicLinkToTheOrders_IsRefused()
    {
        var orders = Export();
        var link = orders + ".link.csv";
        File.CreateSymbolicLink(link, orders);
        var before = File.ReadAllBytes(orders);

        var result = CliRunner.Run("customers", "--orders", link, "--out", orders);

        AssertRefused(result, "is the --orders file");
        Assert.Equal(before, File.ReadAllBytes(orders));
    }

    [Fact]
    public void Output_TheCustomerMasterOrConfig_IsRefused()
    {
        var master = TestShop.File("顧客ID,氏名\nC1,山田\n");
        var config = TestShop.File("{}", extension: ".json");

        AssertRefused(CliRunner.Run("report", "--orders", Export(), "--customers", master, "--out", master), "is the --customers file");
        AssertRefused(CliRunner.Run("metrics", "--orders", Export(), "--config", config, "--out", config), "is the --config file");
    }

    [Fact]
    public void Output_TheNotebookItself_IsRefused()
    {
        var notebook = TestShop.File("""{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", extension: ".ipynb");
        var before = File.ReadAllBytes(notebook);

        var result = CliRunner.Run("notebook", "run", notebook, "--out", Path.GetDirectoryName(notebook)!);

        AssertRefused(result, "is the notebook file");
        Assert.Equal(before, File.ReadAllBytes(notebook));
    }

    [Fact]
    public void UnreadableFile_ExitCode2_NamesIt() =>
        AssertRefused(CliRunner.Run("metrics", "--orders", "/proc/self/mem"), "/proc/self/mem");

    [Fact]
    public void OutputInsideAFile_ExitCode2_NamesTheOutput()
    {
        var file = Export();
        var result = CliRunner.Run("metrics", "--orders", Export(), "--format", "json", "--out", Path.Combine(file, "kpis.json"));

        AssertRefused(result, Path.Combine(file, "kpis.json") + ": cannot write the file");
    }

    [Fact]
    public void SampleOutAtAnExistingFile_ExitCode2()
    {
        var file = Export();
        AssertRefused(CliRunner.Run("sample", "--customers", "10", "--out", file), $"--out {file} is a file");
    }

    [Theory]
    [InlineData("""{"thresholds": {"churnDays": 1e400}}""", "'thresholds.churnDays' is 1e400 — out of range")]
    [InlineData("""{"thresholds": {"churnDays": "240"}}""", "'thresholds.churnDays' is \"240\" — not a number")]
    [InlineData("""{"thresholds": {"churnDays": 240.5}}""", "'thresholds.churnDays' is 240.5 — a whole number is needed")]
    [InlineData("""{"f2WindowDays": 1e10}""", "'f2WindowDays' is 10000000000 — a whole number is needed")]
    [InlineData("""{"segments": {"name": "x"}}""", "'segments' is a list of groups")]
    [InlineData("""{"segments": [{"tenureDays": {"min": 0}}]}""", "the config needs 'segments[0].name'")]
    [InlineData("""[1, 2]""", "the config is a JSON object")]
    public void Config_BadValue_ExitCode2_NamesTheKey(string json, string message)
    {
        var config = TestShop.File(json, extension: ".json");
        AssertRefused(CliRunner.Run("metrics", "--orders", Export(), "--config", config), $"{config}: {message}");
    }

    [Fact]
    public void Utf8FileForcedAsShiftJis_ExitCode2_NamesTheLineOfTheFirstJapaneseText()
    {
        // No byte-order mark, ASCII on lines 1–2: read as Shift_JIS, 保湿 would become 菫晄ｹｿ without one bad byte.
        var orders = TestShop.File("order_id,customer_id,order_date,amount,product\n1,a,2024-01-01,100,abc\n2,b,2024-01-02,200,保湿\n");

        AssertRefused(CliRunner.Run("metrics", "--orders", orders, "--encoding", "shift_jis"), $"{orders}:3: the text is UTF-8, but --encoding shift_jis was given");
    }

    [Fact]
    public void ShiftJisFileForcedAsShiftJis_IsRead()
    {
        var sample = Path.Combine(TestShop.RepoRoot(), "data-samples", "shift_jis", "orders.csv");
        Assert.Equal(0, CliRunner.Run("metrics", "--orders", sample, "--encoding", "shift_jis").ExitCode);
    }
}
