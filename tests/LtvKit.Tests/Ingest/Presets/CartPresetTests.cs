using LtvKit.Ingest;
using LtvKit.Ingest.Presets;

namespace LtvKit.Tests.Ingest.Presets;

/// <summary>
/// Each cart preset on its hand-made fixture (<c>fixtures/</c>, written from the cart's published column list with its
/// quirks). Counts: orders = purchases (not cancelled), cancelled = cancelled orders, customers, revenue = 税込 sum.
/// </summary>
public class CartPresetTests
{
    private static string Fixture(string name) => Path.Combine(TestShop.RepoRoot(), "tests", "LtvKit.Tests", "Ingest", "Presets", "fixtures", name);

    private static Shop Load(string name, Preset? preset = null, TimeZoneInfo? zone = null) =>
        Shop.Load(new LoadOptions { OrderFiles = [Fixture(name)], Preset = preset, TimeZone = zone ?? LoadOptions.Default.TimeZone });

    private static (int Orders, long Cancelled, int Customers, decimal Revenue) Counts(Shop shop) =>
        (shop.Customers.Sum(c => c.Purchases), shop.Input.OrdersCancelled, shop.Customers.Count, shop.Customers.Sum(c => c.Revenue));

    /// <summary>
    /// rakuten.csv (Shift_JIS, 6 rows): order …0000001 has two item rows with 合計金額 2530 repeated (counted once);
    /// …0000002 is 山田　太郎 again with full-width phone ０３-１２３４-５６７８ (名寄せ joins it: 3980); …0000003 is
    /// キャンセル確定 (佐藤花子, 5000); …0000004 佐藤花子 4400; …0000005 is 山田太郎 with another phone (090…: another
    /// customer, 2000). Orders 2530, 3980, 4400, 2000 = 4; cancelled 1; customers 3; revenue 12,910.
    /// </summary>
    [Fact]
    public void Rakuten_Fixture_HandCheckedCounts()
    {
        var shop = Load("rakuten.csv", Preset.Rakuten);
        Assert.Equal(["Shift_JIS"], shop.Encodings);
        Assert.Equal((4, 1L, 3, 12910m), Counts(shop));
        Assert.Equal(6, shop.Input.RowsRead);
        Assert.All(shop.Customers, c => Assert.StartsWith("NP", c.Id, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2024, 1, 5), shop.Customers.Single(c => c.Purchases == 2).FirstPurchase);
        Assert.Equal("青汁お試しセット", shop.Customers.Single(c => c.Purchases == 2).FirstProduct);
    }

    /// <summary>
    /// amazon.txt (tab-separated, UTF-8): order 503-1000001 has two items, 3300 + 1100 = 4400, placed
    /// 2024-01-31T22:30:00+00:00 = 2024-02-01 07:30 JST; 503-1000002 (another buyer) 2200 at 14:59:59Z = 23:59:59 JST on
    /// 2024-01-31; 503-1000003 (the first buyer) 5500 on 2024-02-15. Orders 3; cancelled 0; customers 2; revenue 12,100.
    /// </summary>
    [Fact]
    public void Amazon_Fixture_HandCheckedCounts()
    {
        var shop = Load("amazon.txt", Preset.Amazon);
        Assert.Equal((3, 0L, 2, 12100m), Counts(shop));
    }

    /// <summary>The UTC boundary: 22:30 UTC on the 31st is 07:30 JST on 1 February; 14:59:59 UTC is still the 31st in Tokyo.</summary>
    [Fact]
    public void Amazon_PurchaseDateInUtc_LandsOnTheJstCalendarDay()
    {
        var shop = Load("amazon.txt", Preset.Amazon);
        Assert.Equal(new DateOnly(2024, 2, 1), shop.Customers.Single(c => c.Id.StartsWith("abc123", StringComparison.Ordinal)).FirstPurchase);
        Assert.Equal(new DateOnly(2024, 1, 31), shop.Customers.Single(c => c.Id.StartsWith("zyx987", StringComparison.Ordinal)).FirstPurchase);
        var utc = Load("amazon.txt", Preset.Amazon, TimeZoneInfo.Utc);
        Assert.Equal(new DateOnly(2024, 1, 31), utc.Customers.Single(c => c.Id.StartsWith("abc123", StringComparison.Ordinal)).FirstPurchase);
    }

    /// <summary>
    /// ec-cube.csv (Shift_JIS): 注文ID 1 (会員 101) 3300; 2 (101) two 明細 with 支払合計 6600 repeated (once); 3 (102)
    /// 注文取消し; 4 (103) 新規受付 5500 (an order); 5 (104) 購入処理中, a checkout never completed (with the cancelled).
    /// Orders 3300, 6600, 5500 = 3; cancelled 2; customers 101, 103 = 2; revenue 15,400.
    /// </summary>
    [Fact]
    public void EcCube_Fixture_HandCheckedCounts()
    {
        var shop = Load("ec-cube.csv", Preset.EcCube);
        Assert.Equal(["Shift_JIS"], shop.Encodings);
        Assert.Equal((3, 2L, 2, 15400m), Counts(shop));
    }

    /// <summary>
    /// futureshop.csv: M001 REGULAR 3300, SUBSCRIPTION 2980, SUBSCRIPTION キャンセル 2980; M002 HANPUKAI 4500.
    /// Orders 3; cancelled 1; customers 2; revenue 10,780; 受注種別 is the order kind: 通常 1, 定期 1 (the cancelled
    /// one is no purchase), 頒布会 1; M002 came in on 頒布会, M001 on 通常.
    /// </summary>
    [Fact]
    public void Futureshop_Fixture_HandCheckedCounts()
    {
        var shop = Load("futureshop.csv", Preset.Futureshop);
        Assert.Equal((3, 1L, 2, 10780m), Counts(shop));
        var s = shop.Kpis().Subscriptions;
        Assert.Equal((1L, 1L, 1L), (s.RegularPurchases, s.SubscriptionPurchases, s.HanpukaiPurchases));
        Assert.Equal([1L, 1L, 0L, 0L, 0L], s.RegularFunnel.Reach);
        Assert.Equal([1L, 0L, 0L, 0L, 0L], s.RecurringFunnel.Reach);
    }

