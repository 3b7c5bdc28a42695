using System.Globalization;

namespace LtvKit.Clv;

/// <summary>
/// The BG/NBD model of repeat purchase days (Fader, Hardie and Lee 2005): while alive, a customer buys at a
/// Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with probability p ~ Beta(a, b).
/// </summary>
/// <remarks>
/// <para>
/// Parameters are per <see cref="Unit"/>: α is a time scale (weeks or days), r, a and b have no unit. On CDNOW in
/// weeks the paper reports r = 0.243, α = 4.414, a = 0.793, b = 2.426: the mean purchase rate r ÷ α is 0.055
/// purchase days a week, and a ÷ (a + b) = 25% of customers drop out after any given purchase.
/// </para>
/// <para>
/// "Purchase" means purchase day throughout (x counts repeat purchase days), and forecasts count purchase days.
/// Forecast windows start at the customer's calibration end: <c>ExpectedPurchases(52, …)</c> in weeks is the
/// expected number of purchase days in the 52 weeks after the calibration end.
/// </para>
/// <para>Construct with known parameters, or estimate them with <see cref="Fit"/>, which also sets <see cref="Estimation"/>.</para>
/// </remarks>
public sealed record BgNbdModel
{
    /// <summary>Half-width of the interval of a averaged over where the forecast formula is 0 ÷ 0 (a = 1, or a + b + x = 1).</summary>
    private const double NearOneHalfWidth = 1e-6;

    /// <summary>A model with known parameters (all positive).</summary>
    public BgNbdModel(double r, double alpha, double a, double b, TimeUnit unit = TimeUnit.Weeks)
    {
        R = Positive(r, nameof(r));
        Alpha = Positive(alpha, nameof(alpha));
        A = Positive(a, nameof(a));
        B = Positive(b, nameof(b));
        Unit = unit;
    }

    /// <summary>Shape of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Scale of the gamma distribution of purchase rates, in <see cref="Unit"/>.</summary>
    public double Alpha { get; }

    /// <summary>First shape of the beta distribution of drop-out probabilities.</summary>
    public double A { get; }

    /// <summary>Second shape of the beta distribution of drop-out probabilities.</summary>
    public double B { get; }

    /// <summary>Time unit of <see cref="Alpha"/>, of t_x and T, and of forecast lengths.</summary>
    public TimeUnit Unit { get; }

    /// <summary>How the parameters were estimated; null for a model built from known parameters.</summary>
    public MaximumLikelihoodFit? Estimation { get; init; }

