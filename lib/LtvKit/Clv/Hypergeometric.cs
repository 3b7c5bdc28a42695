using System.Globalization;

namespace LtvKit.Clv;

/// <summary>The Gaussian hypergeometric function ₂F₁(a, b; c; z), which BG/NBD forecasts need.</summary>
/// <remarks>
/// Summed as its power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ, valid for |z| &lt; 1. The sum stops when the
/// remaining tail is provably below <see cref="RelativeTolerance"/> of the sum. Once every factor a + m,
/// b + m, c + m is positive, each later term ratio z(a + m)(b + m) ÷ ((c + m)(m + 1)) is at most
/// ρ = |z| · max(1, (a + n + 1) ÷ (c + n + 1)) · max(1, (b + n + 1) ÷ (n + 2)), because (a + m) ÷ (c + m) and
/// (b + m) ÷ (m + 1) move monotonically towards 1; so the tail after term n is at most |term| · ρ ÷ (1 − ρ).
/// A series that has not met this after <see cref="MaximumTerms"/> terms is an error, never a silently
/// wrong number.
/// </remarks>
internal static class Hypergeometric
{
    /// <summary>Relative accuracy of the sum: a few units in the last place of a double.</summary>
    internal const double RelativeTolerance = 1e-15;

    /// <summary>Enough for z up to about 0.9999; BG/NBD forecasts use z = t ÷ (α + T + t), rarely above 0.99.</summary>
    internal const int MaximumTerms = 2_000_000;

    /// <summary>₂F₁(a, b; c; z) for |z| &lt; 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">|z| ≥ 1, or c is 0 or a negative integer (the series is undefined).</exception>
    /// <exception cref="ClvException">The series did not reach its accuracy within <see cref="MaximumTerms"/> terms.</exception>
    public static double Gauss2F1(double a, double b, double c, double z)
    {
        if (!(Math.Abs(z) < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The 2F1 series converges only for |z| < 1.");
        }

        if (c <= 0 && c == Math.Floor(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "2F1 is undefined when c is 0 or a negative integer.");
        }

        // From this index on every factor (a + m), (b + m), (c + m) is positive, and the tail bound holds.
        var positiveFrom = Math.Max(0, Math.Ceiling(Math.Max(-a, Math.Max(-b, -c))));
        var term = 1.0;
        var sum = 1.0;
        for (var n = 0; n < MaximumTerms; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (term == 0)
            {
                return sum; // a or b is a non-positive integer: a polynomial, summed exactly
            }

            if (n + 1 >= positiveFrom)
            {
                var bound = Math.Abs(z) * Math.Max(1, (a + n + 1) / (c + n + 1)) * Math.Max(1, (b + n + 1) / (n + 2));
                if (bound < 1 && Math.Abs(term) * bound / (1 - bound) <= RelativeTolerance * Math.Abs(sum))
                {
                    return sum;
                }
            }
        }

        throw new ClvException(string.Create(CultureInfo.InvariantCulture,
            $"The forecast series 2F1({a}, {b}; {c}; {z}) did not converge in {MaximumTerms:N0} terms; the forecast horizon is too long for this customer's history."));
    }
}
