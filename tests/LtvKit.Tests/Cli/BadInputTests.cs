using System.Text;
using System.Text.Json;

namespace LtvKit.Tests.Cli;

/// <summary>Issue #12: hostile input files, read by the real CLI process, never lose data silently.</summary>
public class BadInputTests
{
    private static string SampleWithOpenQuoteAt(int line)
    {
        var lines = File.ReadAllText(Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv")).Split('\n');
        var fields = lines[line - 1].Split(',');
        fields[3] = "\"" + fields[3];
        lines[line - 1] = string.Join(',', fields);
        return TestShop.File(string.Join('\n', lines));
    }

    [Fact]
    public void Metrics_QuoteThatNeverCloses_RejectsEveryLineItSwallowsAndFails()
    {
        var orders = SampleWithOpenQuoteAt(7000);
        var rejects = Path.ChangeExtension(orders, ".rejects.csv");
        var result = CliRunner.Run("metrics", "--orders", orders, "--format", "json", "--rejects", rejects);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:7,000: a quote opened in 商品名 on line 7,000", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("runs over 184 lines, to line 7,183", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("184 of 7,445 rows (2.5%) were rejected", result.Stderr, StringComparison.Ordinal);
        var rejected = File.ReadAllLines(rejects, Encoding.UTF8).Skip(1).ToList();
        Assert.Equal(184, rejected.Count);
        Assert.Equal(Enumerable.Range(7000, 184).Select(l => l.ToString()), rejected.Select(r => r.Split(',')[1]));
    }

    [Fact]
    public void Metrics_QuotedValueWithALineBreak_IsOneUsedRow()
    {
        var orders = TestShop.File(TestShop.Header + "\nA1,C1,2024-01-05,\"ギフト\nセット\",1000,Web,\nA2,C2,2024-01-06,商品,2000,Web,\n");
        var result = CliRunner.Run("metrics", "--orders", orders, "--format", "json", "--strict");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var input = json.RootElement.GetProperty("input");
        Assert.Equal(2, input.GetProperty("rowsRead").GetInt64());
        Assert.Equal(2, input.GetProperty("rowsUsed").GetInt64());
    }

    [Fact]
    public void Metrics_OrderLinesDisagreeingOnTheCustomer_EveryRejectedRowIsInTheRejectsFile()
    {
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A1,C2,2024-01-05,500", "A2,C3,2024-01-06,100"));
        var rejects = Path.ChangeExtension(orders, ".rejects.csv");
        var result = CliRunner.Run("metrics", "--orders", orders, "--rejects", rejects);
        Assert.Equal(2, result.ExitCode); // 2 of 3 rows rejected: above 1%
        Assert.Contains("2 of 3 rows", result.Stderr, StringComparison.Ordinal);
        var rejected = File.ReadAllLines(rejects, Encoding.UTF8).Skip(1).ToList();
        Assert.Equal(["2", "3"], rejected.Select(r => r.Split(',')[1]));
        Assert.All(rejected, r => Assert.Contains("but 'C2' on", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Metrics_CustomerWithOnlyReturns_IsReportedAndTheAmountsReconcile()
    {
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-01-06,-1234", "A3,C2,2024-01-07,△1234"));
        var result = CliRunner.Run("metrics", "--orders", orders, "--format", "json", "--strict");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var returns = root.GetProperty("input").GetProperty("returnsWithoutPurchase");
        Assert.Equal(1, returns.GetProperty("customers").GetInt64());
        Assert.Equal(-2468m, returns.GetProperty("amount").GetDecimal());
        Assert.Equal(1000m, root.GetProperty("revenue").GetDecimal());
        Assert.Contains("¥-2,468 of returns from 1 customers without a purchase", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_AmountInBrackets_IsRejectedWithAHint()
    {
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-01-06,(1234)"));
        var result = CliRunner.Run("metrics", "--orders", orders, "--strict");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("write a negative (return) as -1,200 or △1,200", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("注文ID,顧客ID,注文日,金額(税込),顧客ID", "'顧客ID' (column 2) and '顧客ID' (column 5)")]
    [InlineData("注文ID,顧客ID,注文日,金額(税込),会員ID", "'顧客ID' (column 2) and '会員ID' (column 5)")]
    [InlineData("注文ID,顧客ID,注文日,金額(税込),税込金額", "'金額(税込)' (column 4) and '税込金額' (column 5)")]
    public void Metrics_TwoColumnsForOneField_IsAnErrorNamingBoth(string header, string named)
    {
        var orders = TestShop.File(header + "\nA1,C1,2024-01-05,1000,K9\n");
        var result = CliRunner.Run("metrics", "--orders", orders);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_TwoCustomerColumns_MapPicksOne()
    {
        var orders = TestShop.File("注文ID,顧客ID,注文日,金額(税込),会員ID\nA1,C1,2024-01-05,1000,K9\nA2,C1,2024-02-05,1000,K8\n");
        var result = CliRunner.Run("customers", "--orders", orders, "--map", "customer_id=会員ID");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("K9", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("C1", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_TimeOfDay25_IsRejected()
    {
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024/1/4 10:00,1000", "A2,C2,2024/1/5 25:00,1000"));
        var result = CliRunner.Run("metrics", "--orders", orders, "--strict");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("注文日 is '2024/1/5 25:00' — no such time of day", result.Stderr, StringComparison.Ordinal);
    }

    // Found by the byte-flip property (ByteFlipProperties): each was an exit 1 or an exit 2 without a line.

    [Fact]
    public void Metrics_YearThatIsATypo_IsRejectedNotStretchedOverCenturies()
    {
        // 0024 for 2024 made the as-of range two thousand years: the monthly cohorts ran out of memory (exit 1).
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,0024-11-12,500", "A3,C3,2724-01-06,100"));
        var result = CliRunner.Run("metrics", "--orders", orders, "--strict");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:3: 注文日 is '0024-11-12' — the year 0024 is outside 1900–2099 (a typo?)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{orders}:4: 注文日 is '2724-01-06' — the year 2724 is outside 1900–2099 (a typo?)", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Metrics_Utf16File_IsRefusedByName(bool bigEndian)
    {
        // Excel's "Unicode テキスト": it was read as Shift_JIS and failed with "not valid Shift_JIS … pass --encoding utf-8".
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000").Replace(',', '\t'), bigEndian ? System.Text.Encoding.BigEndianUnicode : System.Text.Encoding.Unicode, ".txt");
        var result = CliRunner.Run("metrics", "--orders", orders);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:1: the file is UTF-16", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("iconv -f UTF-16 -t UTF-8", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("duckdb")]
    public void Metrics_HeaderOnly_SaysThereAreNoRowsNotThatEveryRowWasRejected(string engine)
    {
        // A header and nothing under it was reported as "every row was rejected", with no rejected row to show.
        var orders = TestShop.File(TestShop.Csv());
        var result = CliRunner.Run("metrics", "--orders", orders, "--engine", engine);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no order rows: the input has a header and nothing under it.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("rejected", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_EveryRowRejected_NamesTheRejectedLines()
    {
        // An extra comma in the header: every row has one field too few. The message said "see the rejects above", and there were none.
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-01-06,500").Replace("注文ID,", "注文ID,,", StringComparison.Ordinal));
        var result = CliRunner.Run("metrics", "--orders", orders);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no usable order rows: every row was rejected.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{orders}:2: the row has 7 fields, the header has 8", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Pass --rejects FILE to get every rejected row.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_HeaderWithoutARequiredColumn_NamesLine1()
    {
        var orders = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000").Replace("注文日", "泩文日", StringComparison.Ordinal));
        var result = CliRunner.Run("metrics", "--orders", orders);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:1: no order date column. Headers found: 注文ID, 顧客ID, 泩文日", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_CdnowFileWithAByteThatIsNotUtf8_NamesTheLine()
    {
        // The CDNOW reader's decoding error escaped as an internal error (exit 1).
        var orders = TestShop.File("");
        File.WriteAllBytes(orders, [.. "00001 1 19970101 1 10.00\n00002 2 19970102 1 "u8, 0xFF, .. "11.00\n"u8]);
        var result = CliRunner.Run("metrics", "--orders", orders, "--preset", "cdnow", "--encoding", "utf-8");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:2: bytes that are not valid UTF-8", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_Utf8FileWithAStrayByte_NamesItsLineNotLine1()
    {
        // Detected as Shift_JIS before, it failed at line 1, the header's Japanese.
        var orders = TestShop.File("");
        File.WriteAllBytes(orders, [.. Encoding.UTF8.GetBytes(TestShop.Csv("A1,C1,2024-01-05,1000")), .. "A2,C2,2024-01-06,商"u8, 0xFF, .. "品,1000,Web,\n"u8]);
        var result = CliRunner.Run("metrics", "--orders", orders);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{orders}:3: bytes that are not valid UTF-8", result.Stderr, StringComparison.Ordinal);
    }
}