    /// <summary>Estimates r, α, a, b by maximum likelihood on every customer of <paramref name="summary"/>.</summary>
    /// <exception cref="ClvException">
    /// No customers, every customer seen for zero time (all T = 0), fewer than
    /// <see cref="ClvDefaults.MinimumRepeatCustomers"/> repeat customers, or an optimiser that did not converge.
    /// </exception>
    public static BgNbdModel Fit(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var customers = summary.Customers;
        if (customers.Count == 0)
        {
            throw new ClvException("The BG/NBD model cannot be fitted: the summary has no customers.");
        }

        if (customers.All(c => c.Age == 0))
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"The BG/NBD model cannot be fitted: every customer made the first purchase on the calibration end {summary.CalibrationEnd:yyyy-MM-dd}, so no one was watched long enough to buy again. Choose a later calibration end."));
        }

        CheckRepeatCustomers(summary, "BG/NBD");
        var likelihood = new BgNbdLikelihood(summary);

        // Starting points: a purchase rate r ÷ α equal to the observed repeat rate Σx ÷ ΣT (so the scale of α
        // follows the time unit), with two different drop-out shapes.
        var observedRate = customers.Sum(c => (double)c.Frequency) / customers.Sum(c => c.Age);
        double[][] starts = [[1, 1 / observedRate, 1, 1], [0.25, 0.25 / observedRate, 0.75, 2.5]];
        var (p, fit) = LogSpaceOptimizer.Maximise(
            theta => likelihood.Evaluate(theta[0], theta[1], theta[2], theta[3]),
            starts,
            customers.Count,
            "BG/NBD",
            ["r", "α", "a", "b"]);
        return new BgNbdModel(p[0], p[1], p[2], p[3], summary.Unit) { Estimation = fit };
    }

    /// <summary>Log-likelihood of <paramref name="summary"/> under this model (the quantity <see cref="Fit"/> maximises).</summary>
    public double LogLikelihood(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        CheckUnit(summary.Unit);
        return new BgNbdLikelihood(summary).Evaluate(R, Alpha, A, B);
    }

    /// <summary>Probability that a customer with history (x, t_x, T) is still alive at the calibration end.</summary>
    /// <remarks>
    /// P(alive) = 1 ÷ (1 + [x &gt; 0] · a ÷ (b + x − 1) · ((α + T) ÷ (α + t_x))^(r + x)) (Fader, Hardie and Lee,
    /// "Computing P(alive) using the BG/NBD model"). A customer who never bought again (x = 0) has P(alive) = 1: in
    /// BG/NBD a customer can drop out only right after a purchase, so a one-time buyer cannot have left yet.
    /// The longer the silence since the last purchase (T − t_x), the lower P(alive).
    /// </remarks>
    public double ProbabilityAlive(int frequency, double timeOfLastPurchase, double age)
    {
        CheckHistory(frequency, timeOfLastPurchase, age);
        if (frequency == 0)
        {
            return 1;
        }

        var logOdds = Math.Log(A) - Math.Log(B + frequency - 1)
            + (R + frequency) * (Math.Log(Alpha + age) - Math.Log(Alpha + timeOfLastPurchase));
        return 1 / (1 + Math.Exp(logOdds));
    }

    /// <summary>P(alive) of one summary row; see <see cref="ProbabilityAlive(int, double, double)"/>.</summary>
    public double ProbabilityAlive(ModelSummaryRow customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return ProbabilityAlive(customer.Frequency, customer.TimeOfLastPurchase, customer.Age);
    }

    /// <summary>Expected purchase days in the <paramref name="t"/> units after the calibration end, for a customer with history (x, t_x, T).</summary>
    /// <remarks>
    /// Fader, Hardie and Lee (2005), equation 10:
    /// <code>
    /// E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
    /// z = t / (α+T+t)
    /// </code>
    /// The bracket is evaluated after Euler's transformation, as 1 − (1−z)^(a−1) · ₂F₁(a+b−1−r, a−1; a+b+x−1; z):
    /// the same number, but the series stays bounded for large x instead of growing like (1−z)^−x. At a = 1
    /// (and at a + b + x = 1) the formula is 0 ÷ 0; within 10⁻⁶ of it the value is the average at a ± 10⁻⁶
    /// (the expectation is smooth in a, so the error is ~10⁻¹²).
    /// </remarks>
    public double ExpectedPurchases(double t, int frequency, double timeOfLastPurchase, double age)
    {
        CheckHistory(frequency, timeOfLastPurchase, age);
        CheckLength(t, nameof(t));
        if (t == 0)
        {
            return 0;
        }

        var alive = ProbabilityAlive(frequency, timeOfLastPurchase, age);
        if (Math.Abs(A - 1) < NearOneHalfWidth || Math.Abs(A + B + frequency - 1) < NearOneHalfWidth)
        {
            return alive * 0.5 * (AliveExpectation(A - NearOneHalfWidth, t, frequency, age)
                + AliveExpectation(A + NearOneHalfWidth, t, frequency, age));
        }

        return alive * AliveExpectation(A, t, frequency, age);
    }

    /// <summary>Expected purchase days of one summary row; see <see cref="ExpectedPurchases(double, int, double, double)"/>.</summary>
    public double ExpectedPurchases(double t, ModelSummaryRow customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return ExpectedPurchases(t, customer.Frequency, customer.TimeOfLastPurchase, customer.Age);
    }

    /// <summary>Expected repeat purchase days in the first <paramref name="t"/> units after a new customer's first purchase.</summary>
    /// <remarks>
    /// Fader, Hardie and Lee (2005), equation 9:
    /// E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))ʳ · ₂F₁(r, b; a+b−1; t/(α+t))]. It equals
    /// <see cref="ExpectedPurchases(double, int, double, double)"/> for a customer with x = 0, t_x = 0, T = 0.
    /// </remarks>
    public double ExpectedPurchasesNewCustomer(double t) => ExpectedPurchases(t, 0, 0, 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"BG/NBD r = {R:0.###}, α = {Alpha:0.###}, a = {A:0.###}, b = {B:0.###} ({ModelSummary.UnitName(Unit)})")
        + (Estimation is null ? "" : $"; {Estimation}");

    internal void CheckUnit(TimeUnit unit)
    {
        if (unit != Unit)
        {
            throw new ArgumentException(
                $"The model is in {ModelSummary.UnitName(Unit)} but the summary is in {ModelSummary.UnitName(unit)}; build the summary in the model's unit.");
        }
    }

    internal static void CheckRepeatCustomers(ModelSummary summary, string modelName)
    {
        if (summary.RepeatCustomers == 0)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"The {modelName} model cannot be fitted: none of the {summary.Customers.Count:N0} customers made a repeat purchase on another day before the calibration end {summary.CalibrationEnd:yyyy-MM-dd}. Use a longer calibration window."));
        }

        if (summary.RepeatCustomers < ClvDefaults.MinimumRepeatCustomers)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"The {modelName} model cannot be fitted: only {summary.RepeatCustomers} of {summary.Customers.Count:N0} customers made a repeat purchase before the calibration end {summary.CalibrationEnd:yyyy-MM-dd}; at least {ClvDefaults.MinimumRepeatCustomers} are needed. Use a longer calibration window or more customers."));
        }
    }

    internal static void CheckHistory(int frequency, double timeOfLastPurchase, double age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        CheckLength(age, nameof(age));
        CheckLength(timeOfLastPurchase, nameof(timeOfLastPurchase));
        if (timeOfLastPurchase > age)
        {
            throw new ArgumentOutOfRangeException(nameof(timeOfLastPurchase), timeOfLastPurchase,
                "The last purchase (t_x) cannot be later than the calibration end (T).");
        }
    }

    private static void CheckLength(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A length of time must be a finite number ≥ 0.");
        }
    }

    private static double Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "BG/NBD parameters must be finite and > 0.");
        }

        return value;
    }

    /// <summary>(a+b+x−1)/(a−1) · [1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z)]: expected purchases of a customer known to be alive.</summary>
    private double AliveExpectation(double a, double t, int x, double age)
    {
        var z = t / (Alpha + age + t);
        var logOneMinusZ = -Math.Log(1 + t / (Alpha + age));
        var c = a + B + x - 1;
        var series = Hypergeometric.Gauss2F1(a + B - 1 - R, a - 1, c, z);
        return c / (a - 1) * (1 - Math.Exp((a - 1) * logOneMinusZ) * series);
    }
}
