using System.Globalization;
using LtvKit.Customers;
using LtvKit.Segments;

namespace LtvKit.Metrics;

/// <summary>
/// The return curve: after g silent days, how likely is a customer to buy again within a year? The evidence
/// behind the 90-day rule (seed 002) and the 240-day churn line (seed 000), read off the shop's own data.
/// </summary>
/// <remarks>
/// Counted over purchase days (a customer contributes one event per purchase day d). For a gap g (0 … 730 days),
/// an event is <em>at risk</em> when the customer was silent for at least g days after d (no purchase day in
/// d+1 … d+g) and has been observed for g + 365 days (d + g + 365 ≤ as-of); it <em>returned</em> when the next
/// purchase day falls in d+g+1 … d+g+365. Share = returned ÷ at risk, null where nobody is at risk.
/// </remarks>
public sealed record ReturnCurve(IReadOnlyList<long> AtRisk, IReadOnlyList<long> Returned)
{
    public const int MaxGapDays = 730;

    /// <summary>How long after the silence a return is looked for.</summary>
    public const int LookAheadDays = Periods.DaysPerYear;

    /// <summary>Seed 002: 前回購入から90日以上が経過すると…リピート購入の可能性がまずなくなる — the follow-up deadline the curve is
    /// read at. Days since the last purchase, not tenure: not the よちよち客 line of seed 000, which is also 90 by default.</summary>
    public const int FollowUpDays = 90;

    public Rate At(int gapDays) => new(Returned[gapDays], AtRisk[gapDays]);

    public static ReturnCurve Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        // Each event adds 1 to a range of g: difference arrays keep this O(events + gaps).
        var atRisk = new long[MaxGapDays + 2];
        var returned = new long[MaxGapDays + 2];
        var asOf = customers.AsOf.DayNumber;
        foreach (var customer in customers.Rows)
        {
            var days = new PurchaseDays(customers.History.OrdersOf(customer.Index));
            var more = days.MoveNext();
            while (more)
            {
                var day = days.Current.Day.DayNumber;
                more = days.MoveNext();
                var gap = more ? days.Current.Day.DayNumber - day : int.MaxValue;
                var last = Math.Min(Math.Min(gap == int.MaxValue ? MaxGapDays : gap - 1, asOf - day - LookAheadDays), MaxGapDays);
                if (last < 0)
                    continue;
                atRisk[0]++;
                atRisk[last + 1]--;
                if (gap == int.MaxValue)
                    continue;
                var firstReturn = Math.Max(0, gap - LookAheadDays);
                if (firstReturn > last)
                    continue;
                returned[firstReturn]++;
                returned[last + 1]--;
            }
        }
        for (var g = 1; g <= MaxGapDays; g++)
        {
            atRisk[g] += atRisk[g - 1];
            returned[g] += returned[g - 1];
        }
        return new ReturnCurve(atRisk[..(MaxGapDays + 1)], returned[..(MaxGapDays + 1)]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"return within a year after 0 / {FollowUpDays} / {SegmentThresholds.DefaultChurnDays} silent days: {At(0)} / {At(FollowUpDays)} / {At(SegmentThresholds.DefaultChurnDays)}");
}
