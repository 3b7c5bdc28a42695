using System.Globalization;
using LtvKit.Clv;
using LtvKit.Ingest;

namespace LtvKit.Tests.Clv;

/// <summary>Test-only readers for the CDNOW sample files the repo ships in data-samples/cdnow.</summary>
internal static class CdnowData
{
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    public static readonly DateOnly HoldoutEnd = new(1998, 6, 30);

    public static string Directory { get; } = Path.Combine(TestShop.RepoRoot(), "data-samples", "cdnow");

    /// <summary>
    /// CDNOW_sample.txt read by the kit itself (<c>--preset cdnow</c>: whitespace-separated, each row its own order,
    /// $0 rows counted as purchases) and turned into purchase days by <see cref="ClvInput"/>.
    /// </summary>
    public static IReadOnlyList<CustomerPurchaseDay> SamplePurchaseDays()
    {
        var shop = Shop.Load(new LoadOptions { OrderFiles = [SamplePath], Preset = Preset.Cdnow });
        return [.. ClvInput.PurchaseDays(shop.Customers)];
    }

    public static string SamplePath => Path.Combine(Directory, "CDNOW_sample.txt");

    /// <summary>cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar (weeks), keyed by the numeric id.</summary>
    public static IReadOnlyDictionary<int, (int X, double Tx, double T, double Zbar)> PublishedSummary() =>
        File.ReadLines(Path.Combine(Directory, "cdnow_customers_summary_with_transactions.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .ToDictionary(
                f => int.Parse(f[0], CultureInfo.InvariantCulture),
                f => (int.Parse(f[1], CultureInfo.InvariantCulture),
                      double.Parse(f[2], CultureInfo.InvariantCulture),
                      double.Parse(f[3], CultureInfo.InvariantCulture),
                      double.Parse(f[4], CultureInfo.InvariantCulture)));
}
