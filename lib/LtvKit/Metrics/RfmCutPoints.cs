using System.Globalization;

namespace LtvKit.Metrics;

/// <summary>The four cut points of each RFM measure, ascending, that split its values into the scores 1 … 5.</summary>
/// <param name="RecencyDays">Days since the last purchase: recency ≤ c₁ scores 5, ≤ c₂ 4, ≤ c₃ 3, ≤ c₄ 2, above c₄ 1 (recent is better).</param>
/// <param name="PurchaseDays">Purchase days (F): ≤ c₁ scores 1, ≤ c₂ 2, ≤ c₃ 3, ≤ c₄ 4, above c₄ 5.</param>
/// <param name="Revenue">Revenue (M, 累計購入金額), scored as F.</param>
/// <remarks>
/// A customer's score is decided by the value alone, so customers with equal values always share a score ("ties kept
/// together"). Equal cut points are allowed and leave the scores between them empty: in a shop where 70% bought once,
/// the quintiles of F are 1, 1, 1, 2, and nobody scores F = 2 or 3 (<see cref="RfmScores.Warnings"/> says so).
/// </remarks>
public sealed record RfmCutPoints(IReadOnlyList<int> RecencyDays, IReadOnlyList<int> PurchaseDays, IReadOnlyList<decimal> Revenue)
{
    /// <summary>Scores run 1 … 5, so each measure has four cut points.</summary>
    public const int Scores = 5;

    /// <summary>Checks that each measure has four ascending cut points.</summary>
    /// <exception cref="ArgumentException">A measure has another number of cut points, or they are not ascending.</exception>
    public RfmCutPoints Validated()
    {
        Check(nameof(RecencyDays), RecencyDays);
        Check(nameof(PurchaseDays), PurchaseDays);
        Check(nameof(Revenue), Revenue);
        return this;
    }

    private static void Check<T>(string name, IReadOnlyList<T> cuts) where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(cuts, name);
        if (cuts.Count != Scores - 1)
            throw new ArgumentException($"RFM cut points of {name}: {Scores - 1} values are needed for the scores 1–{Scores}, not {cuts.Count}.", name);
        for (var i = 1; i < cuts.Count; i++)
        {
            if (cuts[i].CompareTo(cuts[i - 1]) < 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"RFM cut points of {name} must be ascending: {cuts[i - 1]} is followed by {cuts[i]}."), name);
        }
    }

    /// <summary>The ascending rank (from 1) of cut point i = 1 … 4 among n values: ⌈i·n ÷ 5⌉.</summary>
    /// <remarks>With n = 10 the cut points are the 2nd, 4th, 6th and 8th smallest values: the lowest fifth of the customers
    /// (and those tied with its top) are in the first class.</remarks>
    internal static long QuintileRank(int i, long n) => Math.Max(1, (i * n + Scores - 1) / Scores);

    /// <summary>The quintile cut points of small whole numbers (days), counted rather than sorted.</summary>
    internal static int[] Quintiles(ReadOnlySpan<int> values)
    {
        var max = 0;
        foreach (var value in values)
            max = Math.Max(max, value);
        var counts = new long[max + 1];
        foreach (var value in values)
            counts[value]++;
        var cuts = new int[Scores - 1];
        long seen = 0;
        var at = 0;
        for (var i = 1; i < Scores; i++)
        {
            var rank = QuintileRank(i, values.Length);
            while (seen + counts[at] < rank)
                seen += counts[at++];
            cuts[i - 1] = at;
        }
        return cuts;
    }

    /// <summary>The quintile cut points of amounts sorted largest first.</summary>
    internal static decimal[] Quintiles(IReadOnlyList<decimal> largestFirst)
    {
        var cuts = new decimal[Scores - 1];
        for (var i = 1; i < Scores; i++)
            cuts[i - 1] = largestFirst[(int)(largestFirst.Count - QuintileRank(i, largestFirst.Count))];
        return cuts;
    }

    /// <summary>The score of a measure where larger is better: 1 + the number of cut points the value is above.</summary>
    internal static int Higher<T>(T value, ReadOnlySpan<T> cuts) where T : IComparable<T>
    {
        var score = 1;
        foreach (var cut in cuts)
        {
            if (value.CompareTo(cut) > 0)
                score++;
        }
        return score;
    }

    /// <summary>The score of a measure where smaller is better (recency): 5 − the number of cut points the value is above.</summary>
    internal static int Lower(int value, ReadOnlySpan<int> cuts) => Scores + 1 - Higher(value, cuts);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"R ≤ {string.Join("/", RecencyDays)} days, F ≤ {string.Join("/", PurchaseDays)} purchase days, M ≤ ¥{string.Join("/", Revenue.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}");
}
