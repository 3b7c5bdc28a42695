using System.Globalization;
using LtvKit.Ingest;

namespace LtvKit.Segments;

/// <summary>The four cut-offs of the customer groups (seed 000), each an inclusive lower bound of the next group.</summary>
/// <remarks>
/// The seed says よちよち客 is "90日以内" and the others "90日以上", which overlap at exactly 90 days. Day 90
/// goes to the spend-based groups, so every threshold is the inclusive lower bound of the next group and
/// the rule set is MECE (漏れなくダブりなく). Japanese EC tools use the same defaults.
/// </remarks>
/// <param name="FledglingMaxDays">Tenure (days) from which a repeat customer leaves よちよち客 for the spend-based groups. Default 90.</param>
/// <param name="TrendyMaxDays">Tenure (days) from which a big spender is 優良顧客 rather than 流行客. Default 210.</param>
/// <param name="AmountThreshold">Revenue (yen) from which a customer is 流行客 or 優良顧客 rather than コツコツ客. Default 70,000.</param>
/// <param name="ChurnDays">Recency (days) from which a customer is 離脱客. Default 240.</param>
public sealed record SegmentThresholds(
    int FledglingMaxDays = SegmentThresholds.DefaultFledglingMaxDays,
    int TrendyMaxDays = SegmentThresholds.DefaultTrendyMaxDays,
    decimal AmountThreshold = SegmentThresholds.DefaultAmountThresholdYen,
    int ChurnDays = SegmentThresholds.DefaultChurnDays)
{
    /// <summary>Seed 000: after about three months of repeat buying, spend tells the groups apart.</summary>
    public const int DefaultFledglingMaxDays = 90;

    /// <summary>Seed 000: seven months of tenure separate a lasting big spender from a passing one.</summary>
    public const int DefaultTrendyMaxDays = 210;

    /// <summary>Seed 000: ¥70,000 of cumulative spend marks a big spender.</summary>
    public const decimal DefaultAmountThresholdYen = 70_000m;

    /// <summary>Seed 000: eight months without a purchase and a customer is treated as gone.</summary>
    public const int DefaultChurnDays = 240;

    public static readonly SegmentThresholds Default = new();

    /// <summary>Checks the thresholds make sense together; throws <see cref="InputException"/> naming the bad one.</summary>
    public SegmentThresholds Validated()
    {
        if (FledglingMaxDays < 1)
            throw new InputException($"thresholds: fledglingMaxDays must be at least 1 day (got {FledglingMaxDays}); tenure 0 is 初回客.");
        if (TrendyMaxDays < FledglingMaxDays)
            throw new InputException($"thresholds: trendyMaxDays ({TrendyMaxDays}) must not be below fledglingMaxDays ({FledglingMaxDays}).");
        if (ChurnDays < 1)
            throw new InputException($"thresholds: churnDays must be at least 1 day (got {ChurnDays}).");
        return this;
    }

    public CustomerStatus StatusOf(int recencyDays) => recencyDays < ChurnDays ? CustomerStatus.Active : CustomerStatus.Churned;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"よちよち < {FledglingMaxDays} days ≤ 流行 < {TrendyMaxDays} days ≤ 優良; spend ≥ ¥{AmountThreshold:N0}; churned ≥ {ChurnDays} days");
}
