using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Metrics;

/// <summary>The shop's 定期 (subscription) view: purchases by order kind, retention by delivery number, and the F1→F5 funnel split by the first purchase's kind.</summary>
/// <remarks>
/// Purchases are counted as orders (<see cref="Order.IsPurchase"/>) by <see cref="OrderKind"/>; a shop without a
/// subscription column has all of them 通常, no deliveries and an empty 定期 funnel.
/// </remarks>
public sealed record Subscriptions(long RegularPurchases, long SubscriptionPurchases, long HanpukaiPurchases, DeliveryRetention Retention, Funnel RegularFunnel, Funnel RecurringFunnel)
{
    public static Subscriptions Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var byKind = new long[3];
        foreach (var row in customers.Rows)
        {
            foreach (var order in customers.History.OrdersOf(row.Index))
            {
                if (order.IsPurchase)
                    byKind[(int)order.Kind]++;
            }
        }
        var (regular, recurring) = Funnel.ByFirstOrderKind(customers);
        return new Subscriptions(byKind[(int)OrderKind.Regular], byKind[(int)OrderKind.Subscription], byKind[(int)OrderKind.Hanpukai],
            DeliveryRetention.Of(customers), regular, recurring);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"purchases: 通常 {RegularPurchases:N0}, 定期 {SubscriptionPurchases:N0}, 頒布会 {HanpukaiPurchases:N0}; {Retention}");
}
