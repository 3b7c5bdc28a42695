using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Segments;

/// <summary>A rule set that puts every customer in exactly one named group; checked MECE before use.</summary>
/// <remarks>
/// The default set is the five groups of seed 000 from <see cref="SegmentThresholds"/>. The seed insists each
/// company design its own groups, so any set of named boxes over tenure, revenue, recency and purchases can
/// replace it — as long as it is MECE (漏れなくダブりなく): <see cref="Create"/> checks every cell of the grid
/// the rules' bounds draw and names a concrete customer that would fall in no group or in two.
/// </remarks>
public sealed class SegmentRules
{
    /// <summary>The rules with their bounds on whole-number measures as whole numbers, for <see cref="Classify"/>.</summary>
    private readonly WholeRule[] _whole;

    private SegmentRules(IReadOnlyList<SegmentRule> rules, bool isDefault)
    {
        Rules = rules;
        IsDefault = isDefault;
        _whole = rules.Select(r => new WholeRule(WholeRange.Of(r.TenureDays), WholeRange.Of(r.RecencyDays), WholeRange.Of(r.Purchases))).ToArray();
    }

    public IReadOnlyList<SegmentRule> Rules { get; }

    /// <summary>True for the five groups of seed 000 (names = <see cref="Segment"/> ids).</summary>
    public bool IsDefault { get; }

    public IEnumerable<string> Names => Rules.Select(r => r.Name);

    /// <summary>The five groups of seed 000 with the given thresholds.</summary>
    public static SegmentRules FromThresholds(SegmentThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        thresholds.Validated();
        decimal fledgling = thresholds.FledglingMaxDays, trendy = thresholds.TrendyMaxDays, amount = thresholds.AmountThreshold;
        return new SegmentRules(
        [
            new(nameof(Segment.FirstTimer), new(0, 1), Interval.All, Interval.All, Interval.All),
            new(nameof(Segment.Fledgling), new(1, fledgling), Interval.All, Interval.All, Interval.All),
            new(nameof(Segment.Steady), new(fledgling, null), new(null, amount), Interval.All, Interval.All),
            new(nameof(Segment.Trendy), new(fledgling, trendy), new(amount, null), Interval.All, Interval.All),
            new(nameof(Segment.Loyal), new(trendy, null), new(amount, null), Interval.All, Interval.All),
        ], isDefault: true);
    }

    /// <summary>A custom rule set, after the MECE check.</summary>
    public static SegmentRules Create(IReadOnlyList<SegmentRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
            throw new InputException("segment rules: the rule set is empty.");
        var duplicate = rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InputException($"segment rules: the group name '{duplicate.Key}' is used twice.");
        CheckMece(rules);
        return new SegmentRules(rules, isDefault: false);
    }

    /// <summary>The index in <see cref="Rules"/> of the group the customer is in.</summary>
    public int Classify(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var group = Find(customer);
        return group >= 0 ? group : throw NoGroup(customer.Id);
    }

    /// <summary>The index in <see cref="Rules"/> of the group of a customer or a row of the table; −1 if none (never, once checked MECE).</summary>
    internal int Find<T>(T customer) where T : ICustomerMeasures
    {
        for (var i = 0; i < _whole.Length; i++)
        {
            var whole = _whole[i];
            if (whole.Tenure.Contains(customer.TenureDays) && whole.Recency.Contains(customer.RecencyDays)
                && whole.Purchases.Contains(customer.Purchases) && Rules[i].Revenue.Contains(customer.Revenue))
                return i;
        }
        return -1;
    }

    internal static InvalidOperationException NoGroup(string customerId) =>
        new($"customer {customerId} matches no segment rule although the set was checked MECE");

    /// <summary>
    /// Every cell of the grid drawn by the rules' bounds is a set of customers that all rules treat alike; a
    /// concrete point of each cell must match exactly one rule.
    /// </summary>
    private static void CheckMece(IReadOnlyList<SegmentRule> rules)
    {
        // Domain of each measure: tenure ≥ 0, revenue any (returns can make it ≤ 0), recency ≥ 0, purchases ≥ 1.
        var tenure = Points(rules.Select(r => r.TenureDays), lowest: 0);
        var revenue = Points(rules.Select(r => r.Revenue), lowest: null);
        var recency = Points(rules.Select(r => r.RecencyDays), lowest: 0);
        // Two purchases is also a cut: a customer with tenure above 0 has at least two purchase days.
        var purchases = Points(rules.Select(r => r.Purchases).Append(new Interval(2, null)), lowest: 1);
        foreach (var t in tenure)
            foreach (var m in revenue)
                foreach (var r in recency)
                    foreach (var o in purchases)
                    {
                        if (t > 0 && o < 2)
                            continue; // a tenure above 0 needs two purchase days: no such customer
                        var matches = rules.Where(rule => rule.Matches(t, m, r, o)).Select(rule => rule.Name).ToList();
                        if (matches.Count == 1)
                            continue;
                        var point = string.Create(CultureInfo.InvariantCulture,
                            $"tenure {t:0.##} days, revenue ¥{m:N0}, recency {r:0.##} days, {o:0.##} purchase{(o == 1 ? "" : "s")}");
                        throw new InputException(matches.Count == 0
                            ? $"segment rules are not MECE: a customer with {point} falls in no group (a gap)."
                            : $"segment rules are not MECE: a customer with {point} falls in {matches.Count} groups ({string.Join(", ", matches)}) (an overlap).");
                    }
    }

    /// <summary>A point in each elementary interval of the measure: its lower end.</summary>
    private static List<decimal> Points(IEnumerable<Interval> intervals, decimal? lowest)
    {
        var bounds = new SortedSet<decimal>();
        foreach (var interval in intervals)
        {
            if (interval.Min is { } min)
                bounds.Add(min);
            if (interval.Max is { } max)
                bounds.Add(max);
        }
        var floor = lowest ?? (bounds.Count > 0 ? bounds.Min - 1 : 0);
        var points = new List<decimal> { floor };
        points.AddRange(bounds.Where(b => b > floor));
        return points;
    }

    private readonly record struct WholeRule(WholeRange Tenure, WholeRange Recency, WholeRange Purchases);

    /// <summary>
    /// An <see cref="Interval"/> as it applies to whole numbers: n ≥ Min ⇔ n ≥ ⌈Min⌉ and n &lt; Max ⇔ n &lt; ⌈Max⌉, so
    /// integer comparisons give the same answer as the decimal ones, without converting every customer's days to decimal.
    /// </summary>
    private readonly record struct WholeRange(long Min, long Max)
    {
        public bool Contains(int value) => value >= Min && value < Max;

        public static WholeRange Of(Interval interval) => new(Ceiling(interval.Min, long.MinValue), Ceiling(interval.Max, long.MaxValue));

        private static long Ceiling(decimal? bound, long unbounded) => bound switch
        {
            null => unbounded,
            > long.MaxValue => long.MaxValue,
            < long.MinValue => long.MinValue,
            { } value => (long)decimal.Ceiling(value),
        };
    }
}
