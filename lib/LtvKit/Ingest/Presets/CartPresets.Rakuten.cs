namespace LtvKit.Ingest.Presets;

public static partial class CartPresets
{
    /// <summary>
    /// 楽天市場 RMS の受注データ CSV (Shift_JIS, one row per item): no customer id — the e-mail (メールアドレス) is masked per
    /// order — so customers are made by 名寄せ of 注文者名字+注文者名前 and 注文者電話番号1–3 by default; 注文日 and
    /// 注文時間 are split; 合計金額 is the order total, tax included, repeated on every item row; 受注ステータス
    /// キャンセル確定 (and キャンセル確定待ち, a cancellation being confirmed) cancels.
    /// </summary>
    public static CartPreset Rakuten { get; } = new()
    {
        Preset = Preset.Rakuten,
        Name = "rakuten",
        Title = "楽天市場 RMS 受注データ",
        Columns = new Dictionary<OrderField, string[]>
        {
            [OrderField.OrderId] = ["受注番号"],
            [OrderField.OrderDate] = ["注文日"],
            [OrderField.AmountInclTax] = ["合計金額"],
            [OrderField.Status] = ["受注ステータス"],
            [OrderField.Product] = ["商品名"],
        },
        TimeColumn = "注文時間",
        CancelledValues = ["キャンセル確定", "キャンセル確定待ち"],
        OrderFieldsOnEveryRow = true,
        Person = new PersonColumns(
            [["注文者名字", "注文者名前"]],
            [["注文者電話番号1", "注文者電話番号2", "注文者電話番号3"]],
            [["注文者住所:都道府県", "注文者住所:都市区", "注文者住所:町以降"]]),
        DefaultIdentify = IdentifyRule.NamePhone,
        Signature = ["受注番号", "注文者名字", "注文者電話番号1"],
    };
}
