using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>R, F and M scores 1 … 5 of every customer: how many customers have each score, and the R × F grid.</summary>
/// <param name="CutPoints">The cut points used: given, or this shop's quintiles.</param>
/// <param name="Recency">Customers with R = 1 … 5 (index 0 … 4).</param>
/// <param name="Frequency">Customers with F = 1 … 5.</param>
/// <param name="Monetary">Customers with M = 1 … 5.</param>
/// <param name="Grid">Customers with R = r and F = f at [r − 1, f − 1].</param>
/// <remarks>
/// R is recency (days since the last purchase), F is purchase days (a same-day second order is not a second visit, as
/// everywhere in the kit), M is revenue. 5 is best for each: the most recent, the most frequent, the largest spenders.
/// By default the cut points are the quintiles of this shop (<see cref="RfmCutPoints.QuintileRank"/>); a consultant who
/// compares months or shops passes fixed cut points instead, so that a score means the same thing in both.
/// </remarks>
public sealed record RfmScores(RfmCutPoints CutPoints, long[] Recency, long[] Frequency, long[] Monetary, long[,] Grid)
{
    /// <summary>
    /// A line for each measure with score classes that no customer has, with the cut points that leave them empty:
    /// equal cut points, or nobody above the last one. None when there are no customers at all.
    /// </summary>
    public IReadOnlyList<string> Warnings => Recency.Sum() == 0
        ? []
        : [
            .. Empty("R", Recency, CutPoints.RecencyDays.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d} days"))),
            .. Empty("F", Frequency, CutPoints.PurchaseDays.Select(d => d.ToString(CultureInfo.InvariantCulture))),
            .. Empty("M", Monetary, CutPoints.Revenue.Select(r => string.Create(CultureInfo.InvariantCulture, $"¥{r:N0}"))),
        ];

    private static IEnumerable<string> Empty(string measure, long[] counts, IEnumerable<string> cuts)
    {
        var empty = Enumerable.Range(1, counts.Length).Where(score => counts[score - 1] == 0).ToList();
        if (empty.Count == 0)
            yield break;
        var scores = empty.Count == 1 ? $"{empty[0]}" : $"{string.Join(", ", empty[..^1])} or {empty[^1]}";
        var them = empty.Count == 1 ? "it" : "them";
        yield return $"no customer has {measure} = {scores}: the cut points {string.Join(" / ", cuts)} leave {them} empty";
    }

    /// <summary>The scores of the table's customers, with <paramref name="cutPoints"/> or this shop's quintiles.</summary>
    public static RfmScores Of(CustomerTable customers, RfmCutPoints? cutPoints = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var rows = customers.Rows;
        cutPoints = cutPoints?.Validated() ?? (rows.Length == 0 ? new RfmCutPoints([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]) : Quintiles(customers));
        var recency = new long[RfmCutPoints.Scores];
        var frequency = new long[RfmCutPoints.Scores];
        var monetary = new long[RfmCutPoints.Scores];
        var grid = new long[RfmCutPoints.Scores, RfmCutPoints.Scores];
        var cuts = new Cuts(cutPoints);
        foreach (var row in rows)
        {
            var (r, f, m) = cuts.Score(row);
            recency[r - 1]++;
            frequency[f - 1]++;
            monetary[m - 1]++;
            grid[r - 1, f - 1]++;
        }
        return new RfmScores(cutPoints, recency, frequency, monetary, grid);
    }

    /// <summary>One customer's R, F and M scores.</summary>
    public static (int R, int F, int M) Score(Customer customer, RfmCutPoints cutPoints)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(cutPoints);
        return new Cuts(cutPoints.Validated()).Score(customer);
    }

    /// <summary>The cut points as arrays, read without an enumerator per customer.</summary>
    private readonly struct Cuts(RfmCutPoints cutPoints)
    {
        private readonly int[] _recency = [.. cutPoints.RecencyDays];
        private readonly int[] _days = [.. cutPoints.PurchaseDays];
        private readonly decimal[] _revenue = [.. cutPoints.Revenue];

        public (int R, int F, int M) Score<T>(T customer) where T : ICustomerMeasures => (
            RfmCutPoints.Lower(customer.RecencyDays, _recency),
            RfmCutPoints.Higher(customer.PurchaseDays, _days),
            RfmCutPoints.Higher(customer.Revenue, _revenue));
    }

    private static RfmCutPoints Quintiles(CustomerTable customers)
    {
        var rows = customers.Rows;
        var recency = new int[rows.Length];
        var days = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            (recency[i], days[i]) = (rows[i].RecencyDays, rows[i].PurchaseDays);
        return new RfmCutPoints(RfmCutPoints.Quintiles(recency), RfmCutPoints.Quintiles(days), RfmCutPoints.Quintiles(customers.RevenueLargestFirst));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"RFM ({CutPoints}): R {string.Join("/", Recency)}, F {string.Join("/", Frequency)}, M {string.Join("/", Monetary)}");
}
