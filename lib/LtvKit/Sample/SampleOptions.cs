using System.Globalization;
using LtvKit.Ingest;

namespace LtvKit.Sample;

/// <summary>What sample shop to generate: how many customers, which random seed, which period, which encoding.</summary>
/// <remarks>
/// <para>The same options always give byte-identical files, on any machine and in any culture.</para>
/// <para>The period is whole calendar months: <see cref="Start"/> is its first day and <see cref="End"/>
/// (inclusive) the last day of the last month. The defaults describe the bundled sample shop in
/// <c>data-samples/</c>: 3,000 customers, two years from 2024-01-01 to 2025-12-31, seed 42, UTF-8.</para>
/// </remarks>
public readonly record struct SampleOptions
{
    /// <summary>3,000 customers: a few thousand, like a small shop's two years, and a bundled file well under 2 MB.</summary>
    public const int DefaultCustomers = 3_000;

    /// <summary>The seed of the bundled sample shop.</summary>
    public const long DefaultSeed = 42;

    /// <summary>24 months: the two years a small company looks back on (METRICS.md: LTV over 12 and 24 months).</summary>
    public const int DefaultMonths = 24;

    /// <summary>10,000,000 customers: ten times the benchmark's million; the customer ids have 7 digits.</summary>
    public const int MaxCustomers = 10_000_000;

    /// <summary>120 months: ten years is longer than any export a consultant is handed.</summary>
    public const int MaxMonths = 120;

    /// <summary>2024-01-01: with <see cref="DefaultMonths"/> the period ends on 2025-12-31, like the bundled sample.</summary>
    public static readonly DateOnly DefaultStart = new(2024, 1, 1);

    public SampleOptions()
    {
    }

    /// <summary>Number of customers in the customer master; each has one acquisition date in the period.</summary>
    public int Customers { get; init; } = DefaultCustomers;

    /// <summary>Seed of the random numbers; the same seed and options give the same files.</summary>
    public long Seed { get; init; } = DefaultSeed;

    /// <summary>First day of the period. Must be the first day of a month.</summary>
    public DateOnly Start { get; init; } = DefaultStart;

    /// <summary>Length of the period in calendar months.</summary>
    public int Months { get; init; } = DefaultMonths;

    /// <summary>Encoding of both files.</summary>
    public SampleEncoding Encoding { get; init; } = SampleEncoding.Utf8;

    /// <summary>Last day of the period, inclusive: the day before <see cref="Start"/> + <see cref="Months"/>.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    /// <summary>Number of days in the period, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Throws an <see cref="InputException"/> that says which option is out of range and why.</summary>
    public void Validate()
    {
        if (Customers is < 1 or > MaxCustomers)
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--customers is {Customers:N0}: a sample shop has 1 to {MaxCustomers:N0} customers."));
        if (Months is < 1 or > MaxMonths)
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--months is {Months}: the period is 1 to {MaxMonths} months long."));
        if (Start.Day != 1)
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--start is {Start:yyyy-MM-dd}: the period starts on the first day of a month (for example {Start:yyyy-MM}-01)."));
        if (Start.Year < 1900 || Start.AddMonths(Months).Year > 9999)
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--start is {Start:yyyy-MM-dd}: the period must lie between the years 1900 and 9999."));
        if (!Enum.IsDefined(Encoding))
            throw new InputException($"--encoding is {Encoding}: use utf-8 or shift_jis.");
    }
}
