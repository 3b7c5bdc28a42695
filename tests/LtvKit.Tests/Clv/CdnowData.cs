using System.Globalization;
using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

/// <summary>Test-only readers for the CDNOW files in ../shared/data/cdnow (never copied into the repo).</summary>
internal static class CdnowData
{
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    public static readonly DateOnly HoldoutEnd = new(1998, 6, 30);

    public static string Directory { get; } = Path.Combine(RepoRoot(), "..", "shared", "data", "cdnow");

    /// <summary>
    /// CDNOW_sample.txt (whitespace-separated, no header: master id, customer id, yyyymmdd, CDs, dollars) as purchase
    /// days: amounts summed by customer and day, $0 rows kept as purchases.
    /// </summary>
    public static IReadOnlyList<CustomerPurchaseDay> SamplePurchaseDays()
    {
        var days = new Dictionary<(string, DateOnly), decimal>();
        foreach (var line in File.ReadLines(Path.Combine(Directory, "CDNOW_sample.txt")))
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0)
            {
                continue;
            }

            var key = (f[1], DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture));
            days[key] = days.GetValueOrDefault(key) + decimal.Parse(f[4], CultureInfo.InvariantCulture);
        }

        return days.Select(d => new CustomerPurchaseDay(d.Key.Item1, d.Key.Item2, d.Value)).ToArray();
    }

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

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Notebooks.sln not found above " + AppContext.BaseDirectory);
    }
}
