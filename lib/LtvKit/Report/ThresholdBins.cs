using LtvKit.Customers;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>
/// The bins a large shop's report re-segments from: edges over tenure, revenue and recency, so that the page can
/// count the five groups × 既存/離脱 for other thresholds without carrying every customer.
/// </summary>
/// <remarks>
/// <para>Bins are half-open, [edge, next edge). A threshold that lies on an edge splits no bin, so the counts for it
/// are exact — the same as <c>ltvkit metrics --config</c> gives. The page therefore snaps every threshold typed in
/// to the nearest edge (<see cref="Snap"/>) and says so. The thresholds of the analysis itself are always edges.</para>
/// <para>Days (tenure, recency): 0, 1 (tenure 0 is 初回客), then every 10 days up to 1,100 days (three years — finer
/// than any business rule is set), every 30 days up to 3,650, then every 365 days. Yen: every ¥5,000 up to
/// ¥200,000, ¥10,000 up to ¥500,000, ¥50,000 up to ¥2,000,000, ¥500,000 up to ¥10,000,000, then every
/// ¥5,000,000; a bin below ¥0 holds customers whose returns exceed their purchases.</para>
/// </remarks>
public sealed class ThresholdBins
{
    private readonly int[] _tenure;
    private readonly decimal[] _amount;
    private readonly int[] _recency;

    private ThresholdBins(int[] tenure, decimal[] amount, int[] recency)
    {
        _tenure = tenure;
        _amount = amount;
        _recency = recency;
    }

    /// <summary>Lower edges of the tenure bins, ascending, starting at 0.</summary>
    public IReadOnlyList<int> TenureEdges => _tenure;

    /// <summary>Lower edges of the revenue bins, ascending, starting at min(0, lowest revenue).</summary>
    public IReadOnlyList<decimal> AmountEdges => _amount;

    /// <summary>Lower edges of the recency bins, ascending, starting at 0.</summary>
    public IReadOnlyList<int> RecencyEdges => _recency;

    /// <summary>Edges that cover every customer of the table, with the analysis thresholds among them.</summary>
    public static ThresholdBins For(CustomerTable customers, SegmentThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(thresholds);
        int maxTenure = 0, maxRecency = 0;
        decimal minRevenue = 0, maxRevenue = 0;
        foreach (var c in customers.Rows)
        {
            maxTenure = Math.Max(maxTenure, c.TenureDays);
            maxRecency = Math.Max(maxRecency, c.RecencyDays);
            minRevenue = Math.Min(minRevenue, c.Revenue);
            maxRevenue = Math.Max(maxRevenue, c.Revenue);
        }
        var tenure = DayEdges(maxTenure, thresholds.FledglingMaxDays, thresholds.TrendyMaxDays);
        var recency = DayEdges(maxRecency, thresholds.ChurnDays);
        var amount = AmountEdgesUpTo(minRevenue, maxRevenue, thresholds.AmountThreshold);
        return new ThresholdBins(tenure, amount, recency);
    }

    public int TenureBin(int days) => Bin(_tenure, days);

    public int AmountBin(decimal yen) => Bin(_amount, yen);

    public int RecencyBin(int days) => Bin(_recency, days);

    /// <summary>The thresholds moved to the nearest edges (a tie goes to the lower edge), keeping them valid: tenure and churn days ≥ 1, trendy ≥ fledgling.</summary>
    public SegmentThresholds Snap(SegmentThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var fledgling = Nearest(_tenure, thresholds.FledglingMaxDays, 1);
        var trendy = Nearest(_tenure, Math.Max(thresholds.TrendyMaxDays, fledgling), fledgling);
        var amount = Nearest(_amount, thresholds.AmountThreshold, _amount[0]);
        var churn = Nearest(_recency, thresholds.ChurnDays, 1);
        return new SegmentThresholds(fledgling, trendy, amount, churn);
    }

    private static int[] DayEdges(int max, params int[] extra)
    {
        var edges = new SortedSet<int> { 0, 1 };
        var day = 10;
        while (true)
        {
            edges.Add(day);
            if (day > max)
                break;
            day += day < 1_100 ? 10 : day < 3_650 ? 30 : 365;
        }
        foreach (var e in extra)
        {
            if (e >= 0)
                edges.Add(e);
        }
        return [.. edges];
    }

    private static decimal[] AmountEdgesUpTo(decimal min, decimal max, decimal extra)
    {
        var edges = new SortedSet<decimal> { Math.Floor(Math.Min(min, 0)), 0 };
        decimal yen = 5_000;
        while (true)
        {
            edges.Add(yen);
            if (yen > max)
                break;
            yen += yen < 200_000 ? 5_000 : yen < 500_000 ? 10_000 : yen < 2_000_000 ? 50_000 : yen < 10_000_000 ? 500_000 : 5_000_000;
        }
        if (extra >= edges.Min)
            edges.Add(extra);
        return [.. edges];
    }

    private static int Bin<T>(T[] edges, T value) where T : IComparable<T>
    {
        var i = Array.BinarySearch(edges, value);
        return Math.Max(i >= 0 ? i : ~i - 1, 0);
    }

    private static T Nearest<T>(T[] edges, T value, T lowest) where T : struct, IComparable<T>, System.Numerics.ISubtractionOperators<T, T, T>
    {
        T? best = null;
        foreach (var edge in edges)
        {
            if (edge.CompareTo(lowest) < 0)
                continue;
            var distance = Abs(edge, value);
            if (best is null || distance.CompareTo(Abs(best.Value, value)) < 0)
                best = edge;
        }
        return best ?? lowest;

        static T Abs(T a, T b) => a.CompareTo(b) >= 0 ? a - b : b - a;
    }
}
