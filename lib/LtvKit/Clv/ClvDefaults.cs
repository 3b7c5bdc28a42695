namespace LtvKit.Clv;

/// <summary>Every number the CLV models assume, in one place, each with its unit and reason.</summary>
public static class ClvDefaults
{
    /// <summary>Fewest repeat customers (x &gt; 0) a model is fitted on: below this the repeat and spend estimates are noise.</summary>
    public const int MinimumRepeatCustomers = 10;

    /// <summary>Largest annual discount rate accepted, 1.0 = 100% a year: a larger value is almost surely a percentage typed as a number (10 for 10%).</summary>
    public const double MaximumAnnualDiscountRate = 1.0;

    /// <summary>Calibration frequencies 0 … 6 get their own holdout group, 7 and more share one ("7+"), as in Fader, Hardie and Lee (2005).</summary>
    public const int HoldoutCheckLastFrequencyGroup = 7;
}
