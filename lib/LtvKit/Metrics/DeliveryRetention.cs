using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest;

namespace LtvKit.Metrics;

/// <summary>定期 retention by delivery number: of the customers who took delivery n, the share who took delivery n + 1.</summary>
/// <remarks>
/// A delivery is a purchase whose order is 定期 or 頒布会 (<see cref="OrderKind"/>); a customer's deliveries are
/// counted in date order, so one with 4 deliveries took deliveries 1, 2, 3 and 4. <see cref="Took"/>[n − 1] is the
/// number of customers with at least n deliveries (n = 1 … <see cref="MaxDelivery"/> + 1), and
/// <c>Retention(n) = Took(n + 1) ÷ Took(n)</c> for n = 1 … <see cref="MaxDelivery"/>: with 100 customers on a first
/// delivery, 70 on a second and 56 on a third, retention is 70% after delivery 1 and 80% after delivery 2. A recent
/// subscriber whose next delivery is not due yet counts as not continuing, so the last rates of a young subscription
/// read low; a shop without a subscription column has no deliveries (every rate null).
/// </remarks>
public sealed record DeliveryRetention(IReadOnlyList<long> Took)
{
    /// <summary>Retention is shown for deliveries 1 … 12 (a year of a monthly plan).</summary>
    public const int MaxDelivery = 12;

    /// <summary>Customers who took delivery n (n = 1 … 13).</summary>
    public long TookDelivery(int n) => Took[n - 1];

    /// <summary>Of the customers who took delivery n, the share who took n + 1 (n = 1 … 12).</summary>
    public Rate Retention(int n) => new(TookDelivery(n + 1), TookDelivery(n));

    public static DeliveryRetention Of(CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var took = new long[MaxDelivery + 1];
        foreach (var row in customers.Rows)
        {
            var deliveries = 0;
            foreach (var order in customers.History.OrdersOf(row.Index))
            {
                if (order.IsPurchase && order.Kind.IsRecurring() && ++deliveries <= took.Length)
                    took[deliveries - 1]++;
            }
        }
        return new DeliveryRetention(took);
    }

    public override string ToString() => TookDelivery(1) == 0
        ? "定期 retention: no 定期 deliveries"
        : string.Create(CultureInfo.InvariantCulture, $"定期 retention: {TookDelivery(1):N0} subscribers; after delivery 1 {Retention(1)}, after delivery 2 {Retention(2)}");
}
