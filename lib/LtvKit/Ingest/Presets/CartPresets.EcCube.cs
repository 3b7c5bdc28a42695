namespace LtvKit.Ingest.Presets;

public static partial class CartPresets
{
    /// <summary>
    /// EC-CUBE 4 の受注CSV (Shift_JIS from the admin, one row per 明細): 注文ID, 会員ID (empty for a guest checkout), 受注日,
    /// 支払合計 (tax included, repeated on every row of the order) and 対応状況, where 注文取消し cancels, and 購入処理中 and
    /// 決済処理中 — checkouts that never completed — count with the cancelled.
    /// </summary>
    public static CartPreset EcCube { get; } = new()
    {
        Preset = Preset.EcCube,
        Name = "ec-cube",
        Title = "EC-CUBE 受注CSV",
        Columns = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["注文ID"],
            [OrderField.CustomerId] = ["会員ID"],
            [OrderField.OrderDate] = ["受注日", "注文日"],
            [OrderField.AmountInclTax] = ["支払合計"],
            [OrderField.Status] = ["対応状況"],
            [OrderField.Product] = ["商品名"],
        },
        CancelledValues = ["注文取消し", "キャンセル", "購入処理中", "決済処理中"],
        OrderFieldsOnEveryRow = true,
        Person = new PersonColumns(
            [["お名前(姓)", "お名前(名)"]],
            [["電話番号"]],
            [["都道府県", "住所1", "住所2"]]),
        Signature = ["注文ID", "支払合計", "対応状況"],
    };
}
