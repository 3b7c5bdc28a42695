using System.Globalization;

namespace LtvKit.Metrics;

/// <summary>One channel's ad spend in one month, and the new customers it is spread over: CPO per 媒体 and month.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Channel">The channel (媒体).</param>
/// <param name="Cost">The month's ad spend of the channel.</param>
/// <param name="NewCustomers">Customers whose first purchase is in the month with this first channel.</param>
public sealed record ChannelMonthCost(DateOnly Month, string Channel, decimal Cost, long NewCustomers)
{
    /// <summary>CPO: cost ÷ new customers; null when the spend brought no new customer (its cost is unallocated).</summary>
    public decimal? Cpo => NewCustomers == 0 ? null : Cost / NewCustomers;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Month:yyyy-MM} {Channel}: ¥{Cost:N0} ÷ {NewCustomers:N0} new customers = CPO {(Cpo is { } cpo ? $"¥{cpo:N0}" : "–")}");
}
