using System.Globalization;
using LtvKit.Ingest;
using LtvKit.Segments;

namespace LtvKit.Metrics;

/// <summary>NPS (seed 003): % promoters (9–10) − % detractors (0–6), in points from −100 to 100.</summary>
public sealed record Nps(string Group, long Respondents, long Promoters, long Detractors)
{
    /// <summary>Null when nobody answered.</summary>
    public double? Score => Respondents == 0 ? null : 100.0 * (Promoters - Detractors) / Respondents;

    /// <summary>Overall ("All"), then one row per customer group; answers from customers not in the table count only overall.</summary>
    public static IReadOnlyList<Nps> Of(IEnumerable<SurveyAnswer> answers, Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(segmentation);
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < segmentation.Customers.Count; i++)
            groupOf[segmentation.Customers[i].Id] = segmentation.SegmentOf(i);
        var tally = new Dictionary<string, (long N, long P, long D)>(StringComparer.Ordinal) { ["All"] = default };
        foreach (var name in segmentation.Rules.Names)
            tally[name] = default;
        foreach (var answer in answers)
        {
            Count("All", answer.Score);
            if (groupOf.TryGetValue(answer.CustomerId, out var group))
                Count(group, answer.Score);
        }
        return tally.Select(pair => new Nps(pair.Key, pair.Value.N, pair.Value.P, pair.Value.D)).ToList();

        void Count(string group, int score)
        {
            var (n, p, d) = tally[group];
            tally[group] = (n + 1, p + (score >= 9 ? 1 : 0), d + (score <= 6 ? 1 : 0));
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"NPS {Group}: {(Score is { } s ? s.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) : "–")} ({Respondents:N0} answers)");
}
