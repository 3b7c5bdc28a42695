using System.Globalization;
using System.Text;
using LtvKit.Sample;

namespace LtvKit.Tests.Sample;

public class SampleShopTests
{
    private static readonly SampleOptions Small = new() { Customers = 400, Seed = 7 };

    private static (byte[] Orders, byte[] Customers) Bytes(SampleOptions options)
    {
        var folder = SampleCsv.TempFolder();
        SampleShop.Generate(folder, options);
        return (File.ReadAllBytes(Path.Combine(folder, "orders.csv")), File.ReadAllBytes(Path.Combine(folder, "customers.csv")));
    }

    [Theory]
    [InlineData(SampleEncoding.Utf8)]
    [InlineData(SampleEncoding.ShiftJis)]
    public void Generate_SameOptionsTwice_ByteIdenticalFiles(SampleEncoding encoding)
    {
        var options = Small with { Encoding = encoding };
        var first = Bytes(options);
        var second = Bytes(options);
        Assert.Equal(first.Orders, second.Orders);
        Assert.Equal(first.Customers, second.Customers);
    }

    [Fact]
    public void Generate_AnotherSeed_AnotherShop()
    {
        var a = Bytes(Small);
        var b = Bytes(Small with { Seed = 8 });
        Assert.NotEqual(a.Orders, b.Orders);
        Assert.NotEqual(a.Customers, b.Customers);
    }

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Generate_AnyCurrentCulture_SameBytes(string culture)
    {
        var invariant = Bytes(Small);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var local = Bytes(Small);
            Assert.Equal(invariant.Orders, local.Orders);
            Assert.Equal(invariant.Customers, local.Customers);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Generate_Utf8_HasBomAndTheJapaneseHeaders()
    {
        var (orders, customers) = Bytes(Small);
        Assert.Equal([0xEF, 0xBB, 0xBF], orders[..3]);
        Assert.Equal([0xEF, 0xBB, 0xBF], customers[..3]);
        var header = SampleCsv.StrictUtf8.GetString(orders[3..]).Split("\r\n")[0];
        Assert.Equal("注文ID,顧客ID,注文日,商品名,カテゴリ,数量,金額(税込),金額(税抜),チャネル,ステータス,受注種別", header);
        var customerHeader = SampleCsv.StrictUtf8.GetString(customers[3..]).Split("\r\n")[0];
        Assert.Equal("顧客ID,氏名,性別,年代,都道府県,メールアドレス,電話番号", customerHeader);
    }

    [Fact]
    public void Generate_ShiftJis_DecodesAsCp932_AndIsNotUtf8()
    {
        var (orders, customers) = Bytes(Small with { Encoding = SampleEncoding.ShiftJis });
        Assert.NotEqual((byte)0xEF, orders[0]); // no byte-order mark in CP932
        var text = SampleCsv.StrictCp932.GetString(orders);
        Assert.StartsWith("注文ID,顧客ID,注文日,商品名,カテゴリ,数量,金額(税込),金額(税抜),チャネル,ステータス,受注種別\r\n", text, StringComparison.Ordinal);
        Assert.StartsWith("顧客ID,氏名,性別,年代,都道府県,メールアドレス,電話番号\r\n", SampleCsv.StrictCp932.GetString(customers), StringComparison.Ordinal);
        Assert.ThrowsAny<DecoderFallbackException>(() => SampleCsv.StrictUtf8.GetString(orders));
    }

    [Fact]
    public void Generate_ShiftJisAndUtf8_SameRowsOnceDecoded()
    {
        var utf8 = Bytes(Small);
        var sjis = Bytes(Small with { Encoding = SampleEncoding.ShiftJis });
        Assert.Equal(SampleCsv.StrictUtf8.GetString(utf8.Orders[3..]), SampleCsv.StrictCp932.GetString(sjis.Orders));
        Assert.Equal(SampleCsv.StrictUtf8.GetString(utf8.Customers[3..]), SampleCsv.StrictCp932.GetString(sjis.Customers));
    }

    [Fact]
    public void Generate_Result_CountsWhatTheFileHolds()
    {
        var folder = SampleCsv.TempFolder();
        var result = SampleShop.Generate(folder, Small);
        var rows = SampleCsv.Orders(result.OrdersPath, SampleCsv.StrictUtf8);
        Assert.Equal(rows.Count, result.Lines);
        Assert.Equal(rows.Select(r => r.OrderId).Distinct().Count(), result.Orders);
        Assert.Equal(rows.GroupBy(r => r.OrderId).Count(g => g.Count() > 1), result.MultiLineOrders);
        Assert.Equal(rows.GroupBy(r => r.OrderId).Count(g => g.All(r => r.Status == "キャンセル")), result.CancelledOrders);
        Assert.Equal(rows.Count(r => r.Status == "返品"), result.ReturnOrders);
        Assert.Equal(rows.Count(r => r.Product == "無料サンプル"), result.ZeroAmountOrders);
        Assert.Equal(401, File.ReadAllLines(result.CustomersPath).Length);
        Assert.Equal(400, result.Customers);
    }

    [Fact]
    public void Generate_CustomersInOrdersFile_AreInTheMaster_AndIdsFollowArrival()
    {
        var folder = SampleCsv.TempFolder();
        var result = SampleShop.Generate(folder, Small);
        var master = SampleCsv.Read(result.CustomersPath, SampleCsv.StrictUtf8).Skip(1).Select(f => f[0]).ToList();
        Assert.Equal(Enumerable.Range(1, 400).Select(i => "C" + i.ToString("D7", CultureInfo.InvariantCulture)), master);
        var orders = SampleCsv.Orders(result.OrdersPath, SampleCsv.StrictUtf8);
        Assert.Subset(master.ToHashSet(), orders.Select(r => r.CustomerId).ToHashSet());
        var firstSeen = orders.Select(r => r.CustomerId).Distinct().ToList();
        Assert.Equal(firstSeen.Order(StringComparer.Ordinal), firstSeen); // a later id never orders first
    }

    [Fact]
    public void Generate_Cancelled_LeavesTheExistingFilesUntouched_AndNoTempFile()
    {
        var folder = SampleCsv.TempFolder();
        var orders = Path.Combine(folder, "orders.csv");
        File.WriteAllText(orders, "previous run");
        using var cancel = new CancellationTokenSource();
        var progress = new Synchronous(_ => cancel.Cancel());
        Assert.ThrowsAny<OperationCanceledException>(() => SampleShop.Generate(folder, Small, progress, cancel.Token));
        Assert.Equal("previous run", File.ReadAllText(orders));
        Assert.Equal([orders], Directory.GetFiles(folder));
    }

    [Fact]
    public void Generate_Progress_RisesToOne()
    {
        var reports = new List<SampleProgress>();
        SampleShop.Generate(SampleCsv.TempFolder(), Small, new Synchronous(reports.Add));
        Assert.InRange(reports.Count, 100, 400);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.Equal(new DateOnly(2025, 12, 31), reports[^1].Day);
        Assert.All(reports.Zip(reports.Skip(1)), pair =>
        {
            Assert.True(pair.Second.Fraction >= pair.First.Fraction);
            Assert.True(pair.Second.Lines >= pair.First.Lines);
        });
    }

    /// <summary>The streaming design, measured: the generator allocates per customer, never a string or row per line.</summary>
    /// <remarks>A line of orders.csv is about 100 bytes of UTF-8 (about 200 as a .NET string). Holding the
    /// lines, or building a string per line, would cost well over 100 bytes per line; the simulation
    /// needs ~45 bytes per customer (state, acquisition time, pending event) plus two fixed 1 MiB buffers.</remarks>
    [Fact]
    public void WriteOrders_AllocatesPerCustomer_NotPerLine()
    {
        SampleShop.WriteOrders(Stream.Null, Small); // warm up: JIT, encodings, pools
        long Allocated(int customers, out long lines)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            lines = SampleShop.WriteOrders(Stream.Null, Small with { Customers = customers }).Lines;
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        var small = Allocated(20_000, out var smallLines);
        var large = Allocated(80_000, out var largeLines);
        var perLine = (double)(large - small) / (largeLines - smallLines);
        Assert.True(perLine < 40, $"{perLine:0.0} bytes allocated per extra line ({small:N0} → {large:N0} bytes for {smallLines:N0} → {largeLines:N0} lines)");
    }

    [Theory]
    [InlineData(1_980, 8, 1_833)]
    [InlineData(3_980, 8, 3_685)]
    [InlineData(6_600, 10, 6_000)]
    [InlineData(3_850, 10, 3_500)]
    [InlineData(-15_120, 8, -14_000)]
    [InlineData(0, 10, 0)]
    public void ExcludingTax_RoundsToTheNearestYen(long incl, int taxPercent, long excl)
        => Assert.Equal(excl, Product.ExcludingTax(incl, taxPercent));

    [Fact]
    public void ExcludingTax_EqualsDecimalRounding_ForEveryAmountUpTo100000()
    {
        for (var incl = 0L; incl <= 100_000; incl++)
        {
            Assert.Equal((long)Math.Round(incl / 1.08m, MidpointRounding.AwayFromZero), Product.ExcludingTax(incl, 8));
            Assert.Equal((long)Math.Round(incl / 1.10m, MidpointRounding.AwayFromZero), Product.ExcludingTax(incl, 10));
        }
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; tests need the report at once.</summary>
    private sealed class Synchronous(Action<SampleProgress> report) : IProgress<SampleProgress>
    {
        public void Report(SampleProgress value) => report(value);
    }

    [Fact]
    public void Generate_AdSpend_ReadsBackAndSpreadsOverThePaidChannelsNewCustomers()
    {
        var folder = SampleCsv.TempFolder();
        var result = SampleShop.Generate(folder, Small with { Encoding = SampleEncoding.ShiftJis });

        var read = LtvKit.Ingest.AdSpendFile.Read(result.AdSpendPath);
        Assert.Equal(result.AdSpend.OrderBy(r => r.Month).ThenBy(r => r.Channel, StringComparer.Ordinal), read);
        Assert.DoesNotContain(read, r => r.Channel == "メルマガ"); // no spend: word of mouth and the newsletter are free
        Assert.All(read, r => Assert.Equal(0, r.Cost % 1000));

        // Every paid first channel of the shop appears; the payback spreads the spend over its new customers.
        var shop = LtvKit.Shop.Load(result.OrdersPath);
        var payback = LtvKit.Metrics.AcquisitionPayback.Of(shop.Customers, read, 0.6);
        Assert.Equal(read.Sum(r => r.Cost), payback.TotalCost);
        Assert.True(payback.UnallocatedCost < payback.TotalCost / 10, $"¥{payback.UnallocatedCost:N0} of ¥{payback.TotalCost:N0} found no new customer");
    }
}
