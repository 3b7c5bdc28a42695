using System.Globalization;

namespace LtvKit.Clv;

/// <summary>One customer's predicted lifetime value over a horizon, with the pieces it is made of.</summary>
/// <remarks>
/// <see cref="ExpectedPurchases"/> is undiscounted (purchase days expected over the whole horizon);
/// <see cref="Value"/> is discounted, so Value ≤ ExpectedPurchases × ExpectedAverageSpend, with equality at a 0% rate.
/// See <see cref="ClvForecast"/> for the exact formula.
/// </remarks>
/// <param name="CustomerId">The customer.</param>
/// <param name="ProbabilityAlive">BG/NBD P(alive) at the calibration end.</param>
/// <param name="ExpectedPurchases">Expected purchase days over the horizon (BG/NBD), undiscounted.</param>
/// <param name="ExpectedAverageSpend">Expected spend per purchase day (Gamma-Gamma).</param>
/// <param name="Value">The CLV: expected discounted spend over the horizon.</param>
public sealed record CustomerClv(
    string CustomerId,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double ExpectedAverageSpend,
    double Value)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{CustomerId}: CLV {Value:N2} ({ExpectedPurchases:0.###} purchase days × {ExpectedAverageSpend:N2}, discounted; P(alive) {ProbabilityAlive:0.###})");
}
