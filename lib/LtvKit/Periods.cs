namespace LtvKit;

/// <summary>The kit's lengths of time, one constant per unit: every window, horizon and conversion reads its unit here.</summary>
/// <remarks>
/// Two months meet in the kit and they are different units, so they have different names: the seeds' 継続月数 counts
/// months of 30 days (<see cref="DaysPerTenureMonth"/>), the CLV horizons average calendar months of 30.4375 days
/// (<see cref="DaysPerAverageMonth"/>). Calendar months themselves (the cohorts, the last-purchase months) are counted
/// on the calendar, not in days.
/// </remarks>
public static class Periods
{
    /// <summary>Days in a week: the CLV models' <c>weeks</c> unit is days ÷ 7.</summary>
    public const int DaysPerWeek = 7;

    /// <summary>継続月数's month, as seed 001 computes it: (最新注文日 − 初回注文日) ÷ 30.</summary>
    public const int DaysPerTenureMonth = 30;

    /// <summary>Days in an average calendar month, 365.25 ÷ 12 = 30.4375: CLV horizons are in months, the models in days or weeks.</summary>
    /// <remarks>The Gregorian average (leap years included), so 12 of them are exactly one average year.</remarks>
    public const double DaysPerAverageMonth = 365.25 / MonthsPerYear;

    /// <summary>Days in the year of the seeds' yearly windows: ざっくりLTV's and 通販LTV's 365 days, 12か月LTV's first 365 days.</summary>
    public const int DaysPerYear = 365;

    /// <summary>Months in a year.</summary>
    public const int MonthsPerYear = 12;
}
