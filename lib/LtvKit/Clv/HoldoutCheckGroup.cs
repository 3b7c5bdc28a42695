using System.Globalization;

namespace LtvKit.Clv;

/// <summary>Customers with the same calibration frequency: their mean predicted and actual holdout purchase days.</summary>
/// <param name="Label">"0" … "6", or "7+" for the last group.</param>
/// <param name="Frequency">Calibration x of the group (the lowest x for the last group).</param>
/// <param name="Customers">Customers in the group.</param>
/// <param name="MeanPredicted">Mean of E[Y(holdout length) | x, t_x, T] over the group.</param>
/// <param name="MeanActual">Mean number of purchase days in the holdout window over the group.</param>
public sealed record HoldoutCheckGroup(string Label, int Frequency, int Customers, double MeanPredicted, double MeanActual)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"x = {Label}: {Customers:N0} customers, predicted {MeanPredicted:0.00}, actual {MeanActual:0.00}");
}
