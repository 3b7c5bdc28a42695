using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Metrics;

/// <summary>Acquisition payback (seeds 003, 004): CPO per 媒体 and month from the ad spend, and the month in which each first
/// channel × first product earns its CPO back in gross profit.</summary>
/// <param name="Costs">Every channel and month of the ad-spend file, with its new customers and CPO.</param>
/// <param name="TotalCost">All the ad spend read.</param>
/// <param name="UnallocatedCost">Spend of channel-months that brought no new customer: in no customer's cost, reported here.</param>
/// <param name="GrossMargin">The gross margin the profit is computed with.</param>
/// <param name="Groups">By first channel × first product, largest group first.</param>
/// <remarks>
/// <para>A customer's acquisition cost is the CPO of their first channel in their first purchase month (the month's spend
/// spread evenly over the month's new customers of that channel); a customer whose channel and month have no spend row
/// cost nothing (organic, or a channel the file leaves out). So allocated cost + <see cref="UnallocatedCost"/> =
/// <see cref="TotalCost"/>: nothing is lost.</para>
/// <para>Months are calendar months after the first purchase month, as in <see cref="MonthlyCohort"/>: month k of a customer
/// counts only once it is complete on the as-of date, so the customers averaged at month k are those observed that long,
/// and the comparison at k is between their profit and their own cost. Gross profit = gross margin × net revenue (returns
/// included) of months 0 … k.</para>
/// </remarks>
public sealed record AcquisitionPayback(IReadOnlyList<ChannelMonthCost> Costs, decimal TotalCost, decimal UnallocatedCost,
    double GrossMargin, IReadOnlyList<PaybackGroup> Groups)
{
    public static AcquisitionPayback Of(CustomerTable customers, IReadOnlyList<AdSpend> spend, double grossMargin)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(spend);
        var names = customers.History.Names;
        var rows = customers.Rows;
        var lastComplete = CalendarMonth.LastComplete(customers.AsOf);
        var firsts = new Order[rows.Length];
        var newCustomers = new Dictionary<(int Month, string Channel), long>();
        for (var i = 0; i < rows.Length; i++)
        {
            firsts[i] = customers.FirstPurchaseOf(rows[i].Index);
            var key = (CalendarMonth.Of(rows[i].FirstPurchase), names[firsts[i].Channel]);
            newCustomers[key] = newCustomers.GetValueOrDefault(key) + 1;
        }
        var costs = spend
            .Select(s => new ChannelMonthCost(s.Month, s.Channel, s.Cost, newCustomers.GetValueOrDefault((CalendarMonth.Of(s.Month), s.Channel))))
            .ToList();
        var cpo = costs.Where(c => c.Cpo is not null).ToDictionary(c => (CalendarMonth.Of(c.Month), c.Channel), c => c.Cpo!.Value);
        var margin = (decimal)grossMargin;
        var groups = new Dictionary<(int Channel, int Product), Accumulator>();
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var firstMonth = CalendarMonth.Of(row.FirstPurchase);
            var key = (firsts[i].Channel, firsts[i].Product);
            if (!groups.TryGetValue(key, out var group))
                groups[key] = group = new Accumulator();
            group.Customers++;
            var months = lastComplete - firstMonth + 1;
            if (months <= 0)
                continue;
            var cost = cpo.GetValueOrDefault((firstMonth, names[firsts[i].Channel]));
            var revenue = new decimal[months];
            foreach (var order in customers.History.OrdersOf(row.Index))
            {
                var k = CalendarMonth.Of(order.Date) - firstMonth;
                if (k >= 0 && k < months)
                    revenue[k] += order.Amount;
            }
            decimal cumulative = 0;
            for (var k = 0; k < months; k++)
            {
                cumulative += revenue[k];
                group.Add(k, margin * cumulative, cost);
            }
        }
        var result = groups
            .Select(g => g.Value.Group(names[g.Key.Channel], names[g.Key.Product]))
            .OrderByDescending(g => g.Customers)
            .ThenBy(g => g.Channel, StringComparer.Ordinal)
            .ThenBy(g => g.Product, StringComparer.Ordinal)
            .ToList();
        return new AcquisitionPayback(costs, costs.Sum(c => c.Cost), costs.Where(c => c.Cpo is null).Sum(c => c.Cost), grossMargin, result);
    }

    private sealed class Accumulator
    {
        private readonly List<(long Observed, decimal Profit, decimal Cost)> _months = [];

        public long Customers;

        public void Add(int month, decimal profit, decimal cost)
        {
            if (month == _months.Count)
                _months.Add(default);
            var (observed, total, costs) = _months[month];
            _months[month] = (observed + 1, total + profit, costs + cost);
        }

        public PaybackGroup Group(string channel, string product)
        {
            var profit = _months.Select(m => m.Profit / m.Observed).ToList();
            var cost = _months.Select(m => m.Cost / m.Observed).ToList();
            int? payback = null;
            for (var k = 0; k < profit.Count && payback is null; k++)
            {
                if (profit[k] >= cost[k])
                    payback = k;
            }
            return new PaybackGroup(channel, product, Customers, [.. _months.Select(m => m.Observed)], profit, cost, payback);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ad spend ¥{TotalCost:N0} over {Costs.Count:N0} channel-months (¥{UnallocatedCost:N0} brought no new customer); {Groups.Count:N0} first channel × product groups");
}
