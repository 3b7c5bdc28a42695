using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>利益LTV, LTV ÷ CPO and the break-even purchase (seeds 003, 004); computed only when costs are given.</summary>
/// <remarks>
/// <para>利益LTV = 12-month LTV × gross margin − CPO − retention cost.</para>
/// <para>LTV ÷ CPO = 12-month LTV × gross margin ÷ CPO: above 1, acquiring a customer pays back within a year.</para>
/// <para>採算ライン (break-even purchase): the smallest n such that the average cumulative gross profit of customers
/// who reached their n-th purchase day — margin × their net revenue up to and including that day — is at least
/// the CPO. Seed 003: "何回目までで採算ラインに乗せるか". Null when no n reaches it.</para>
/// </remarks>
/// <param name="GrossProfitByPurchase">Element n−1: the average cumulative gross profit of the customers who reached their n-th purchase day — the curve the break-even purchase is read from.</param>
public sealed record ProfitLtv(Costs Costs, decimal? Value, double? LtvToCpo, int? BreakEvenPurchase, IReadOnlyList<decimal> GrossProfitByPurchase)
{
    public static ProfitLtv Of(CustomerTable customers, HorizonLtv twelveMonths, Costs costs)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(twelveMonths);
        ArgumentNullException.ThrowIfNull(costs);
        var margin = (decimal)costs.GrossMargin;
        var gross = twelveMonths.Value * margin;
        var value = gross - costs.Cpo - costs.RetentionCost;
        double? toCpo = gross is { } g && costs.Cpo > 0 ? (double)(g / costs.Cpo) : null;
        var curve = GrossProfitCurve(customers, margin);
        var breakEven = curve.Select((profit, i) => (profit, n: i + 1)).FirstOrDefault(p => p.profit >= costs.Cpo).n;
        return new ProfitLtv(costs, value, toCpo, breakEven == 0 ? null : breakEven, curve);
    }

    private static decimal[] GrossProfitCurve(CustomerTable customers, decimal margin)
    {
        // cumulative[n-1] = Σ over customers reaching their n-th purchase day of their net revenue up to that day.
        var cumulative = new List<decimal>();
        var reached = new List<long>();
        foreach (var customer in customers.Rows)
        {
            decimal running = 0;
            var day = 0;
            var dayHasPurchase = false;
            var orders = customers.History.OrdersOf(customer.Index);
            for (var i = 0; i < orders.Length; i++)
            {
                running += orders[i].Amount;
                dayHasPurchase |= orders[i].IsPurchase;
                if (i + 1 < orders.Length && orders[i + 1].Date == orders[i].Date)
                    continue;
                if (dayHasPurchase)
                {
                    if (day == cumulative.Count)
                    {
                        cumulative.Add(0);
                        reached.Add(0);
                    }
                    cumulative[day] += running;
                    reached[day]++;
                    day++;
                }
                dayHasPurchase = false;
            }
        }
        return [.. cumulative.Select((total, n) => total / reached[n] * margin)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"利益LTV ¥{Value:N0}, LTV÷CPO {LtvToCpo:0.00}, break-even at purchase {BreakEvenPurchase?.ToString(CultureInfo.InvariantCulture) ?? "–"}");
}
