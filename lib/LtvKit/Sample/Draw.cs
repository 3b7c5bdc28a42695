namespace LtvKit.Sample;

/// <summary>The probability distributions of the purchase-and-dropout story, drawn from a <see cref="SplitMix64"/>.</summary>
/// <remarks>All parameters are (shape, mean) rather than (shape, rate): the calibration in
/// <see cref="ShopModel"/> reads in business units (days, yen) that way.</remarks>
internal static class Draw
{
    /// <summary>Standard normal, by the Box–Muller transform (one of the pair is discarded: simpler state).</summary>
    public static double Normal(ref SplitMix64 rng)
    {
        var u = rng.NextDouble();
        var v = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Gamma with the given shape and mean (scale = mean ÷ shape).</summary>
    /// <remarks>Marsaglia and Tsang (2000) for shape ≥ 1; shape &lt; 1 by the boost Gamma(k+1)·U^(1/k).</remarks>
    public static double Gamma(ref SplitMix64 rng, double shape, double mean)
    {
        var scale = mean / shape;
        if (shape < 1.0)
        {
            var boosted = Gamma(ref rng, shape + 1.0, shape + 1.0);
            return boosted * Math.Pow(rng.NextDouble(), 1.0 / shape) * scale;
        }
        var d = shape - 1.0 / 3.0;
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(ref rng);
                v = 1.0 + c * x;
            }
            while (v <= 0.0);
            v = v * v * v;
            var u = rng.NextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1.0 - v + Math.Log(v)))
                return d * v * scale;
        }
    }

    /// <summary>Beta(a, b), as X ÷ (X + Y) of two Gamma variables.</summary>
    public static double Beta(ref SplitMix64 rng, double a, double b)
    {
        var x = Gamma(ref rng, a, a);
        var y = Gamma(ref rng, b, b);
        return x / (x + y);
    }

    /// <summary>An index drawn with probability proportional to its weight in a cumulative table.</summary>
    public static int FromCumulative(ref SplitMix64 rng, ReadOnlySpan<double> cumulative)
    {
        var target = rng.NextDouble() * cumulative[^1];
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The running sums of <paramref name="weights"/>, for <see cref="FromCumulative"/>.</summary>
    public static double[] Cumulative(ReadOnlySpan<double> weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            sums[i] = total;
        }
        return sums;
    }
}
