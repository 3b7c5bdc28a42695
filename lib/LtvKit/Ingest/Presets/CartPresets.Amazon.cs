namespace LtvKit.Ingest.Presets;

public static partial class CartPresets
{
    /// <summary>
    /// Amazon Seller Central の注文レポート (tab-separated, one row per item): <c>purchase-date</c> is an instant in UTC
    /// (ISO 8601), converted to the calendar date of <c>--time-zone</c> (Asia/Tokyo: 2024-01-31T22:30:00+00:00 is
    /// 2024-02-01); <c>buyer-email</c> (Amazon's anonymised address, one per buyer) is the customer id; <c>item-price</c>
    /// is the item line, tax included (Japanese prices include tax; <c>item-tax</c> is its tax part); the rows of an
    /// order are summed. The order report lists no cancelled orders; the All Orders report's <c>amazon-order-id</c> and
    /// <c>order-status</c> (<c>Cancelled</c>) are read when present.
    /// </summary>
    public static CartPreset Amazon { get; } = new()
    {
        Preset = Preset.Amazon,
        Name = "amazon",
        Title = "Amazon 注文レポート",
        Delimiter = '\t',
        Columns = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["order-id", "amazon-order-id"],
            [OrderField.CustomerId] = ["buyer-email"],
            [OrderField.OrderDate] = ["purchase-date"],
            [OrderField.AmountInclTax] = ["item-price"],
            [OrderField.Status] = ["order-status"],
            [OrderField.Product] = ["product-name"],
            [OrderField.Channel] = ["sales-channel"],
        },
        DatesInUtc = true,
        CancelledValues = ["Cancelled"],
        Person = new PersonColumns(
            [["buyer-name"]],
            [["buyer-phone-number"]],
            [["ship-state", "ship-city", "ship-address-1", "ship-address-2", "ship-address-3"]]),
        Signature = ["purchase-date", "sku"],
    };
}
