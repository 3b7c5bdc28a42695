using System.Globalization;
using LtvKit.Customers;

namespace LtvKit.Metrics;

/// <summary>ざっくりLTV and 通販LTV (seed 004), both over the 365 days ending on the as-of date (as-of − 364 … as-of).</summary>
/// <remarks>
/// <para>ざっくりLTV = revenue of those days ÷ customers who made a purchase in them. Revenue is the net amount of
/// every non-cancelled order dated in the window, returns included. Seed 004's example: ¥150,000,000 ÷ 10,000
/// customers = ¥15,000.</para>
/// <para>通販LTV = AOV × purchases per customer per year × years, each over the same days. With years = 1 the
/// purchases cancel and it equals ざっくりLTV — a check that both are computed on the same window, not a coincidence.</para>
/// </remarks>
public sealed record YearLtv(DateOnly From, DateOnly To, decimal Revenue, long Customers, long Purchases, int Years)
{
    /// <summary>ざっくりLTV; null when nobody purchased in the window.</summary>
    public decimal? ApproximateLtv => Stats.Divide(Revenue, Customers);

    /// <summary>AOV in the window: revenue ÷ purchases.</summary>
    public decimal? AverageOrderValue => Stats.Divide(Revenue, Purchases);

    /// <summary>Purchases per customer per year, in the window.</summary>
    public double? PurchasesPerCustomer => Customers == 0 ? null : (double)Purchases / Customers;

    /// <summary>通販LTV = AOV × purchase frequency × years.</summary>
    public decimal? FormulaLtv => Purchases == 0 || Customers == 0 ? null : Revenue / Purchases * Purchases / Customers * Years;

    public static YearLtv Of(OrderHistory history, int years = 1)
    {
        ArgumentNullException.ThrowIfNull(history);
        var to = history.AsOf;
        var from = to.AddDays(-(Periods.DaysPerYear - 1));
        decimal revenue = 0;
        long purchases = 0, customers = 0;
        for (var c = 0; c < history.CustomerIds.Count; c++)
        {
            var bought = false;
            foreach (var order in history.OrdersOf(c))
            {
                if (order.Date < from || order.Date > to)
                    continue;
                revenue += order.Amount;
                if (!order.IsPurchase)
                    continue;
                purchases++;
                bought = true;
            }
            if (bought)
                customers++;
        }
        return new YearLtv(from, to, revenue, customers, purchases, years);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ざっくりLTV ¥{ApproximateLtv:N0} = ¥{Revenue:N0} ÷ {Customers:N0} customers ({From:yyyy-MM-dd} … {To:yyyy-MM-dd})");
}
