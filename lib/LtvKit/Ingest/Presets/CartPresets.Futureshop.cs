namespace LtvKit.Ingest.Presets;

public static partial class CartPresets
{
    /// <summary>
    /// futureshop の受注データ CSV (one row per order): 受注コード, 会員ID, 受注日時, 請求合計金額 (tax included); 受注種別
    /// (REGULAR 通常, SUBSCRIPTION 定期, HANPUKAI 頒布会) is the order kind (<see cref="OrderKinds"/>) — none of its values
    /// cancels; 受注ステータス, when present, cancels by the general rule (キャンセル).
    /// </summary>
    public static CartPreset Futureshop { get; } = new()
    {
        Preset = Preset.Futureshop,
        Name = "futureshop",
        Title = "futureshop 受注データ",
        Columns = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["受注コード"],
            [OrderField.CustomerId] = ["会員ID"],
            [OrderField.OrderDate] = ["受注日時"],
            [OrderField.AmountInclTax] = ["請求合計金額"],
            [OrderField.Subscription] = ["受注種別"],
            [OrderField.Status] = ["受注ステータス"],
        },
        Person = new PersonColumns([["注文者氏名"]], [["注文者電話番号"]], [["注文者住所"]]),
        Signature = ["受注コード", "受注種別"],
    };
}
