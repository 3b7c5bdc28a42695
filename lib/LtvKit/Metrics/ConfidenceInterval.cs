using System.Globalization;

namespace LtvKit.Metrics;

/// <summary>A 95% confidence interval of a share, both ends fractions in [0, 1].</summary>
public readonly record struct ConfidenceInterval(double Low, double High)
{
    /// <summary>z of a two-sided 95% interval: the standard normal's 97.5th percentile.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The Wilson score interval of <paramref name="rate"/>; null with a zero denominator.</summary>
    /// <remarks>
    /// Wilson, not the textbook p ± z·√(p(1 − p)/n): that one collapses to [0, 0] for 0 of 12 and leaves [0, 1] for small
    /// groups, where Wilson stays inside [0, 1] and is honest for the small channel and product groups a shop has
    /// (1 of 9 converted: 2.0% … 43.5%).
    /// </remarks>
    public static ConfidenceInterval? Wilson(Rate rate)
    {
        if (rate.Denominator == 0)
            return null;
        double n = rate.Denominator, p = rate.Numerator / n, z2 = Z95 * Z95;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z95 / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 of n and n of n the end is 0 or 1 exactly; the formula gives it only up to rounding.
        return new ConfidenceInterval(rate.Numerator == 0 ? 0 : centre - half, rate.Numerator == rate.Denominator ? 1 : centre + half);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"95% CI {Low * 100:0.0}–{High * 100:0.0}%");
}
