namespace LtvKit.Ingest;

/// <summary>A column of an orders file that the kit understands.</summary>
public enum OrderField
{
    OrderId,
    CustomerId,
    OrderDate,
    AmountInclTax,
    AmountExclTax,
    Product,
    Category,
    Channel,
    Status,
    /// <summary>Shopify's order-level refunded amount, subtracted from the order (read on the order's first row).</summary>
    RefundedAmount,
    /// <summary>通常 / 定期 / 頒布会: the order's kind (<see cref="OrderKinds.Parse"/>).</summary>
    Subscription,
}
