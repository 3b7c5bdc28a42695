namespace LtvKit.Metrics;

/// <summary>The parameters of the KPIs, with the seeds' defaults; <see cref="Default"/> is pinned by a test.</summary>
/// <param name="F2WindowDays">F2 window W: a second purchase day within W days of the first converts. Seed 002 reads F2 at 30 days.</param>
/// <param name="FormulaYears">Years of 通販LTV = AOV × purchases per customer per year × years. Seed 004: small companies measure 1 year, a listed company 2.</param>
/// <param name="Costs">Gross margin, CPO and retention cost for profit LTV, LTV ÷ CPO and the break-even purchase; null when not given.</param>
/// <param name="RfmCutPoints">Fixed RFM cut points; null for this shop's quintiles.</param>
/// <param name="MigrationFrom">The earlier as-of date of the group migration; null for three months before the as-of date.</param>
/// <param name="AdSpend">Ad spend per channel and month, with the gross margin, for the acquisition payback; null when not given.</param>
/// <param name="TrialProducts">The words that name trial products (引き上げ率); null for <see cref="Metrics.TrialProducts.Default"/>.</param>
/// <param name="UpgradeWindowDays">引き上げ window: a 本品 or 定期 purchase within this many days of a trial upgrades.</param>
public sealed record MetricOptions(int F2WindowDays = MetricOptions.DefaultF2WindowDays, int FormulaYears = 1, Costs? Costs = null, RfmCutPoints? RfmCutPoints = null,
    DateOnly? MigrationFrom = null, AdSpendCosts? AdSpend = null, TrialProducts? TrialProducts = null, int UpgradeWindowDays = MetricOptions.DefaultUpgradeWindowDays)
{
    /// <summary>引き上げ is read 60 days after the trial: a trial kit lasts two to four weeks, and the 本品 offer follows it
    /// within the next month. The seeds give no number; a shop with a longer trial sets its own.</summary>
    public const int DefaultUpgradeWindowDays = 60;

    /// <summary>Seed 002: the F2 rate is read 30 days after the first purchase.</summary>
    public const int DefaultF2WindowDays = 30;

    /// <summary>Seed 002: the F2 target a mail-order business should reach.</summary>
    public const double F2Target = 0.20;

    /// <summary>Horizons of the H-month LTV, in months, and the days each stands for (12 → 365, 24 → 730).</summary>
    public static readonly IReadOnlyList<(int Months, int Days)> Horizons = [(12, HorizonLtv.DaysIn(12)), (24, HorizonLtv.DaysIn(24))];

    /// <summary>A rate over fewer customers than this is flagged as a small sample: at n = 30 a 20% rate's 95% interval
    /// already spans 9.5–37%, too wide to rank one channel above another.</summary>
    public const int SmallSampleCustomers = 30;

    public static readonly MetricOptions Default = new();
}

/// <summary>What each channel cost per month, and the gross margin its customers' revenue earns (the acquisition payback).</summary>
/// <param name="Spend">The rows of the ad-spend file.</param>
/// <param name="GrossMargin">粗利率, a fraction (0.6 = 60%).</param>
public sealed record AdSpendCosts(IReadOnlyList<LtvKit.Ingest.AdSpend> Spend, double GrossMargin);

/// <summary>The costs of acquiring and keeping a customer (seeds 003, 004).</summary>
/// <param name="GrossMargin">粗利率, a fraction (0.6 = 60%).</param>
/// <param name="Cpo">CPO: acquisition cost per first order, in yen.</param>
/// <param name="RetentionCost">Retention cost per customer over the 12-month horizon, in yen (DM, coupons).</param>
public sealed record Costs(double GrossMargin, decimal Cpo, decimal RetentionCost = 0);
