using System.Globalization;

namespace LtvKit.Metrics;

/// <summary>A share with its counts: <c>Rate 31.2% (736 of 2,357)</c>. With a zero denominator the value is null, never NaN.</summary>
public readonly record struct Rate(long Numerator, long Denominator)
{
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary>The Wilson 95% interval of the share; null with a zero denominator.</summary>
    public ConfidenceInterval? Interval95 => ConfidenceInterval.Wilson(this);

    /// <summary>Fewer than <see cref="MetricOptions.SmallSampleCustomers"/> in the denominator: read the share as a hint, not a finding.</summary>
    public bool IsSmallSample => Denominator < MetricOptions.SmallSampleCustomers;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Stats.Percent(Value)} ({Numerator:N0} of {Denominator:N0})");
}

/// <summary>Small statistics shared by the metrics.</summary>
public static class Stats
{
    /// <summary>The median; of an even count, the mean of the two middle values. Null when empty.</summary>
    public static double? Median(List<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return null;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    /// <summary>The mean; null when empty.</summary>
    public static double? Mean(List<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? null : values.Average();
    }

    /// <summary>A share as a percentage with one decimal, "31.2%"; "–" when there is no share (nothing to divide by).</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A money ratio; null when the denominator is zero.</summary>
    public static decimal? Divide(decimal numerator, long denominator) => denominator == 0 ? null : numerator / denominator;
}
