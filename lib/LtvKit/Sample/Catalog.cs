namespace LtvKit.Sample;

/// <summary>The sample shop's products and channels: a health-food, cosmetics and food mail-order shop.</summary>
/// <remarks>
/// Prices are tax-included yen as a Japanese D2C shop lists them. The entry weights make the
/// お試しセット (trial set) the most common first product; the retention factors make the tables
/// "by first channel / first product" (METRICS.md §4) differ the way a consultant expects:
/// LINE and referral customers stay, marketplace and gift buyers rarely come back.
/// </remarks>
internal static class Catalog
{
    public const int TrialSet = 0;
    public const int SkinCareTrialSet = 1;
    public const int FruitJellyGift = 15;
    public const int GiftSet = 16;
    public const int FreeSample = 17;

    /// <summary>Index of the first channel that is only used by repeat orders.</summary>
    public const int Newsletter = 7;

    /// <summary>Trial sets: a new customer's cheap first step, one per order.</summary>
    public static bool IsTrial(int product) => product is TrialSet or SkinCareTrialSet;

    /// <summary>Gift products: bought for someone else, rarely the start of a repeat habit.</summary>
    public static bool IsGift(int product) => product is FruitJellyGift or GiftSet;

    public static readonly Product[] Products =
    [
        new("お試しセット", "お試し", 1_980, 8, 30, 0, 0.85),
        new("スキンケアお試しセット", "お試し", 1_650, 10, 12, 0, 0.80),
        new("国産大麦若葉青汁 30包", "健康食品", 3_980, 8, 8, 14, 1.15),
        new("乳酸菌サプリ 30日分", "健康食品", 4_320, 8, 6, 12, 1.10),
        new("黒酢カプセル 90粒", "健康食品", 3_240, 8, 4, 8, 1.00),
        new("DHA・EPA 120粒", "健康食品", 4_860, 8, 4, 8, 1.05),
        new("グルコサミン&コンドロイチン", "健康食品", 5_940, 8, 3, 7, 1.15),
        new("酵素ドリンク 720mL", "健康食品", 6_480, 8, 3, 5, 0.90),
        new("薬用美白美容液 30mL", "化粧品", 6_600, 10, 5, 10, 1.10),
        new("保湿化粧水 150mL", "化粧品", 3_850, 10, 5, 10, 1.00),
        new("オールインワンゲル 100g", "化粧品", 4_730, 10, 5, 8, 1.00),
        new("エイジングケアクリーム 50g", "化粧品", 11_000, 10, 2, 4, 1.20),
        new("アミノ酸シャンプー 400mL", "化粧品", 3_300, 10, 3, 6, 0.90),
        new("有機玄米 5kg", "食品", 4_980, 8, 4, 6, 0.90),
        new("国産はちみつ 500g", "食品", 3_780, 8, 3, 5, 0.85),
        new("フルーツゼリー詰め合わせ", "食品", 5_400, 8, 3, 2, 0.50),
        // A comma in a product name: the file must quote it (RFC 4180), and the reader must cope.
        new("ギフトセット(化粧水, 美容液)", "化粧品", 12_100, 10, 1, 1, 0.60),
        new("無料サンプル", "サンプル", 0, 10, 0, 0, 1.00),
    ];

    /// <summary>The main product a trial-set buyer goes on to buy: health foods after the お試しセット, skin care after its cosmetic twin.</summary>
    public static readonly int[] HealthFoods = [2, 3, 4, 5];

    public static readonly int[] SkinCare = [8, 9, 10];

    public static readonly Channel[] Channels =
    [
        // CPO: a trial-set ad on Instagram buys cheap first orders that rarely come back; search ads cost more per head; the
        // marketplaces' sponsored listings are cheap; a referral costs its reward coupon; a printed catalogue costs the most.
        new("Instagram広告", 26, 0.80, 1.6, false, CpoYen: 6_000),
        new("Google検索", 20, 1.00, 1.0, false, CpoYen: 7_500),
        new("Amazon", 14, 0.65, 0.4, true, CpoYen: 3_000),
        new("楽天市場", 15, 0.75, 0.5, true, CpoYen: 3_500),
        new("LINE", 9, 1.35, 1.3, false, CpoYen: 4_000),
        new("紹介", 5, 1.50, 0.8, false, CpoYen: 1_000),
        new("カタログ", 11, 1.20, 0.6, false, CpoYen: 9_000),
        new("メルマガ", 0, 1.00, 1.0, false, CpoYen: 0),
    ];
}
