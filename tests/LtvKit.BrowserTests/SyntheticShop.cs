using System.Globalization;
using System.Text;

namespace LtvKit.BrowserTests;

/// <summary>A synthetic orders CSV of any size, fixed seed: customers in every group and status, several channels and products.</summary>
/// <remarks>
/// Each customer has a first purchase in the three years before <c>end</c>; half come back, with gaps of
/// about two months, so tenure, revenue and recency spread over every threshold. No real person's data.
/// </remarks>
internal static class SyntheticShop
{
    public const string Header = "注文ID,顧客ID,注文日,商品名,金額(税込),チャネル,ステータス";

    private static readonly string[] Channels = ["Web広告", "自然検索", "Amazon", "楽天市場", "カタログ", "SNS", "紹介"];
    private static readonly string[] Products = ["美容液 30ml", "化粧水 150ml", "お試しセット", "クレンジング", "乳液", "サプリ 30日分", "ハンドクリーム"];
    private static readonly int[] Prices = [1_980, 3_300, 4_980, 6_600, 9_800, 12_800, 19_800, 29_800];

    /// <summary>Writes the CSV to <paramref name="writer"/>; returns the number of order lines.</summary>
    public static long Write(TextWriter writer, int customers, int seed = 7, DateOnly? end = null)
    {
        var last = end ?? new DateOnly(2024, 12, 31);
        const int SpanDays = 3 * 365;
        var random = new Random(seed);
        writer.Write(Header + "\n");
        long order = 0;
        var line = new StringBuilder(96);
        for (var c = 0; c < customers; c++)
        {
            var id = "C" + c.ToString("D7", CultureInfo.InvariantCulture);
            var day = last.AddDays(-random.Next(SpanDays));
            var channel = Channels[Math.Min((int)(random.NextDouble() * random.NextDouble() * Channels.Length * 1.6), Channels.Length - 1)];
            var purchases = random.NextDouble() < 0.5 ? 2 + (int)(-Math.Log(1 - random.NextDouble()) * 3.0) : 1;
            for (var p = 0; p < purchases && day <= last; p++)
            {
                order++;
                line.Clear();
                line.Append('O').Append(order.ToString(CultureInfo.InvariantCulture)).Append(',').Append(id).Append(',')
                    .Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                    .Append(Products[random.Next(Products.Length)]).Append(',')
                    .Append(Prices[random.Next(Prices.Length)].ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(p == 0 ? channel : "Web広告").Append(',')
                    .Append(random.NextDouble() < 0.01 ? "キャンセル" : "発送済").Append('\n');
                writer.Write(line);
                day = day.AddDays(1 + (int)(-Math.Log(1 - random.NextDouble()) * 60));
            }
        }
        return order;
    }

    public static string Csv(int customers, int seed = 7)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, customers, seed);
        return writer.ToString();
    }
}
