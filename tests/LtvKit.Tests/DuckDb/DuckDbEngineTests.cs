using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using LtvKit.DuckDb;
using LtvKit.Exports;
using LtvKit.Ingest;

namespace LtvKit.Tests.DuckDb;

public class DuckDbEngineTests
{
    private const string Header = "注文ID,顧客ID,注文日,商品名,金額(税込),チャネル,ステータス,受注種別";

    /// <summary>One order line of a generated shop.</summary>
    public sealed record Line(int Order, int Customer, int Day, string Product, int Amount, bool Cancelled, string Kind, int DateForm, int AmountForm);

    /// <summary>A generated shop: tens to a few hundred customers, and the options it is read with.</summary>
    public sealed record GeneratedShop(Line[] Lines, int? AsOfDay, bool ZeroPurchases)
    {
        public override string ToString() => $"{Lines.Length} lines, as-of day {AsOfDay}, zero purchases {ZeroPurchases}";
    }

    /// <summary>
    /// Shops with every rule in play: cancelled lines and whole orders, returns netted to ≤ ¥0 and return-only orders, ¥0
    /// lines, same-day orders (days from a short range), multi-line orders whose largest line decides the product,
    /// 定期 and 頒布会 lines, an as-of date before the last orders, and dates and amounts in the plain forms DuckDB
    /// reads and in the others (2024年1月5日, ¥1,200, △800) that go through the kit's rules.
    /// </summary>
    public static class Shops
    {
        public static Arbitrary<GeneratedShop> Shop()
        {
            var line = from customer in Gen.Choose(0, 299)
                       from lines in Gen.Choose(1, 4)
                       from day in Gen.Choose(0, 120)
                       from items in Gen.ListOf(
                           from product in Gen.Elements("美容液", "化粧水", "サンプル", "")
                           from amount in Gen.Elements(0, 500, 1200, 1200, 3000, 9800, -800, -3000)
                           from cancelled in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
                           from kind in Gen.Elements("通常", "通常", "定期", "頒布会", "")
                           from laterDay in Gen.Choose(0, 2)
                           from dateForm in Gen.Choose(0, 3)
                           from amountForm in Gen.Choose(0, 3)
                           select (product, amount, cancelled, kind, laterDay, dateForm, amountForm), lines)
                       select (customer, day, items);
            var shop = from customers in Gen.Choose(10, 300)
                       from count in Gen.Choose(20, 400)
                       from orders in Gen.ListOf(line, count)
                       from asOf in Gen.Frequency((1, Gen.Constant((int?)null)), (1, Gen.Choose(60, 130).Select(d => (int?)d)))
                       from zero in Gen.Elements(true, false)
                       select new GeneratedShop([.. orders.SelectMany((o, i) => o.items.Select(item =>
                           new Line(i, o.customer % customers, o.day + item.laterDay, item.product, item.amount, item.cancelled, item.kind, item.dateForm, item.amountForm)))], asOf, zero);
            return Arb.From(shop);
        }
    }

    private static readonly DateOnly Start = new(2024, 1, 1);

    private static string DateText(Line line)
    {
        var date = Start.AddDays(line.Day);
        return line.DateForm switch
        {
            0 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + $" {line.Order % 24:00}:{line.Order % 60:00}",
            2 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $" 23:59:{line.Order % 60:00}",
            _ => $"{date.Year}年{date.Month}月{date.Day}日",
        };
    }

    private static string AmountText(Line line) => line.AmountForm switch
    {
        0 or 1 => line.Amount.ToString(CultureInfo.InvariantCulture),
        2 => "\"" + (line.Amount < 0 ? "△" + (-line.Amount).ToString("N0", CultureInfo.InvariantCulture) : "¥" + line.Amount.ToString("N0", CultureInfo.InvariantCulture)) + "\"",
        _ => "\"" + line.Amount.ToString("N0", CultureInfo.InvariantCulture) + "円\"",
    };

