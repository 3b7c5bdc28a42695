using System.Globalization;

namespace LtvKit.Clv;

/// <summary>How a model's parameters were estimated: the maximised log-likelihood and the optimiser's report.</summary>
/// <remarks>
/// <see cref="LogLikelihood"/> is the natural-log likelihood of the whole data set (the sum over customers),
/// comparable with the papers' values (BG/NBD on CDNOW: −9,582.4). A returned fit has always converged —
/// a fit that does not converge throws <see cref="ClvException"/> — so <see cref="Converged"/> is there for
/// the record, and <see cref="Iterations"/> counts optimiser iterations over all starting points and restarts.
/// </remarks>
public sealed record MaximumLikelihoodFit(double LogLikelihood, bool Converged, int Iterations, int Customers)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"log-likelihood {LogLikelihood:N2} over {Customers:N0} customers, {(Converged ? "converged" : "not converged")} in {Iterations:N0} iterations");
}
