namespace LtvKit.Ingest.Presets;

public static partial class CartPresets
{
    /// <summary>
    /// MakeShop の注文データ CSV (Shift_JIS, one row per item): 日付 and 注文時間 split; 注文番号, 会員ID (empty for a guest);
    /// 合計金額 tax included, repeated on every item row; 処理状況 キャンセル cancels.
    /// </summary>
    public static CartPreset Makeshop { get; } = new()
    {
        Preset = Preset.Makeshop,
        Name = "makeshop",
        Title = "MakeShop 注文データ",
        Columns = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["注文番号"],
            [OrderField.CustomerId] = ["会員ID"],
            [OrderField.OrderDate] = ["日付"],
            [OrderField.AmountInclTax] = ["合計金額"],
            [OrderField.Status] = ["処理状況"],
            [OrderField.Product] = ["商品名"],
        },
        TimeColumn = "注文時間",
        CancelledValues = ["キャンセル"],
        OrderFieldsOnEveryRow = true,
        Person = new PersonColumns([["注文者名"]], [["注文者電話番号"]], [["注文者住所"]]),
        Signature = ["日付", "注文時間", "処理状況"],
    };
}
