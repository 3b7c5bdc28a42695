namespace LtvKit.Ingest.Presets;

public static partial class CartPresets
{
    /// <summary>
    /// Yahoo!ショッピング (ストアクリエイターPro) の注文データ CSV (one row per order): OrderId, OrderTime (JST),
    /// BillMailAddress as the customer id, TotalPrice tax included; OrderStatus is numeric — 1 予約中, 2 処理中, 3 保留,
    /// 4 キャンセル, 5 完了 — and only 4 cancels.
    /// </summary>
    public static CartPreset Yahoo { get; } = new()
    {
        Preset = Preset.Yahoo,
        Name = "yahoo",
        Title = "Yahoo!ショッピング 注文データ",
        Columns = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["OrderId"],
            [OrderField.CustomerId] = ["BillMailAddress"],
            [OrderField.OrderDate] = ["OrderTime"],
            [OrderField.AmountInclTax] = ["TotalPrice"],
            [OrderField.Status] = ["OrderStatus"],
        },
        CancelledValues = ["4"],
        Person = new PersonColumns(
            [["BillLastName", "BillFirstName"]],
            [["BillPhoneNumber"]],
            [["BillPrefecture", "BillCity", "BillAddress1", "BillAddress2"]]),
        Signature = ["OrderId", "OrderStatus", "OrderTime"],
    };
}
