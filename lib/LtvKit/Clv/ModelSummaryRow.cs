using System.Globalization;

namespace LtvKit.Clv;

/// <summary>One customer as the BG/NBD and Gamma-Gamma models see them: x, t_x, T and the average repeat spend.</summary>
/// <remarks>
/// <para>The papers' symbols, measured over the calibration window (first purchase day … calibration end, inclusive):</para>
/// <list type="bullet">
/// <item><see cref="Frequency"/> = x = purchase days − 1: repeat purchase days. A second order on the first day is not a repeat.</item>
/// <item><see cref="TimeOfLastPurchase"/> = t_x = last purchase day − first purchase day (0 when x = 0).
/// This is what BTYD papers call "recency"; it is <i>not</i> the customer table's <c>recencyDays</c>
/// (as-of date − last purchase), which is why it is not called recency here.</item>
/// <item><see cref="Age"/> = T = calibration end − first purchase day: how long the customer has been watched.
/// A customer whose first purchase is on the calibration end has T = 0.</item>
/// <item><see cref="MonetaryValue"/> = z̄ = mean amount of the repeat purchase days (the first day excluded,
/// Fader and Hardie 2013); 0 when x = 0. Example: days of 29.33, 29.73 and 14.96 give x = 2, z̄ = 22.345.</item>
/// <item><see cref="HoldoutPurchaseDays"/> = purchase days after the calibration end, up to the holdout end inclusive.</item>
/// </list>
/// <para>t_x and T are in the <see cref="ModelSummary.Unit"/> of the summary that holds the row.</para>
/// </remarks>
public sealed record ModelSummaryRow(
    string CustomerId,
    int Frequency,
    double TimeOfLastPurchase,
    double Age,
    decimal MonetaryValue,
    int HoldoutPurchaseDays)
{
    /// <summary>True when the customer made at least one repeat purchase day in the calibration window (x &gt; 0).</summary>
    public bool IsRepeatCustomer => Frequency > 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{CustomerId}: x = {Frequency}, t_x = {TimeOfLastPurchase:0.##}, T = {Age:0.##}, z̄ = {MonetaryValue:0.##}, holdout {HoldoutPurchaseDays}");
}
