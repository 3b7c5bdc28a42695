using System.Globalization;
using System.Text;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>
/// An orders file the kit did not make (issue 16's benchmark file): written here, with no code of <c>ltvkit sample</c>,
/// in another cart's layout — <c>注文番号,顧客ID,注文日,商品名,金額(税込)</c>, UTF-8 without BOM, LF.
/// </summary>
/// <remarks>
/// One customer in a million-customer shop per 10 lines; three years (2022-01-01 … 2024-12-31) of orders sorted by their
/// time (<c>yyyy-MM-dd HH:mm:ss</c>); about 1.3 lines per order: the product, sometimes a second product, a coupon
/// (a negative line, クーポン値引き) or a ¥0 gift (ノベルティ); 0.5% of the orders are returns (one negative line, a
/// customer who may have bought nothing); a product name in ten has a comma and is quoted. Customers buy with a skewed
/// frequency (index = N·u², so a few buy very often). Fixed seed: the same file every time.
/// </remarks>
internal static class ForeignFile
{
    public const string Header = "注文番号,顧客ID,注文日,商品名,金額(税込)";

    /// <summary>Lines per order (the product, and sometimes a second product, a coupon or a gift).</summary>
    private const double LinesPerOrder = 1.3;

    private const double SecondProductShare = 0.15, CouponShare = 0.08, GiftShare = 0.07, ReturnShare = 0.005;

    private static readonly DateTime Start = new(2022, 1, 1);
    private static readonly int Minutes = (int)(new DateTime(2025, 1, 1) - Start).TotalMinutes;

    private static readonly (string Name, int Yen)[] Products =
    [
        ("薬用美白美容液 30mL", 6600), ("保湿化粧水 150mL", 3850), ("\"スキンケアセット(化粧水, 乳液)\"", 9900), ("青汁 30包", 4320),
        ("酵素ドリンク 720mL", 5400), ("\"お試しセット(3日分, 送料込)\"", 1000), ("オールインワンジェル", 4980), ("ハンドクリーム", 1320),
        ("プロテインバー 12本", 2592), ("\"ギフトボックス(大, のし付)\"", 12000),
    ];

    /// <summary>The file of about <paramref name="lines"/> lines in <paramref name="workFolder"/>, made once and reused.</summary>
    public static string Ensure(string workFolder, long lines)
    {
        var folder = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"foreign-{lines}"));
        var path = Path.Combine(folder, "orders.csv");
        if (File.Exists(Path.Combine(folder, "done")))
            return path;
        Directory.CreateDirectory(folder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {path} (about {lines:N0} lines, another cart's layout)…"));
        Write(path, lines);
        File.WriteAllText(Path.Combine(folder, "done"), "");
        return path;
    }

    private static void Write(string path, long lines)
    {
        var customers = Math.Max(1, (int)(lines / 10));
        var orders = (int)(lines / LinesPerOrder);
        var random = new Random(16);
        // minute << 21 | customer: sorting the keys sorts the orders by time.
        var keys = new long[orders];
        for (var i = 0; i < orders; i++)
        {
            var u = random.NextDouble();
            keys[i] = (long)random.Next(Minutes) << 21 | (long)(customers * u * u);
        }
        Array.Sort(keys);
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        output.WriteLine(Header);
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < orders; i++)
        {
            var time = Start.AddMinutes(keys[i] >> 21).AddSeconds(random.Next(60));
            var prefix = string.Create(inv, $"O{i + 1:D8},K{keys[i] & ((1 << 21) - 1):D7},{time:yyyy-MM-dd HH:mm:ss},");
            var product = Products[random.Next(Products.Length)];
            if (random.NextDouble() < ReturnShare)
            {
                output.WriteLine(string.Create(inv, $"{prefix}{product.Name},-{product.Yen}"));
                continue;
            }
            output.WriteLine(string.Create(inv, $"{prefix}{product.Name},{product.Yen}"));
            if (random.NextDouble() < SecondProductShare)
            {
                var second = Products[random.Next(Products.Length)];
                output.WriteLine(string.Create(inv, $"{prefix}{second.Name},{second.Yen}"));
            }
            if (random.NextDouble() < CouponShare)
                output.WriteLine(prefix + "クーポン値引き,-500");
            if (random.NextDouble() < GiftShare)
                output.WriteLine(prefix + "ノベルティ,0");
        }
    }
}
