using System.Globalization;
using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Tests.Report;

/// <summary>Shops for the report tests: a synthetic one of any size, and a hostile one with a customer master.</summary>
internal static class ReportFixtures
{
    public const string XssPayload = "<img src=x onerror=alert(1)>";
    public const string XssScript = "</script><script>alert(2)</script>";

    /// <summary>Personal data of the hostile shop's customer master: must be in a report only with --show-pii.</summary>
    public static readonly string[] PersonalData = ["山田 花子", "hanako.yamada@example.jp", "06-3333-4444", "大阪府大阪市北区梅田1-1-1", "<b>悪意 太郎</b>", "evil@example.jp"];

    public static string HostileOrders() => TestShop.Header + "\n" +
        $"A1,\"{XssPayload}\",2024-01-05,\"{XssPayload}\",12800,\"{XssPayload}\",\n" +
        $"A2,\"{XssPayload}\",2024-03-05,\"{XssScript}\",9800,SNS,\n" +
        $"B1,C-002,2024-02-01,\"{XssScript}\",3300,\"{XssScript}\",\n" +
        "B2,C-002,2024-09-01,お試しセット,80000,Web広告,\n" +
        "C1,C-003,2023-06-01,\"A&B \"\"set\"\"\",5000,L\u2028S\u2029P,\n" +
        "D1,C-004,2024-12-20,美容液,4980,Web広告,\n";

    public static string HostileCustomers() =>
        "顧客ID,氏名,性別,年代,住所,メールアドレス,電話番号\n" +
        $"\"{XssPayload}\",\"<b>悪意 太郎</b>\",男性,40代,東京都港区芝公園4-2-8,evil@example.jp,03-1111-2222\n" +
        "C-002,山田 花子,女性,30代,大阪府大阪市北区梅田1-1-1,hanako.yamada@example.jp,06-3333-4444\n" +
        "C-003,佐藤 次郎,男性,50代,福岡県福岡市中央区天神2-2-2,jiro.sato@example.jp,092-555-6666\n";

    public static Shop Hostile() => Shop.Load(new LoadOptions
    {
        OrderFiles = [TestShop.File(HostileOrders())],
        CustomerFile = TestShop.File(HostileCustomers()),
        MaxRejectedShare = 1,
    });

    /// <summary>A synthetic shop: first purchases over three years, four in ten customers come back.</summary>
    public static string SyntheticCsv(int customers, int seed = 3)
    {
        var random = new Random(seed);
        var end = new DateOnly(2024, 12, 31);
        string[] channels = ["Web広告", "自然検索", "Amazon", "カタログ"];
        string[] products = ["美容液", "化粧水", "お試しセット", "乳液"];
        int[] prices = [1_980, 4_980, 9_800, 12_800, 29_800];
        var csv = new StringBuilder(TestShop.Header).Append('\n');
        var order = 0;
        for (var c = 0; c < customers; c++)
        {
            var day = end.AddDays(-random.Next(3 * 365));
            var purchases = random.NextDouble() < 0.4 ? 2 + random.Next(6) : 1;
            for (var p = 0; p < purchases && day <= end; p++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"O{++order},C{c:D5},{day:yyyy-MM-dd},{products[random.Next(products.Length)]},{prices[random.Next(prices.Length)]},{channels[random.Next(channels.Length)]},\n");
                day = day.AddDays(1 + random.Next(150));
            }
        }
        return csv.ToString();
    }

    public static Shop Synthetic(int customers, int seed = 3) => TestShop.Load(SyntheticCsv(customers, seed));
}
