namespace LtvKit.Ingest;

/// <summary>The header names recognised for each <see cref="OrderField"/>, in order of preference.</summary>
/// <remarks>
/// When a file has two recognised headers for one field, the one listed first wins (a file with both
/// <c>注文ID</c> and Shopify's <c>Name</c> uses <c>注文ID</c>). Names are compared after
/// <see cref="HeaderName.Normalize"/>. Anything else is mapped with <c>--map field=header</c>.
/// </remarks>
public static class HeaderAliases
{
    /// <summary>Shopify's order number column; taken as the order id only in a file that also has <see cref="ShopifyLineItem"/>.</summary>
    public const string ShopifyOrderNumber = "Name";

    /// <summary>Shopify's line-item column, which marks a file as a Shopify export.</summary>
    public const string ShopifyLineItem = "Lineitem name";

    public static IReadOnlyList<string> For(OrderField field) => field switch
    {
        OrderField.OrderId => ["注文ID", "注文番号", "受注番号", "注文No", "受注ID", "order_id", "order id", "orderid", "order_no", ShopifyOrderNumber],
        OrderField.CustomerId => ["顧客ID", "顧客番号", "会員ID", "会員番号", "customer_id", "customer id", "customerid", "Email"],
        OrderField.OrderDate => ["注文日", "注文日時", "受注日", "受注日時", "購入日", "購入日時", "order_date", "order date", "orderdate", "date", "Created at"],
        OrderField.AmountInclTax => ["金額(税込)", "税込金額", "合計金額(税込)", "購入金額", "amount", "amount_incl_tax", "total", "金額", "合計金額", "売上金額"],
        OrderField.AmountExclTax => ["金額(税抜)", "税抜金額", "合計金額(税抜)", "amount_excl_tax", "Subtotal"],
        OrderField.Product => ["商品名", "product", "product_name", ShopifyLineItem],
        OrderField.Category => ["カテゴリ", "カテゴリー", "category"],
        OrderField.Channel => ["チャネル", "チャネル名", "流入経路", "販路", "媒体", "channel", "Source"],
        OrderField.Status => ["ステータス", "注文ステータス", "status", "Cancelled at"],
        OrderField.RefundedAmount => ["Refunded Amount", "返金額"],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
