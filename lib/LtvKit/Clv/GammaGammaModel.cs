using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace LtvKit.Clv;

/// <summary>
/// The Gamma-Gamma model of spend per purchase day (Fader and Hardie 2013): each purchase day's amount is
/// Gamma(p, ν) with a customer-level ν ~ Gamma(q, γ), so a customer's average spend is shrunk towards the
/// population average by how many repeat purchase days it rests on.
/// </summary>
/// <remarks>
/// <para>
/// Fitted on repeat customers only (x &gt; 0), with z̄ = the mean amount of their repeat purchase days: the first
/// purchase is left out, as in the paper (CDNOW: 946 customers, p = 6.25, q = 3.74, γ = 15.44). Repeat
/// customers whose z̄ is 0 (only ¥0 repeat purchase days) cannot be in a gamma likelihood; they are left out
/// and counted in <see cref="ZeroSpendCustomersExcluded"/>.
/// </para>
/// <para>
/// The model assumes spend per purchase does not depend on how often a customer buys. The check the paper
/// recommends is <see cref="FrequencySpendCorrelation"/>: the Pearson correlation of x and z̄ among the fitted
/// customers (CDNOW: 0.11). A correlation far from 0 (say beyond ±0.3) means CLV = purchases × spend
/// double-counts, and the spend forecasts should be read with care.
/// </para>
/// <para>
/// Amounts are in the summary's currency; γ is in the same currency. q must exceed 1, or the spend
/// distribution has no finite average.
/// </para>
/// </remarks>
public sealed record GammaGammaModel
{
    /// <summary>A model with known parameters: p &gt; 0, q &gt; 1, γ &gt; 0.</summary>
    public GammaGammaModel(double p, double q, double gamma)
    {
        P = Positive(p, nameof(p));
        Q = Positive(q, nameof(q));
        Gamma = Positive(gamma, nameof(gamma));
        if (q <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "q must be > 1, or the average spend is infinite.");
        }
    }

    /// <summary>Shape of the gamma distribution of one purchase day's amount.</summary>
    public double P { get; }

    /// <summary>Shape of the gamma distribution of the customers' spend rates ν.</summary>
    public double Q { get; }

    /// <summary>Scale of the gamma distribution of ν, in currency.</summary>
    public double Gamma { get; }

    /// <summary>How the parameters were estimated; null for a model built from known parameters.</summary>
    public MaximumLikelihoodFit? Estimation { get; init; }

    /// <summary>Pearson correlation of x and z̄ over the fitted customers; null when either does not vary (or not fitted).</summary>
    public double? FrequencySpendCorrelation { get; init; }

    /// <summary>Repeat customers left out of the fit because their average repeat spend is 0.</summary>
    public int ZeroSpendCustomersExcluded { get; init; }

    /// <summary>Expected spend per purchase day of a customer about whom nothing is known: p γ ÷ (q − 1).</summary>
    public double MeanSpend => P * Gamma / (Q - 1);

    /// <summary>Estimates p, q, γ by maximum likelihood on the repeat customers (x &gt; 0, z̄ &gt; 0) of <paramref name="summary"/>.</summary>
    /// <exception cref="ClvException">
    /// Fewer than <see cref="ClvDefaults.MinimumRepeatCustomers"/> repeat customers with a positive spend, an optimiser
    /// that did not converge, or a fitted q ≤ 1 (no finite average spend).
    /// </exception>
    public static GammaGammaModel Fit(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        BgNbdModel.CheckRepeatCustomers(summary, "Gamma-Gamma spend");
        var repeat = summary.Customers.Where(c => c.IsRepeatCustomer).ToArray();
        var fitted = repeat.Where(c => c.MonetaryValue > 0).ToArray();
        if (fitted.Length < ClvDefaults.MinimumRepeatCustomers)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"The Gamma-Gamma spend model cannot be fitted: only {fitted.Length} repeat customers spent more than 0 on their repeat purchase days; at least {ClvDefaults.MinimumRepeatCustomers} are needed."));
        }

        var x = fitted.Select(c => (double)c.Frequency).ToArray();
        var z = fitted.Select(c => (double)c.MonetaryValue).ToArray();
        var meanZ = z.Average();
        var likelihood = new GammaGammaLikelihood(fitted);
        double[][] starts = [[1, 2, meanZ], [5, 4, 0.6 * meanZ]];
        var (theta, fit) = LogSpaceOptimizer.Maximise(
            t => likelihood.Evaluate(t[0], t[1], t[2]),
            starts,
            fitted.Length,
            "Gamma-Gamma spend",
            ["p", "q", "γ"]);
        if (theta[1] <= 1)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"The Gamma-Gamma spend model has no finite average spend (q = {theta[1]:0.###} ≤ 1): a few very large purchases dominate. Check the amounts for outliers or data errors."));
        }

        var correlation = Correlation.Pearson(x, z);
        return new GammaGammaModel(theta[0], theta[1], theta[2])
        {
            Estimation = fit,
            FrequencySpendCorrelation = double.IsFinite(correlation) ? correlation : null,
            ZeroSpendCustomersExcluded = repeat.Length - fitted.Length,
        };
    }

    /// <summary>Log-likelihood of the repeat customers (x &gt; 0, z̄ &gt; 0) of <paramref name="summary"/> under this model.</summary>
    public double LogLikelihood(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new GammaGammaLikelihood([.. summary.Customers.Where(c => c.IsRepeatCustomer && c.MonetaryValue > 0)]).Evaluate(P, Q, Gamma);
    }

    /// <summary>Expected spend per future purchase day of a customer with x repeat purchase days averaging z̄.</summary>
    /// <remarks>
    /// E[Z | x, z̄] = p (γ + x z̄) ÷ (p x + q − 1) (Fader and Hardie 2013): a weighted average of the
    /// population mean p γ ÷ (q − 1) and the customer's own z̄, with weight p x ÷ (p x + q − 1) on z̄. With x = 0 it
    /// is the population mean. Example (CDNOW fit): x = 1, z̄ = 10 gives (6.25 · (15.44 + 10)) ÷ (6.25 + 2.74) ≈ 17.7.
    /// </remarks>
    public double ConditionalExpectedAverageSpend(int frequency, double monetaryValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        if (!double.IsFinite(monetaryValue) || monetaryValue < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, "An average spend must be a finite number ≥ 0.");
        }

        return P * (Gamma + frequency * monetaryValue) / (P * frequency + Q - 1);
    }

    /// <summary>Expected spend per future purchase day of one summary row.</summary>
    public double ConditionalExpectedAverageSpend(ModelSummaryRow customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return ConditionalExpectedAverageSpend(customer.Frequency, (double)customer.MonetaryValue);
    }

    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Gamma-Gamma p = {P:0.##}, q = {Q:0.##}, γ = {Gamma:0.##}, mean spend {MeanSpend:N2}");
        if (FrequencySpendCorrelation is { } r)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", corr(x, z̄) = {r:0.00}");
        }

        return Estimation is null ? text : $"{text}; {Estimation}";
    }

    private static double Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Gamma-Gamma parameters must be finite and > 0.");
        }

        return value;
    }
}
