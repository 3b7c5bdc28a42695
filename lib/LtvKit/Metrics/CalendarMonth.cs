namespace LtvKit.Metrics;

/// <summary>Calendar months as consecutive numbers (year × 12 + month − 1), so that "months since" is a subtraction.</summary>
internal static class CalendarMonth
{
    public static int Of(DateOnly date)
    {
        // One conversion of the day number for both (Year and Month each make their own).
        date.Deconstruct(out var year, out var month, out _);
        return year * Periods.MonthsPerYear + month - 1;
    }

    /// <summary>The first day of the month numbered <paramref name="month"/>.</summary>
    public static DateOnly Start(int month) => new(month / Periods.MonthsPerYear, month % Periods.MonthsPerYear + 1, 1);

    /// <summary>The last day of the month numbered <paramref name="month"/>.</summary>
    public static DateOnly End(int month) => Start(month + 1).AddDays(-1);

    /// <summary>The last month whose last day is on or before <paramref name="asOf"/>: a month still running on the as-of
    /// date would read as a drop, so the monthly analyses leave it blank.</summary>
    public static int LastComplete(DateOnly asOf) => End(Of(asOf)) == asOf ? Of(asOf) : Of(asOf) - 1;
}
