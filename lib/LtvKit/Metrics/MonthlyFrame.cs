using Deedle;

namespace LtvKit.Metrics;

/// <summary>The monthly repeat series as a Deedle frame indexed by month, for notebooks.</summary>
public static class MonthlyFrame
{
    public static Frame<DateTime, string> ToDeedle(this IReadOnlyList<MonthlyRepeat> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var rows = months.Select(m => new
        {
            Month = m.Month.ToDateTime(TimeOnly.MinValue),
            m.Buyers,
            m.Repeaters,
            m.CustomersToDate,
            RepeaterRatio = m.RepeaterRatio.Value ?? double.NaN,
            LocalRepeatRate = m.LocalRepeatRate.Value ?? double.NaN,
        });
        return Frame.FromRecords(rows).IndexRows<DateTime>("Month");
    }
}
