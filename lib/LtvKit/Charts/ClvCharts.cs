using System.Globalization;
using LtvKit.Clv;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace LtvKit.Charts;

/// <summary>Charts of fitted CLV models: what BG/NBD expects of each kind of customer, and how it did on the holdout window.</summary>
/// <remarks>
/// Every function takes a fitted result (a model, a summary it was fitted on, a <see cref="Clv.HoldoutCheck"/>),
/// never raw order rows. Heatmaps have calibration frequency x (repeat purchase days) on the vertical axis and
/// the time of the last purchase t_x on the horizontal axis, for a customer first seen T before the calibration
/// end: bottom-right (many purchases, the last one recent) is the best customer, top-left the one who bought
/// often and then went silent. The x = 0 row does not depend on t_x (a one-time buyer has t_x = 0).
/// Charts are built without Plotly.NET's default template (<c>UseDefaults: false</c>): serialising that
/// template costs about half a second per chart, and plotly.js's own defaults read just as well.
/// </remarks>
public static class ClvCharts
{
    /// <summary>Columns of a heatmap: t_x from 0 to T in this many equal steps.</summary>
    private const int RecencySteps = 40;

    /// <summary>Expected purchase days in the next <paramref name="forecastLength"/> units, by x and t_x, for customers first seen <paramref name="age"/> ago.</summary>
    public static GenericChart FrequencyRecencyMatrix(BgNbdModel model, int maxFrequency, double age, double forecastLength = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Matrix(
            model,
            maxFrequency,
            age,
            (x, tx) => model.ExpectedPurchases(forecastLength, x, tx, age),
            string.Create(CultureInfo.InvariantCulture,
                $"Expected purchase days in the next {forecastLength:0.##} {UnitName(model.Unit, forecastLength)} (T = {age:0.#} {UnitName(model.Unit)})"));
    }

    /// <summary>The expected-purchases matrix over the ranges seen in <paramref name="summary"/>: x up to its largest x, T = its largest T.</summary>
    public static GenericChart FrequencyRecencyMatrix(BgNbdModel model, ModelSummary summary, double forecastLength = 1)
    {
        var (maxFrequency, age) = Ranges(summary);
        return FrequencyRecencyMatrix(model, maxFrequency, age, forecastLength);
    }

    /// <summary>P(alive) at the calibration end, by x and t_x, for customers first seen <paramref name="age"/> ago.</summary>
    public static GenericChart ProbabilityAliveMatrix(BgNbdModel model, int maxFrequency, double age)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Matrix(
            model,
            maxFrequency,
            age,
            (x, tx) => model.ProbabilityAlive(x, tx, age),
            string.Create(CultureInfo.InvariantCulture, $"Probability the customer is still active (T = {age:0.#} {UnitName(model.Unit)})"));
    }

    /// <summary>The P(alive) matrix over the ranges seen in <paramref name="summary"/>.</summary>
    public static GenericChart ProbabilityAliveMatrix(BgNbdModel model, ModelSummary summary)
    {
        var (maxFrequency, age) = Ranges(summary);
        return ProbabilityAliveMatrix(model, maxFrequency, age);
    }

    /// <summary>Mean actual holdout purchase days (bars) and the model's mean prediction (line), by calibration x.</summary>
    public static GenericChart HoldoutCheck(HoldoutCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var labels = check.Groups.Select(g => g.Label).ToArray();
        var actual = Chart.Column<double, string, string>(
            values: check.Groups.Select(g => g.MeanActual).ToArray(),
            Keys: labels,
            Name: "actual",
            UseDefaults: false);
        var predicted = Chart.Line<string, double, string>(
            x: labels,
            y: check.Groups.Select(g => g.MeanPredicted).ToArray(),
            ShowMarkers: true,
            Name: "BG/NBD prediction",
            UseDefaults: false);
        return Chart.Combine([actual, predicted])
            .Titled(string.Create(CultureInfo.InvariantCulture,
                $"Holdout check: purchase days in the {check.HoldoutLength:0.##} {UnitName(check.Unit)} after the calibration end"))
            // Categories, or plotly reads "0" … "6" as numbers and drops "7+".
            .WithXAxisStyle<double, double, string>(TitleText: "Repeat purchase days in the calibration window (x)", AxisType: StyleParam.AxisType.Category)
            .WithYAxisStyle<double, double, string>(TitleText: "Mean purchase days per customer in the holdout window");
    }

    private static GenericChart Matrix(BgNbdModel model, int maxFrequency, double age, Func<int, double, double> value, string title)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFrequency);
        if (!double.IsFinite(age) || age <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, "T must be a finite number > 0.");
        }

        var recency = Enumerable.Range(0, RecencySteps + 1).Select(i => age * i / RecencySteps).ToArray();
        var frequency = Enumerable.Range(0, maxFrequency + 1).ToArray();
        var z = frequency.Select(x => recency.Select(tx => value(x, tx)).ToArray()).ToArray();
        var unit = UnitName(model.Unit);
        return Chart.Heatmap<double, double, int, string>(zData: z, X: recency, Y: frequency, UseDefaults: false)
            .Titled(title)
            .WithXAxisStyle<double, double, string>(TitleText: string.Create(CultureInfo.InvariantCulture, $"Time of the last purchase after the first, t_x ({unit})"))
            .WithYAxisStyle<double, double, string>(TitleText: "Repeat purchase days, x");
    }

    private static (int MaxFrequency, double Age) Ranges(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Customers.Count == 0)
        {
            throw new ArgumentException("The summary has no customers to take the chart's ranges from.", nameof(summary));
        }

        return (summary.Customers.Max(c => c.Frequency), summary.Customers.Max(c => c.Age));
    }

    private static GenericChart Titled(this GenericChart chart, string title) =>
        Plotly.NET.Chart.withTitle(title, TitleFont: null).Invoke(chart);

    private static string UnitName(TimeUnit unit, double amount = 2) => (unit, amount == 1) switch
    {
        (TimeUnit.Days, true) => "day",
        (TimeUnit.Days, false) => "days",
        (_, true) => "week",
        _ => "weeks",
    };
}
