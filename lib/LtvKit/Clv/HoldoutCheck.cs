using System.Globalization;

namespace LtvKit.Clv;

/// <summary>Does the fitted BG/NBD model predict the holdout window? Mean predicted vs actual purchase days, by calibration frequency.</summary>
/// <remarks>
/// <para>
/// The test of Fader, Hardie and Lee (2005): fit on the calibration window, forecast the holdout
/// window (the day after the calibration end … holdout end, inclusive) for every customer, and compare with
/// what they did. Customers are grouped by calibration x: 0, 1, …, 6 and "7+" (<see cref="ClvDefaults.HoldoutCheckLastFrequencyGroup"/>).
/// Groups without customers are left out, never shown as 0 ÷ 0.
/// </para>
/// <para>Predictions count purchase days, like x; so must the holdout counts (<see cref="ModelSummaryRow.HoldoutPurchaseDays"/>).</para>
/// </remarks>
public sealed record HoldoutCheck
{
    private HoldoutCheck(double holdoutLength, TimeUnit unit, IReadOnlyList<HoldoutCheckGroup> groups, double totalPredicted, int totalActual)
    {
        HoldoutLength = holdoutLength;
        Unit = unit;
        Groups = groups;
        TotalPredicted = totalPredicted;
        TotalActual = totalActual;
    }

    /// <summary>Length of the holdout window in <see cref="Unit"/>.</summary>
    public double HoldoutLength { get; }

    /// <summary>Unit of <see cref="HoldoutLength"/>.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Groups by calibration frequency, in increasing x.</summary>
    public IReadOnlyList<HoldoutCheckGroup> Groups { get; }

    /// <summary>Predicted holdout purchase days, all customers.</summary>
    public double TotalPredicted { get; }

    /// <summary>Actual holdout purchase days, all customers.</summary>
    public int TotalActual { get; }

    /// <summary>Forecasts the holdout window of <paramref name="summary"/> with <paramref name="model"/> and compares.</summary>
    /// <exception cref="ClvException">The summary has no holdout window (holdout end = calibration end) or no customers.</exception>
    public static HoldoutCheck Compute(BgNbdModel model, ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summary);
        model.CheckUnit(summary.Unit);
        if (summary.HoldoutLength <= 0)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"There is no holdout window to check against: the data end on the calibration end {summary.CalibrationEnd:yyyy-MM-dd}. Choose an earlier calibration end."));
        }

        if (summary.Customers.Count == 0)
        {
            throw new ClvException("There are no customers to check the holdout forecast on.");
        }

        const int last = ClvDefaults.HoldoutCheckLastFrequencyGroup;
        var predicted = new double[last + 1];
        var actual = new int[last + 1];
        var count = new int[last + 1];
        foreach (var customer in summary.Customers)
        {
            var g = Math.Min(customer.Frequency, last);
            predicted[g] += model.ExpectedPurchases(summary.HoldoutLength, customer);
            actual[g] += customer.HoldoutPurchaseDays;
            count[g]++;
        }

        var groups = Enumerable.Range(0, last + 1)
            .Where(g => count[g] > 0)
            .Select(g => new HoldoutCheckGroup(
                g == last ? string.Create(CultureInfo.InvariantCulture, $"{last}+") : g.ToString(CultureInfo.InvariantCulture),
                g,
                count[g],
                predicted[g] / count[g],
                (double)actual[g] / count[g]))
            .ToArray();
        return new HoldoutCheck(summary.HoldoutLength, summary.Unit, groups, predicted.Sum(), actual.Sum());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Holdout {HoldoutLength:0.##} {ModelSummary.UnitName(Unit)}: predicted {TotalPredicted:N0} purchase days, actual {TotalActual:N0}");
}