    /// <summary>The shop as the kit's standard CSV, lines in input order (a multi-line order's lines together, as exports write them).</summary>
    private static string Csv(GeneratedShop shop)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var line in shop.Lines)
            text.Append(CultureInfo.InvariantCulture, $"O{line.Order},C{line.Customer:0000},{DateText(line)},{line.Product},{AmountText(line)},{(line.Order % 3 == 0 ? "web" : "tel")},{(line.Cancelled ? "キャンセル" : "発送済")},{line.Kind}\n");
        return text.ToString();
    }

    /// <summary>The same file as Parquet, written by DuckDB: every column text, as a CSV's, or <paramref name="typed"/> as DuckDB detects them (timestamps, integers).</summary>
    private static string Parquet(string csv, bool typed = false)
    {
        var path = Path.ChangeExtension(csv, ".parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT * FROM read_csv('{csv}', header = true, all_varchar = {(typed ? "false" : "true")})) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }

    /// <summary>Every column of every customer, and every KPI, as the CLI writes them.</summary>
    private static (string Customers, string Kpis) Outputs(LoadOptions options)
    {
        var shop = Shop.Load(options);
        var customers = new StringWriter();
        CustomerCsv.Write(customers, shop.Segment());
        using var kpis = new MemoryStream();
        MetricsJson.Write(kpis, shop.Kpis());
        return (customers.ToString(), Encoding.UTF8.GetString(kpis.ToArray()));
    }

    [Property(Arbitrary = [typeof(Shops)], MaxTest = 25)]
    public void Read_GeneratedShop_SameCustomersAndKpisOnBothEnginesFromCsvAndParquet(GeneratedShop shop)
    {
        var csv = TestShop.File(Csv(shop));
        var parquet = Parquet(csv);
        try
        {
            var options = new LoadOptions
            {
                AsOf = shop.AsOfDay is { } day ? Start.AddDays(day) : null,
                ZeroOrders = shop.ZeroPurchases ? ZeroOrders.Purchase : ZeroOrders.NotPurchase,
            };
            var memory = Outputs(options with { OrderFiles = [csv] });
            var duckCsv = Outputs(options with { OrderFiles = [csv], Engine = new DuckDbEngine() });
            var duckParquet = Outputs(options with { OrderFiles = [parquet], Engine = new DuckDbEngine() });
            var memoryParquet = Outputs(options with { OrderFiles = [parquet] });
            Assert.Equal(memory.Customers, duckCsv.Customers);
            Assert.Equal(memory.Kpis, duckCsv.Kpis);
            Assert.Equal(memory.Customers, duckParquet.Customers);
            Assert.Equal(memory.Kpis, duckParquet.Kpis);
            Assert.Equal(memory.Customers, memoryParquet.Customers);
            Assert.Equal(memory.Kpis, memoryParquet.Kpis);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(parquet);
        }
    }

    [Fact]
    public void Read_ParquetWithBadDate_RejectedWithFileAndRowOnTheDefaultEngineRefusedOnDuckDb()
    {
        // Row 2 of the Parquet file (line 3 of its CSV form) has no such date: the in-memory engine rejects it (1 of 2 rows),
        // the duckdb engine refuses the whole input naming the same line.
        var csv = TestShop.File(Header + "\nO1,C1,2024-01-05,A,1200,web,発送済,通常\nO2,C2,2024-02-30,A,900,web,発送済,通常\n");
        var parquet = Parquet(csv);
        try
        {
            var memory = Shop.Load(new LoadOptions { OrderFiles = [parquet], MaxRejectedShare = 1 });
            Assert.Equal(1, memory.Input.RowsRejected);
            Assert.Equal($"{parquet}:3", $"{memory.RejectSamples[0].File}:{memory.RejectSamples[0].Line}");
            var refusal = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions { OrderFiles = [parquet], Engine = new DuckDbEngine() }));
            Assert.Contains($"{parquet}:3: 注文日 '2024-02-30': no such calendar date", refusal.Message);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(parquet);
        }
    }

    [Fact]
    public void Read_TypedParquetOfTheSampleShop_SameOnBothEnginesAsItsCsv()
    {
        // The bundled sample shop (7,445 lines) as Parquet with DuckDB's types: 注文日 a timestamp, the amounts integers.
        var csv = TestShop.File(File.ReadAllText(Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv")));
        var parquet = Parquet(csv, typed: true);
        try
        {
            var memory = Outputs(new LoadOptions { OrderFiles = [csv] });
            Assert.Equal(memory, Outputs(new LoadOptions { OrderFiles = [parquet] }));
            Assert.Equal(memory, Outputs(new LoadOptions { OrderFiles = [parquet], Engine = new DuckDbEngine() }));
        }
        finally
        {
            File.Delete(csv);
            File.Delete(parquet);
        }
    }

    [Theory]
    [InlineData("O1,C1,2024-01-01,100\nO1,C2,2024-01-02,100\n", "order O1 (first line {0}:2) has lines of customer 'C1' and of 'C2'")]
    [InlineData("O1,,2024-01-01,100\nO2,C2,2024-01-02,100\n", "{0}:2: 顧客ID '': no customer id")]
    [InlineData("O1,C1,2024-01-01,100\nO2,C2,2024-01-02,100,9\n", "CSV Error on Line: 3")]
    public void Read_RowsTheDefaultEngineRejects_RefusedNamingFileAndLine(string rows, string expected)
    {
        // Either engine's counts must reconcile: the duckdb engine rejects no row, so it refuses the input instead.
        var csv = TestShop.File("注文ID,顧客ID,注文日,金額(税込)\n" + rows);
        try
        {
            var refusal = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions { OrderFiles = [csv], Engine = new DuckDbEngine() }));
            Assert.Contains(string.Format(CultureInfo.InvariantCulture, expected, csv), refusal.Message);
            Assert.Contains("without --engine duckdb", refusal.Message);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Read_LineBreakInQuotesAndBlankLine_BothEnginesNameTheSameLines()
    {
        // Line 3 is the second line of a quoted product name and line 4 is blank, so DuckDB's row 1 is line 5: a duplicate of
        // line 2 there, and a row without a customer on line 7 (the refusal), on both engines.
        var csv = TestShop.File(Header + "\nO1,C1,2024-01-05,\"ギフト\nセット\",1200,web,発送済,通常\n\nO1,C1,2024-01-05,\"ギフト\nセット\",1200,web,発送済,通常\n"
            + "O2,,2024-01-06,A,900,web,発送済,通常\nO3,C3,2024-01-07,A,900,web,発送済,通常\n");
        var clean = TestShop.File(File.ReadAllText(csv).Replace("O2,,", "O2,C2,", StringComparison.Ordinal));
        try
        {
            var memory = Shop.Load(new LoadOptions { OrderFiles = [csv], MaxRejectedShare = 1 });
            Assert.Equal($"{csv}:7", $"{memory.RejectSamples[0].File}:{memory.RejectSamples[0].Line}");
            var refusal = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions { OrderFiles = [csv], Engine = new DuckDbEngine() }));
            Assert.Contains($"{csv}:7: 顧客ID '': no customer id", refusal.Message);
            Assert.Equal([$"{clean}:5"], Shop.Load(new LoadOptions { OrderFiles = [clean] }).DuplicateSamples);
            Assert.Equal([$"{clean}:5"], Shop.Load(new LoadOptions { OrderFiles = [clean], Engine = new DuckDbEngine() }).DuplicateSamples);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(clean);
        }
    }

    [Fact]
    public void Read_ShiftJisSample_RefusedWithTheReason()
    {
        var refusal = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions
        {
            OrderFiles = [Path.Combine(TestShop.RepoRoot(), "data-samples", "shift_jis", "orders.csv")],
            Engine = new DuckDbEngine(),
        }));
        Assert.Contains("is Shift_JIS; it reads UTF-8 CSV and Parquet", refusal.Message);
    }
}
