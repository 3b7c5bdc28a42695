using MathNet.Numerics;

namespace LtvKit.Clv;

/// <summary>The BG/NBD log-likelihood of a <see cref="ModelSummary"/>, over distinct (x, t_x, T) with their counts.</summary>
/// <remarks>
/// Fader, Hardie and Lee (2005), equation 6, per customer:
/// <code>
/// L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x))
///   + [x &gt; 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+t_x)^(r+x))
/// </code>
/// computed as ln L = ln Γ(r+x) − ln Γ(r) + r ln α − ln B(a, b) + ln(e^A₁ + [x &gt; 0] e^A₂) with
/// A₁ = ln B(a, b+x) − (r+x) ln(α+T) and A₂ = ln B(a+1, b+x−1) − (r+x) ln(α+t_x); the sum of
/// exponentials is taken as max + ln(1 + e^(min − max)), which never overflows (Fader and Hardie's note on
/// the spreadsheet's #NUM! error comes from evaluating the two terms directly). Customers with the same
/// (x, t_x, T) share one evaluation, weighted by their count.
/// </remarks>
internal sealed class BgNbdLikelihood
{
    private readonly int[] _x;
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly int[] _count;
    private readonly int _maxX;

    public BgNbdLikelihood(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var groups = summary.Customers
            .GroupBy(c => (c.Frequency, c.TimeOfLastPurchase, c.Age))
            .Select(g => (g.Key, Count: g.Count()))
            .ToArray();
        _x = groups.Select(g => g.Key.Frequency).ToArray();
        _tx = groups.Select(g => g.Key.TimeOfLastPurchase).ToArray();
        _t = groups.Select(g => g.Key.Age).ToArray();
        _count = groups.Select(g => g.Count).ToArray();
        _maxX = _x.Length == 0 ? 0 : _x.Max();
    }

    /// <summary>Sum over customers of ln L(r, α, a, b | x, t_x, T).</summary>
    public double Evaluate(double r, double alpha, double a, double b)
    {
        // The Γ and B terms depend on the customer only through x: computed once per x value.
        var common = -SpecialFunctions.GammaLn(r) + r * Math.Log(alpha) - BetaLn(a, b);
        var byX = new (double GammaRx, double Beta1, double Beta2)[_maxX + 1];
        for (var x = 0; x <= _maxX; x++)
        {
            byX[x] = (SpecialFunctions.GammaLn(r + x), BetaLn(a, b + x), x > 0 ? BetaLn(a + 1, b + x - 1) : 0);
        }

        var sum = 0.0;
        for (var i = 0; i < _x.Length; i++)
        {
            var x = _x[i];
            var (gammaRx, beta1, beta2) = byX[x];
            var a1 = beta1 - (r + x) * Math.Log(alpha + _t[i]);
            var mixture = x > 0 ? LogSumExp(a1, beta2 - (r + x) * Math.Log(alpha + _tx[i])) : a1;
            sum += _count[i] * (gammaRx + common + mixture);
        }

        return sum;
    }

    internal static double BetaLn(double p, double q) =>
        SpecialFunctions.GammaLn(p) + SpecialFunctions.GammaLn(q) - SpecialFunctions.GammaLn(p + q);

    internal static double LogSumExp(double u, double v)
    {
        var max = Math.Max(u, v);
        return max + Math.Log(1 + Math.Exp(Math.Min(u, v) - max));
    }
}
