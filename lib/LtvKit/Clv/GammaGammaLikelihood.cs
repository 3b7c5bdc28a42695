using MathNet.Numerics;

namespace LtvKit.Clv;

/// <summary>The Gamma-Gamma log-likelihood of the repeat customers (x &gt; 0, z̄ &gt; 0) of a <see cref="ModelSummary"/>.</summary>
/// <remarks>
/// Per customer (Fader and Hardie 2013):
/// <code>
/// ln f(z̄ | p, q, γ; x) = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
/// </code>
/// ln z̄, ln x and x z̄ do not depend on the parameters and are computed once; the Γ terms and px ln x depend on the
/// customer only through x, so each evaluation computes them once per value of x.
/// </remarks>
internal sealed class GammaGammaLikelihood
{
    private readonly int[] _x;
    private readonly double[] _logZ;
    private readonly double[] _xz;
    private readonly int _maxX;

    public GammaGammaLikelihood(IReadOnlyList<ModelSummaryRow> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        _x = [.. customers.Select(c => c.Frequency)];
        _logZ = [.. customers.Select(c => Math.Log((double)c.MonetaryValue))];
        _xz = [.. customers.Select(c => c.Frequency * (double)c.MonetaryValue)];
        _maxX = _x.Length == 0 ? 0 : _x.Max();
    }

    /// <summary>Σ over the customers of ln f(z̄ | p, q, γ; x).</summary>
    public double Evaluate(double p, double q, double gamma)
    {
        var common = -SpecialFunctions.GammaLn(q) + q * Math.Log(gamma);
        var byX = new (double GammaRatio, double PxLogX)[_maxX + 1];
        for (var x = 1; x <= _maxX; x++)
        {
            var px = p * x;
            byX[x] = (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px), px * Math.Log(x));
        }

        var sum = 0.0;
        for (var i = 0; i < _x.Length; i++)
        {
            var px = p * _x[i];
            var (gammaRatio, pxLogX) = byX[_x[i]];
            sum += gammaRatio + common + (px - 1) * _logZ[i] + pxLogX - (px + q) * Math.Log(gamma + _xz[i]);
        }

        return sum;
    }
}
