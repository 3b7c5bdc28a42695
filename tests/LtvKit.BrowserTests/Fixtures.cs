using System.Text;
using LtvKit.Charts;
using LtvKit.Ingest;
using LtvKit.Metrics;
using LtvKit.Report;

namespace LtvKit.BrowserTests;

/// <summary>Shops written to temporary CSV files and read by the real loader, and their reports.</summary>
internal static class Fixtures
{
    public const string XssPayload = "<img src=x onerror=alert(1)>";
    public const string XssScript = "</script><script>alert(2)</script>";

    /// <summary>A temp file with <paramref name="text"/> (UTF-8, no BOM).</summary>
    public static string File(string text, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), "ltvkit-browser-tests", Guid.NewGuid().ToString("N") + extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public static Shop Load(string ordersCsv, string? customersCsv = null) => Shop.Load(new LoadOptions
    {
        OrderFiles = [File(ordersCsv)],
        CustomerFile = customersCsv is null ? null : File(customersCsv),
        MaxRejectedShare = 1,
    });

    /// <summary>The report of <paramref name="shop"/> written to a temp .html file.</summary>
    public static string Report(Shop shop, ReportOptions? options = null, AnalysisConfig? config = null)
    {
        var path = Path.Combine(Path.GetTempPath(), "ltvkit-browser-tests", Guid.NewGuid().ToString("N") + ".html");
        ReportHtml.WriteFile(path, shop.Kpis(config), shop.Profiles, options);
        return path;
    }

    /// <summary>A few hundred customers spread over every group and status.</summary>
    public static readonly Lazy<Shop> Medium = new(() => Load(SyntheticShop.Csv(600, seed: 11)));

    /// <summary>The bundled sample shop (data-samples/orders.csv, about 3,000 customers): the shop the issues measure.</summary>
    public static readonly Lazy<Shop> Sample = new(() => Shop.Load(new LoadOptions
    {
        OrderFiles = [Path.Combine(RepoRoot(), "data-samples", "orders.csv")],
    }));

    /// <summary>A small shop whose customer ids, products and channels are script-injection attempts, with a customer master.</summary>
    public static readonly Lazy<Shop> Hostile = new(() => Load(
        SyntheticShop.Header + "\n" +
        $"A1,\"{XssPayload}\",2024-01-05,\"{XssPayload}\",12800,\"{XssPayload}\",\n" +
        $"A2,\"{XssPayload}\",2024-03-05,\"{XssScript}\",9800,SNS,\n" +
        $"B1,C-002,2024-02-01,\"{XssScript}\",3300,\"{XssScript}\",\n" +
        "B2,C-002,2024-09-01,お試しセット,80000,Web広告,\n" +
        "C1,C-003,2023-06-01,\"A&B \"\"set\"\"\",5000,\"&lt;b&gt;\",\n" +
        "D1,C-004,2024-12-20,美容液,4980,Web広告,\n",
        "顧客ID,氏名,性別,年代,住所,メールアドレス,電話番号\n" +
        $"\"{XssPayload}\",\"<b>悪意 太郎</b>\",男性,40代,東京都港区芝公園4-2-8,evil@example.jp,03-1111-2222\n" +
        "C-002,山田 花子,女性,30代,大阪府大阪市北区梅田1-1-1,hanako.yamada@example.jp,06-3333-4444\n" +
        "C-003,佐藤 次郎,男性,50代,福岡県福岡市中央区天神2-2-2,jiro.sato@example.jp,092-555-6666\n"));

    public static ReportOptions Options(LabelLanguage language = LabelLanguage.Japanese, bool showPii = false, int? exactLimit = null) => new()
    {
        Language = language,
        ShowPii = showPii,
        ExactCustomerLimit = exactLimit ?? ReportOptions.DefaultExactCustomerLimit,
    };

    /// <summary>The repository's out/test-artifacts folder (git-ignored), for screenshots a person can look at.</summary>
    public static string ArtifactFolder()
    {
        var folder = Path.Combine(RepoRoot(), "out", "test-artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The repository root: the folder of Notebooks.sln above the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Notebooks.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repository root (Notebooks.sln) not found above " + AppContext.BaseDirectory);
    }

    public static Kpis KpisOf(Shop shop) => shop.Kpis();
}
