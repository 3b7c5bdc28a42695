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

    /// <summary>Months of predicted CLV: a year, the horizon of the 12-month LTV beside it.</summary>
    public const int DefaultClvHorizonMonths = 12;

    /// <summary>10% a year, the rate <c>ltvkit clv</c> uses by default: a small shop's cost of money, roughly.</summary>
    public const double DefaultClvAnnualDiscountRate = 0.10;

    /// <summary>Without a calibration end, the models are fitted on the data up to a year before the as-of date, so a whole year is left to check them on.</summary>
    public const int DefaultClvHoldoutDays = Periods.DaysPerYear;

    /// <summary>
    /// The models are fitted on at most this many customers (every k-th by id above it): four parameters settle well
    /// before, and the BG/NBD fit grows with the customers (measured: about 16 s for 50,000 on this 2-core machine, a
    /// few seconds for 10,000), so a million-customer report stays quick.
    /// </summary>
    public const int DefaultClvFitCustomerLimit = 10_000;

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

    /// <summary>Put the section "P(alive) and predicted CLV by group" in the report (BG/NBD and Gamma-Gamma).</summary>
    public bool ShowClv { get; init; } = true;

    /// <summary>Last day of the window the CLV models are fitted on (inclusive); null: the as-of date − <see cref="DefaultClvHoldoutDays"/>.</summary>
    /// <remarks>P(alive) and CLV are always computed as of the report's as-of date, with the parameters fitted up to this day;
    /// the days after it are the holdout the report checks the model on.</remarks>
    public DateOnly? ClvCalibrationEnd { get; init; }

    /// <summary>Months of predicted CLV from the as-of date.</summary>
    public int ClvHorizonMonths { get; init; } = DefaultClvHorizonMonths;

    /// <summary>Annual discount rate of the CLV, as a fraction.</summary>
    public double ClvAnnualDiscountRate { get; init; } = DefaultClvAnnualDiscountRate;

    /// <summary>The CLV models are fitted on at most this many customers.</summary>
    public int ClvFitCustomerLimit { get; init; } = DefaultClvFitCustomerLimit;
}
