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
    private readonly int[] _count;
    private readonly int _maxX;

    // t_x and T take few distinct values (whole days): ln(α + t) is computed once per value and evaluation.
    private readonly double[] _txValues;
    private readonly int[] _txOf;
    private readonly double[] _tValues;
    private readonly int[] _tOf;

    public BgNbdLikelihood(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var groups = summary.Customers
            .GroupBy(c => (c.Frequency, c.TimeOfLastPurchase, c.Age))
            .Select(g => (g.Key, Count: g.Count()))
            .ToArray();
        _x = groups.Select(g => g.Key.Frequency).ToArray();
        _count = groups.Select(g => g.Count).ToArray();
        _maxX = _x.Length == 0 ? 0 : _x.Max();
        (_txValues, _txOf) = Distinct(groups.Select(g => g.Key.TimeOfLastPurchase));
        (_tValues, _tOf) = Distinct(groups.Select(g => g.Key.Age));
    }

    /// <summary>The distinct values of <paramref name="values"/>, and for each value the index of its distinct value.</summary>
    private static (double[] Values, int[] IndexOf) Distinct(IEnumerable<double> values)
    {
        var index = new Dictionary<double, int>();
        var indexOf = values.Select(v => index.TryGetValue(v, out var i) ? i : index[v] = index.Count).ToArray();
        return ([.. index.OrderBy(p => p.Value).Select(p => p.Key)], indexOf);
    }

    private static double[] LogOfSum(double alpha, double[] values)
    {
        var logs = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
            logs[i] = Math.Log(alpha + values[i]);
        return logs;
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

        var logAlphaT = LogOfSum(alpha, _tValues);
        var logAlphaTx = LogOfSum(alpha, _txValues);
        var sum = 0.0;
        for (var i = 0; i < _x.Length; i++)
        {
            var x = _x[i];
            var (gammaRx, beta1, beta2) = byX[x];
            var a1 = beta1 - (r + x) * logAlphaT[_tOf[i]];
            var mixture = x > 0 ? LogSumExp(a1, beta2 - (r + x) * logAlphaTx[_txOf[i]]) : a1;
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
