namespace LtvKit.Customers;

/// <summary>What the metrics and the segment rules read of a customer: a <see cref="Customer"/> or a <see cref="CustomerRow"/>.</summary>
/// <remarks>
/// The metrics are written once, generic over this: on the table's rows for the whole table (no object per customer),
/// on <see cref="Customer"/> records for any other set of customers.
/// </remarks>
internal interface ICustomerMeasures
{
    /// <summary>The customer's index in <see cref="OrderHistory"/>.</summary>
    int Index { get; }

    int Purchases { get; }

    int PurchaseDays { get; }

    decimal Revenue { get; }

    DateOnly FirstPurchase { get; }

    DateOnly LastPurchase { get; }

    int TenureDays { get; }

    int RecencyDays { get; }

    int? DaysToSecond { get; }
}
