namespace LtvKit.Clv;

/// <summary>The unit in which a <see cref="ModelSummary"/> measures t_x and T, and in which models forecast.</summary>
/// <remarks>
/// The BG/NBD parameter α and the forecast length t are in this unit: a model fitted in weeks
/// forecasts "purchase days in the next t weeks". Weeks are days ÷ 7 as a double (no rounding),
/// so 1997-01-01 → 1997-09-30 (272 days) is 38.857… weeks; the published CDNOW summary prints it as 38.86.
/// </remarks>
public enum TimeUnit
{
    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Weeks of 7 days (the unit of the BG/NBD and Gamma-Gamma papers).</summary>
    Weeks,
}