    /// <summary>
    /// makeshop.csv (Shift_JIS, 日付 + 注文時間): shop001 4400 (two item rows, once) on 01-10 23:45, shop002 1650 on
    /// 02-01 00:05, shop001 キャンセル 2200, shop001 3300. Orders 3; cancelled 1; customers 2; revenue 9,350.
    /// </summary>
    [Fact]
    public void Makeshop_Fixture_HandCheckedCounts()
    {
        var shop = Load("makeshop.csv", Preset.Makeshop);
        Assert.Equal(["Shift_JIS"], shop.Encodings);
        Assert.Equal((3, 1L, 2, 9350m), Counts(shop));
        Assert.Equal(new DateOnly(2024, 2, 1), shop.Customers.Single(c => c.Id == "shop002").FirstPurchase);
    }

    /// <summary>
    /// yahoo.csv (OrderStatus 1 予約中, 2 処理中, 4 キャンセル, 5 完了): 山口 3000 (5), 5000 (4: cancelled), 2500 (5);
    /// 松本 1500 (2); 井上 800 (1). Orders 4; cancelled 1; customers 3; revenue 7,800.
    /// </summary>
    [Fact]
    public void Yahoo_Fixture_HandCheckedCounts()
    {
        var shop = Load("yahoo.csv", Preset.Yahoo);
        Assert.Equal((4, 1L, 3, 7800m), Counts(shop));
    }

    [Theory]
    [InlineData("rakuten.csv", Preset.Rakuten)]
    [InlineData("amazon.txt", Preset.Amazon)]
    [InlineData("ec-cube.csv", Preset.EcCube)]
    [InlineData("futureshop.csv", Preset.Futureshop)]
    [InlineData("makeshop.csv", Preset.Makeshop)]
    [InlineData("yahoo.csv", Preset.Yahoo)]
    public void Load_CartHeaderWithoutPreset_IsDetectedAndReadTheSame(string fixture, Preset preset)
    {
        var detected = Load(fixture);
        Assert.Equal(preset, detected.Preset);
        Assert.Equal(Counts(Load(fixture, preset)), Counts(detected));
    }

    [Fact]
    public void Detect_HeaderOfNoCartOrOfTwo_IsNull()
    {
        Assert.Null(CartPreset.Detect(TestShop.Header.Split(',')));
        Assert.Null(CartPreset.Detect(["OrderId", "OrderStatus", "OrderTime", "受注コード", "受注種別"]));
        Assert.Equal(Preset.Yahoo, CartPreset.Detect(["orderid", "ORDERSTATUS", "OrderTime"])?.Preset);
    }

    [Fact]
    public void Load_PresetNone_DoesNotDetectTheCart()
    {
        var e = Assert.Throws<InputException>(() => Load("rakuten.csv", Preset.None));
        Assert.Contains("no customer id column", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The split time is checked with its date: 25:00 is not a time, so the row is rejected naming the date column.</summary>
    [Fact]
    public void Makeshop_SplitTimeOutOfRange_RejectsTheRow()
    {
        var csv = "注文番号,日付,注文時間,会員ID,合計金額,処理状況\nM1,2024/01/10,23:45:00,c1,1000,発送済み\nM2,2024/01/11,25:00:00,c1,1000,発送済み\n";
        var shop = Shop.Load(new LoadOptions { OrderFiles = [TestShop.File(csv)], MaxRejectedShare = 1 });
        Assert.Equal(Preset.Makeshop, shop.Preset);
        Assert.Equal(1, shop.Input.RowsRejected);
        var reject = Assert.Single(shop.RejectSamples);
        Assert.Equal(3, reject.Line);
        Assert.Equal("日付", reject.Column);
        Assert.Equal("2024/01/11 25:00:00", reject.Value);
    }

    /// <summary>Yahoo's status is a number: only 4 cancels, not a 14 or a 完了 that contains nothing of キャンセル.</summary>
    [Fact]
    public void Yahoo_OnlyStatusFourCancels()
    {
        var csv = "OrderId,OrderTime,OrderStatus,BillMailAddress,TotalPrice\nY1,2024/01/10 10:00:00,4,a@x,1000\nY2,2024/01/11 10:00:00,14,a@x,1000\nY3,2024/01/12 10:00:00,５,a@x,1000\n";
        var shop = Shop.Load(new LoadOptions { OrderFiles = [TestShop.File(csv)] });
        Assert.Equal((2, 1L, 1, 2000m), Counts(shop));
    }

    [Fact]
    public void Load_TwoFilesOfDifferentCarts_FailsNamingBoth()
    {
        var e = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions { OrderFiles = [Fixture("yahoo.csv"), Fixture("futureshop.csv")] }));
        Assert.Contains("futureshop.csv is read as futureshop 受注データ", e.Message, StringComparison.Ordinal);
        Assert.Contains("yahoo.csv as Yahoo!ショッピング 注文データ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_EachPresetHasItsOwnNameAndSignature()
    {
        Assert.Equal(6, CartPresets.All.Select(p => p.Name).Distinct().Count());
        Assert.All(CartPresets.All, p => Assert.Same(p, CartPreset.Parse(p.Name.ToUpperInvariant())));
        Assert.All(CartPresets.All, p => Assert.Same(p, CartPreset.Detect(p.Signature)));
    }
}
