using System.Text;
using LtvKit.Segments;
using LtvKit.Tests.Cli;

namespace LtvKit.Tests.Sample;

/// <summary>The golden tests on <c>data-samples/</c>: it is what its README says it is, and exactly what the generator makes.</summary>
public class BundledSampleTests
{
    private const string Command = "dotnet run --project lib/LtvKit.Cli -- ";

    private static string Samples => Path.Combine(TestShop.RepoRoot(), "data-samples");

    private static string OrdersCsv => Path.Combine(Samples, "orders.csv");

    private static readonly Lazy<List<SampleCsv.OrderRow>> Rows = new(() => SampleCsv.Orders(OrdersCsv, SampleCsv.StrictUtf8));

    /// <summary>The regenerate commands of data-samples/README.md, as argument lists.</summary>
    private static List<string[]> ReadmeCommands()
    {
        var commands = File.ReadAllLines(Path.Combine(Samples, "README.md"))
            .Where(line => line.StartsWith(Command + "sample ", StringComparison.Ordinal))
            .Select(line => line[Command.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.Equal(2, commands.Count);
        return commands;
    }

    [Fact]
    public void DataSamples_EqualAFreshRegeneration_ByTheReadmeCommands_ByteForByte()
    {
        var root = SampleCsv.TempFolder();
        foreach (var args in ReadmeCommands())
        {
            var result = CliRunner.RunIn(root, args);
            Assert.True(result.ExitCode == 0, result.Stderr);
        }
        // data-samples/cdnow is the public CDNOW data set as published, not made by the generator.
        var expected = Directory.GetFiles(Samples, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Samples, f)).Where(f => !f.StartsWith("cdnow", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var fresh = Directory.GetFiles(Path.Combine(root, "data-samples"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(root, "data-samples"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["ad_spend.csv", "customers.csv", "orders.csv",
            Path.Combine("shift_jis", "ad_spend.csv"), Path.Combine("shift_jis", "customers.csv"), Path.Combine("shift_jis", "orders.csv")], expected);
        Assert.Equal(expected, fresh);
        foreach (var file in expected)
        {
            var want = File.ReadAllBytes(Path.Combine(Samples, file));
            var got = File.ReadAllBytes(Path.Combine(root, "data-samples", file));
            Assert.True(want.AsSpan().SequenceEqual(got), $"data-samples/{file} differs from a fresh regeneration: regenerate it with the commands in data-samples/README.md");
        }
    }

    [Fact]
    public void DataSamples_AreSmall()
    {
        var bytes = Directory.GetFiles(Samples, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 2_000_000, $"data-samples/ holds {bytes:N0} bytes");
    }

    [Fact]
    public void ShiftJisVariant_DecodesAsCp932_WithTheJapaneseHeaders_AndIsNotUtf8()
    {
        foreach (var (file, header) in new[]
        {
            ("orders.csv", "注文ID,顧客ID,注文日,商品名,カテゴリ,数量,金額(税込),金額(税抜),チャネル,ステータス,受注種別"),
            ("customers.csv", "顧客ID,氏名,性別,年代,都道府県,メールアドレス,電話番号"),
            ("ad_spend.csv", "月,媒体,広告費"),
        })
        {
            var bytes = File.ReadAllBytes(Path.Combine(Samples, "shift_jis", file));
            var rows = SampleCsv.Parse(SampleCsv.StrictCp932.GetString(bytes));
            Assert.Equal(header, string.Join(',', rows[0]));
            Assert.ThrowsAny<DecoderFallbackException>(() => SampleCsv.StrictUtf8.GetString(bytes));
        }
    }

    [Fact]
    public void Orders_EveryRow_FollowsTheFormat()
    {
        var rows = Rows.Value;
        Assert.Equal(7_445, rows.Count);
        var prices = new Dictionary<string, long>();
        foreach (var row in rows)
        {
            Assert.Matches("^[0-9]{8}$", row.OrderId);
            Assert.Matches("^C[0-9]{7}$", row.CustomerId);
            Assert.NotEqual(0, row.Quantity);
            Assert.Equal(0, row.AmountIncl % row.Quantity); // line amount = unit price × quantity
            var price = row.AmountIncl / row.Quantity;
            Assert.Equal(price, prices.TryAdd(row.Product, price) ? price : prices[row.Product]); // one price per product
            // 税抜 = round(税込 ÷ 1.08) for foods and health foods, round(税込 ÷ 1.10) for cosmetics; one rate per product.
            var taxPercent = row.Category switch { "化粧品" => 10, "健康食品" or "食品" => 8, _ => row.Product.Contains("スキンケア", StringComparison.Ordinal) ? 10 : 8 };
            Assert.Equal((long)Math.Round(row.AmountIncl * 100m / (100 + taxPercent), MidpointRounding.AwayFromZero), row.AmountExcl);
            Assert.Contains(row.Status, new[] { "発送済", "発送準備中", "キャンセル", "返品" });
            Assert.Contains(row.Kind, new[] { "通常", "定期" });
            Assert.Equal(row.Status == "返品", row.AmountIncl < 0);
        }
        Assert.Equal(rows.OrderBy(r => r.Date).ThenBy(r => r.OrderId, StringComparer.Ordinal), rows); // sorted by date, then order id
        Assert.InRange(rows.Select(r => r.Date).Min(), new DateTime(2024, 1, 1), new DateTime(2024, 1, 2));
        Assert.InRange(rows.Select(r => r.Date).Max(), new DateTime(2025, 12, 31), new DateTime(2026, 1, 1));
        Assert.InRange(prices.Count, 12, 20);
        Assert.Contains(rows, r => r.Product == "お試しセット");
    }

    [Fact]
    public void Orders_EdgeCases_ArePresent()
    {
        var rows = Rows.Value;
        var orders = rows.GroupBy(r => r.OrderId).ToList();

        var multiLine = orders.Where(o => o.Count() > 1).ToList();
        Assert.InRange(multiLine.Count, 300, 1_500);
        Assert.All(multiLine, o =>
        {
            Assert.InRange(o.Count(), 2, 3);
            Assert.Single(o.Select(r => (r.CustomerId, r.Date, r.Channel, r.Status, r.Kind)).Distinct());
            Assert.Equal(o.Count(), o.Select(r => r.Product).Distinct().Count());
        });

        var cancelled = orders.Where(o => o.Any(r => r.Status == "キャンセル")).ToList();
        Assert.InRange(cancelled.Count, 50, 300);
        Assert.All(cancelled, o => Assert.All(o, r => Assert.Equal("キャンセル", r.Status))); // every line

        var returns = orders.Where(o => o.Any(r => r.Status == "返品")).ToList();
        Assert.InRange(returns.Count, 30, 200);
        Assert.All(returns, o =>
        {
            var line = Assert.Single(o);
            Assert.True(line.AmountIncl < 0 && line.Quantity < 0);
            // An earlier shipped order of the same customer has the same product in at least that quantity.
            Assert.Contains(rows, r => r.CustomerId == line.CustomerId && r.Product == line.Product && r.Date < line.Date
                && r.Quantity >= -line.Quantity && r.Status is "発送済" or "発送準備中");
        });

        var zero = orders.Where(o => o.Sum(r => r.AmountIncl) == 0).ToList();
        Assert.InRange(zero.Count, 10, 100);
        Assert.All(zero, o => Assert.All(o, r => Assert.Equal(("無料サンプル", "発送済"), (r.Product, r.Status))));

        var sameDay = orders.Where(o => o.First().Status is "発送済" or "発送準備中" && o.Sum(r => r.AmountIncl) > 0)
            .GroupBy(o => (o.First().CustomerId, o.First().Date.Date))
            .Count(day => day.Count() > 1);
        Assert.InRange(sameDay, 20, 200);

        Assert.Contains(rows, r => r.Product.Contains(',', StringComparison.Ordinal)); // a quoted field
        Assert.Contains(rows, r => r.Status == "発送準備中");
        // Subscribers' orders are 定期, every order of a customer has one kind.
        Assert.Contains(rows, r => r.Kind == "定期");
        Assert.All(rows.GroupBy(r => r.CustomerId), c => Assert.Single(c.Select(r => r.Kind).Distinct()));
    }

    [Fact]
    public void Customers_LookRealButAreFake()
    {
        var rows = SampleCsv.Read(Path.Combine(Samples, "customers.csv"), SampleCsv.StrictUtf8).Skip(1).ToList();
        Assert.Equal(3_000, rows.Count);
        Assert.All(rows, f =>
        {
            Assert.Equal(7, f.Length);
            Assert.Matches("^.+\u3000.+$", f[1]);
            Assert.Contains(f[2], new[] { "女性", "男性", "未回答" });
            Assert.Matches("^[2-7]0代$", f[3]);
            Assert.Matches("^.+[都道府県]$", f[4]);
            Assert.Matches("^[a-z]+\\.[a-z]+[0-9]+@example\\.jp$", f[5]);
            Assert.Matches("^0[789]0-0000-[0-9]{4}$", f[6]);
        });
        Assert.Equal(rows.Count, rows.Select(f => f[5]).Distinct().Count());
        Assert.InRange(rows.Select(f => f[4]).Distinct().Count(), 40, 47); // prefectures, by population
    }

    /// <summary>The reason the sample exists: the kit's own reading gives the KPIs of a plausible Japanese mail-order shop.</summary>
    [Fact]
    public void Kpis_LookLikeAJapaneseMailOrderShop()
    {
        var shop = Shop.Load(OrdersCsv);
        var kpis = shop.Kpis();
        Assert.Equal(new DateOnly(2025, 12, 31), kpis.AsOf);
        Assert.Equal(0, kpis.Input.RowsRejected);
        Assert.True(kpis.Input.OrdersCancelled > 0);
        Assert.InRange(kpis.RepeatRate.Value!.Value, 0.30, 0.40);
        Assert.InRange(kpis.F2.Rate.Value!.Value, 0.15, 0.20);
        Assert.InRange(kpis.AverageOrderValue!.Value, 3_000m, 15_000m);

        foreach (var group in new[] { "FirstTimer", "Fledgling", "Steady", "Trendy", "Loyal" })
            Assert.True(kpis.Segments.Cells.Where(c => c.Segment == group).Sum(c => c.Customers) >= 10, group);
        var churned = kpis.Segments.Cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => c.Customers);
        Assert.InRange((double)churned / kpis.Customers, 0.4, 0.7);

        var byChannel = kpis.ByFirstChannel.Where(t => t.Customers >= 100).Select(t => t.RepeatRate.Value!.Value).ToList();
        Assert.True(byChannel.Max() - byChannel.Min() > 0.15, "the first channel changes the repeat rate");
        Assert.Equal("お試しセット", kpis.ByFirstProduct[0].Value); // the most common entry product
    }

    [Fact]
    public void ShiftJisVariant_IsReadByTheKit()
    {
        var shop = Shop.Load(Path.Combine(Samples, "shift_jis", "orders.csv"));
        Assert.Equal(0, shop.Input.RowsRejected);
        Assert.InRange(shop.Customers.Count, 150, 200);
    }
}
