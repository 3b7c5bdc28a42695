namespace LtvKit.Metrics;

/// <summary>One step of the Kaplan–Meier curve of days to the second purchase day.</summary>
/// <param name="Day">Days since the first purchase day.</param>
/// <param name="AtRisk">Customers still without a second purchase day and still observed at the start of the day.</param>
/// <param name="SecondPurchases">Of those, customers whose second purchase day is on this day.</param>
/// <param name="Converted">The estimated share converted by the end of the day: 1 − S(day).</param>
/// <param name="Interval">Its 95% interval (Greenwood's variance on the log(−log S) scale); null before the first second purchase.</param>
public sealed record SecondPurchaseStep(int Day, long AtRisk, long SecondPurchases, double Converted, ConfidenceInterval? Interval);
