using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>F2 that counts the customers still inside their window: the Kaplan–Meier estimate of days to the second purchase day.</summary>
/// <param name="Customers">Every customer of the table: each one observed from the first purchase day to the as-of date.</param>
/// <param name="Steps">One step per day on which a second purchase happened, in day order.</param>
/// <remarks>
/// <para>The plain F2 rate (<see cref="F2Conversion"/>) leaves out the customers whose window has not ended: a shop that
/// doubled its acquisition last month reads its F2 over an older, smaller group. Here every customer counts. A customer
/// with a second purchase day d days after the first is an event at day d; one without is censored at as-of − first
/// purchase (observed that many days, converted on none of them). On a day with both, the events come first (the
/// usual convention: a customer censored on day d was still at risk on day d).</para>
/// <para>Converted(t) = 1 − Π (1 − events ÷ at risk) over the event days ≤ t. The interval uses Greenwood's variance on
/// the log(−log S) scale, which stays inside [0, 1]. With no censoring (every customer observed for t days or more)
/// Converted(t) is exactly the plain rate of customers with days to second ≤ t.</para>
/// </remarks>
public sealed record SecondPurchaseCurve(long Customers, IReadOnlyList<SecondPurchaseStep> Steps)
{
    /// <summary>The estimated share converted within <paramref name="days"/> days, with its 95% interval (null before the
    /// first second purchase).</summary>
    public (double Converted, ConfidenceInterval? Interval) At(int days)
    {
        SecondPurchaseStep? last = null;
        foreach (var step in Steps)
        {
            if (step.Day > days)
                break;
            last = step;
        }
        return last is null ? (0, null) : (last.Converted, last.Interval);
    }

    public static SecondPurchaseCurve Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var asOf = customers.AsOf.DayNumber;
        var rows = customers.Rows;
        // Each customer's last day at risk, counted by day (days are few, customers many): ending in a second purchase or not.
        var longest = 0;
        foreach (var row in rows)
            longest = Math.Max(longest, asOf - row.FirstPurchase.DayNumber);
        var events = new long[longest + 1];
        var leaving = new long[longest + 1];
        foreach (var row in rows)
        {
            if (row.DaysToSecond is { } d)
                events[d]++;
            leaving[row.DaysToSecond ?? asOf - row.FirstPurchase.DayNumber]++;
        }
        var steps = new List<SecondPurchaseStep>();
        double survival = 1, greenwood = 0;
        long atRisk = rows.Length;
        for (var day = 0; day <= longest; day++)
        {
            if (events[day] > 0)
            {
                survival *= 1 - (double)events[day] / atRisk;
                greenwood += atRisk == events[day] ? double.PositiveInfinity : (double)events[day] / (atRisk * (atRisk - events[day]));
                steps.Add(new SecondPurchaseStep(day, atRisk, events[day], 1 - survival, Interval(survival, greenwood)));
            }
            atRisk -= leaving[day];
        }
        return new SecondPurchaseCurve(rows.Length, steps);
    }

    /// <summary>The 95% interval of 1 − S from Greenwood's sum, on the log(−log S) scale.</summary>
    private static ConfidenceInterval Interval(double survival, double greenwood)
    {
        if (survival <= 0 || double.IsInfinity(greenwood))
            return new ConfidenceInterval(1, 1);
        var logS = Math.Log(survival);
        var se = Math.Sqrt(greenwood) / Math.Abs(logS);
        var upperS = Math.Pow(survival, Math.Exp(-ConfidenceInterval.Z95 * se));
        var lowerS = Math.Pow(survival, Math.Exp(ConfidenceInterval.Z95 * se));
        return new ConfidenceInterval(1 - upperS, 1 - lowerS);
    }

    public override string ToString()
    {
        const int window = MetricOptions.DefaultF2WindowDays;
        var (converted, interval) = At(window);
        return string.Create(CultureInfo.InvariantCulture,
            $"F2 within {window} days (Kaplan–Meier) {Stats.Percent(Customers == 0 ? null : converted)}{(interval is { } i ? $", {i}" : "")}, over {Customers:N0} customers");
    }
}
