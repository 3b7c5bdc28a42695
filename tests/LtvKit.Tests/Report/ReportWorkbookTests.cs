using System.IO.Compression;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using LtvKit.Charts;
using LtvKit.Tests.Cli;

namespace LtvKit.Tests.Report;

/// <summary>
/// <c>report --xlsx</c> and <c>customers --format xlsx</c>, written by the kit with the Open XML SDK and read back
/// with ExcelDataReader, a second reader that shares no code with the writer.
/// </summary>
public class ReportWorkbookTests
{
    private static readonly string Sample = Path.Combine(TestShop.RepoRoot(), "data-samples");

    /// <summary>One sheet as ExcelDataReader reads it: the values and each cell's number format.</summary>
    private sealed record SheetRows(string Name, List<object?[]> Rows, List<string?[]> Formats);

    private static Dictionary<string, SheetRows> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, SheetRows>(StringComparer.Ordinal);
        do
        {
            var sheet = new SheetRows(reader.Name, [], []);
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                var formats = new string?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetValue(i);
                    formats[i] = reader.GetNumberFormatString(i);
                }
                sheet.Rows.Add(values);
                sheet.Formats.Add(formats);
            }
            sheets.Add(sheet.Name, sheet);
        }
        while (reader.NextResult());
        return sheets;
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"), name);

    private static JsonElement Metrics(params string[] args)
    {
        var result = CliRunner.Run(["metrics", "--format", "json", .. args]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static JsonElement At(JsonElement root, string path)
    {
        foreach (var key in path.Split('.'))
            root = root.GetProperty(key);
        return root;
    }

    private static double Number(object? cell) => Convert.ToDouble(cell, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ReportXlsx_OnTheSample_CellsEqualMetricsJson()
    {
        var xlsx = Temp("report.xlsx");
        var run = CliRunner.Run("report", "--orders", Path.Combine(Sample, "orders.csv"), "--customers", Path.Combine(Sample, "customers.csv"),
            "--out", Temp("report.html"), "--xlsx", xlsx);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var json = Metrics("--orders", Path.Combine(Sample, "orders.csv"), "--customers", Path.Combine(Sample, "customers.csv"));
        var sheets = Read(xlsx);
        Assert.Equal(["指標", "顧客グループ", "初回チャネル別", "初回商品別", "顧客一覧"], sheets.Keys);

        // 指標: every row names its JSON key in column C; the value in B equals it exactly (money unrounded, rates as fractions).
        var kpis = sheets["指標"];
        Assert.Equal(["指標", "値", "JSON"], kpis.Rows[0].Select(v => v?.ToString()));
        foreach (var row in kpis.Rows.Skip(1))
        {
            var key = (string)row[2]!;
            var expected = At(json, key);
            if (key == "asOf")
                Assert.Equal(DateTime.Parse(expected.GetString()!, System.Globalization.CultureInfo.InvariantCulture), row[1]);
            else
                Assert.Equal(expected.GetDouble(), Number(row[1]), 9);
        }
        var formats = kpis.Rows.Select((r, i) => (Key: r[2]?.ToString(), Format: kpis.Formats[i][1])).ToDictionary(p => p.Key!, p => p.Format);
        Assert.Equal("\"¥\"#,##0;-\"¥\"#,##0", formats["revenue"]);
        Assert.Equal("0.0%", formats["repeatRate"]);
        Assert.Equal("0.0%", formats["f2.rate"]);
        Assert.Equal("#,##0", formats["customers"]);

        // 顧客グループ: the five groups in rule order, 既存 and 離脱 customers and revenue as in "segments".
        var groups = sheets["顧客グループ"];
        var segments = json.GetProperty("segments").EnumerateArray()
            .ToDictionary(s => (s.GetProperty("segment").GetString()!, s.GetProperty("status").GetString()!), s => (N: s.GetProperty("customers").GetInt64(), Revenue: s.GetProperty("revenue").GetDouble()));
        var ids = new[] { "FirstTimer", "Fledgling", "Steady", "Trendy", "Loyal" };
        Assert.Equal(ids.Length + 1, groups.Rows.Count);
        for (var g = 0; g < ids.Length; g++)
        {
            var row = groups.Rows[g + 1];
            var active = segments[(ids[g], "Active")];
            var churned = segments[(ids[g], "Churned")];
            Assert.Equal(ChartLabels.Group(ids[g], LabelLanguage.Japanese), row[0]);
            Assert.Equal([active.N, churned.N, active.N + churned.N], new[] { row[1], row[2], row[3] }.Select(v => (long)Number(v)));
            Assert.Equal(active.Revenue, Number(row[4]), 6);
            Assert.Equal(churned.Revenue, Number(row[5]), 6);
            Assert.Equal((active.Revenue + churned.Revenue) / json.GetProperty("revenue").GetDouble(), Number(row[7]), 12);
        }

        // 初回チャネル別 / 初回商品別: one row per value, in the JSON's order.
        foreach (var (sheet, key) in new[] { ("初回チャネル別", "byFirstChannel"), ("初回商品別", "byFirstProduct") })
        {
            var rows = sheets[sheet].Rows.Skip(1).ToList();
            var expected = json.GetProperty(key).EnumerateArray().ToList();
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(expected[i].GetProperty("value").GetString(), rows[i][0]);
                Assert.Equal(expected[i].GetProperty("customers").GetInt64(), (long)Number(rows[i][1]));
                Assert.Equal(expected[i].GetProperty("repeatRate").GetDouble(), Number(rows[i][2]), 12);
                Assert.Equal(expected[i].GetProperty("f2Eligible").GetInt64(), (long)Number(rows[i][4]));
                Assert.Equal(expected[i].GetProperty("averageLtv").GetDouble(), Number(rows[i][5]), 6);
                if (expected[i].GetProperty("f2Rate").ValueKind == JsonValueKind.Null)
                    Assert.Null(rows[i][3]);
                else
                    Assert.Equal(expected[i].GetProperty("f2Rate").GetDouble(), Number(rows[i][3]), 12);
            }
        }

        // 顧客一覧: every customer once; ids stay texts; revenue adds up to the shop's.
        var customers = sheets["顧客一覧"].Rows;
        Assert.Equal(json.GetProperty("customers").GetInt64() + 1, customers.Count);
        Assert.All(customers.Skip(1), row => Assert.IsType<string>(row[0]));
        Assert.Equal(json.GetProperty("revenue").GetDouble(), customers.Skip(1).Sum(r => Number(r[3])), 3);
        Assert.IsType<DateTime>(customers[1][4]);
    }

    [Fact]
    public void ReportXlsx_IsValidOpenXml_WithTheHeaderRowFrozenOnEverySheet()
    {
        var xlsx = Temp("report.xlsx");
        var run = CliRunner.Run("report", "--orders", Path.Combine(Sample, "orders.csv"), "--out", Temp("report.html"), "--xlsx", xlsx, "--lang", "en");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var sheets = document.WorkbookPart!.WorksheetParts.ToList();
        Assert.Equal(5, sheets.Count);
        foreach (var sheet in sheets)
        {
            var pane = sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
            Assert.Equal((1d, "A2"), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value!));
            Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, pane.State!.Value);
        }
        Assert.Equal(["KPIs", "Customer groups", "By first channel", "By first product", "Customers"], Read(xlsx).Keys);
    }

    [Fact]
    public void ReportXlsx_PersonalData_OnlyWithShowPii()
    {
        var customersCsv = Path.Combine(Sample, "customers.csv");
        var someName = File.ReadLines(customersCsv).Skip(1).First().Split(',')[1];
        string SheetXml(string xlsx)
        {
            using var zip = ZipFile.OpenRead(xlsx);
            return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        }

        var masked = Temp("masked.xlsx");
        Assert.Equal(0, CliRunner.Run("report", "--orders", Path.Combine(Sample, "orders.csv"), "--customers", customersCsv, "--out", Temp("r.html"), "--xlsx", masked).ExitCode);
        Assert.DoesNotContain(someName, SheetXml(masked), StringComparison.Ordinal);
        Assert.DoesNotContain("氏名", Read(masked)["顧客一覧"].Rows[0]);

        var shown = Temp("shown.xlsx");
        Assert.Equal(0, CliRunner.Run("report", "--orders", Path.Combine(Sample, "orders.csv"), "--customers", customersCsv, "--out", Temp("r.html"), "--xlsx", shown, "--show-pii").ExitCode);
        Assert.Contains(someName, SheetXml(shown), StringComparison.Ordinal);
        Assert.Contains("氏名", Read(shown)["顧客一覧"].Rows[0]);
    }

    [Fact]
    public void CustomersXlsx_HostileTexts_StayInertText()
    {
        // Three customers; a formula, and a control character in the data.
        var orders = TestShop.File(TestShop.Csv("A1,\"=HYPERLINK(\"\"x\"\")\",2024-01-01,10000", "A2,C\u0001 2,2024-01-21,5000", "A3,C3,2024-01-22,100"));
        var xlsx = Temp("customers.xlsx");
        var run = CliRunner.Run("customers", "--orders", orders, "--out", xlsx);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var sheet = Assert.Single(Read(xlsx)).Value;
        Assert.Equal("顧客一覧", sheet.Name);
        var ids = sheet.Rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Contains("=HYPERLINK(\"x\")", ids);
        Assert.Contains("C\uFFFD 2", ids);
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
    }

    [Fact]
    public void CustomersXlsx_WithoutOut_IsAnErrorNamingTheOption()
    {
        var result = CliRunner.Run("customers", "--orders", Path.Combine(Sample, "orders.csv"), "--format", "xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
    }
}
