using LtvKit.Charts;

namespace LtvKit.Report;

/// <summary>How the client report is written: language, title, personal data, and the size limits of a large shop.</summary>
/// <remarks>
/// The limits keep a report of a million customers a file a laptop opens at once (≤ 15 MB, first chart in under
/// 3 s): up to <see cref="ExactCustomerLimit"/> customers the page re-segments each customer exactly; above it,
/// from bins (the thresholds snap to the bin edges, and the page says so). <see cref="Default"/> is pinned by a test.
/// </remarks>
public sealed record ReportOptions
{
    /// <summary>A few tens of thousands of customers as three numbers each is well under a megabyte of JSON.</summary>
    public const int DefaultExactCustomerLimit = 50_000;

    /// <summary>The customer list carries the top customers by revenue; 20,000 rows are about 1.5 MB and cover most small shops whole.</summary>
    public const int DefaultListLimit = 20_000;

    /// <summary>Points of the scatter: see <see cref="SegmentScatter.DefaultMaxPoints"/>.</summary>
    public const int DefaultScatterPoints = SegmentScatter.DefaultMaxPoints;

    public static readonly ReportOptions Default = new();

    /// <summary>Japanese (default) or English.</summary>
    public LabelLanguage Language { get; init; } = LabelLanguage.Japanese;

    /// <summary>The report's title; null: 顧客分析レポート / Customer analysis report.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Put names, e-mail addresses, phone numbers, addresses, gender and age band from the customer master in the
    /// customer list. Off by default: without it these values are not in the file at all (not hidden — absent).
    /// Customer ids are not personal data and are always shown.
    /// </summary>
    public bool ShowPii { get; init; }

    /// <summary>Up to this many customers, the page keeps each customer's exact tenure, revenue and recency.</summary>
    public int ExactCustomerLimit { get; init; } = DefaultExactCustomerLimit;

    /// <summary>At most this many customers (the top by revenue) are listed in the customer list.</summary>
    public int ListLimit { get; init; } = DefaultListLimit;

    /// <summary>At most this many customers are drawn in the scatter (a fixed-seed random sample above).</summary>
    public int ScatterPoints { get; init; } = DefaultScatterPoints;
}
