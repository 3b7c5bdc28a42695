namespace LtvKit.Ingest;

/// <summary>The header names recognised for each <see cref="OrderField"/>, in tiers of equal standing.</summary>
/// <remarks>
/// <para>Names of one tier are equally good names of the field: a file with two of them (<c>顧客ID</c> and
/// <c>会員ID</c>, or <c>顧客ID</c> twice) does not say which column it means, so reading it is an error that names both
/// columns; <c>--map field=header</c> picks one. A later tier holds weaker names, used only when no name of an earlier
/// tier is in the file: a file with both <c>注文ID</c> and Shopify's <c>Name</c> uses <c>注文ID</c>; one with both
/// <c>金額(税込)</c> and a plain <c>金額</c> uses <c>金額(税込)</c>. Tax-included and tax-excluded amounts are two fields,
/// never rivals. Names are compared after <see cref="HeaderName.Normalize"/>.</para>
/// </remarks>
public static class HeaderAliases
{
    /// <summary>Shopify's order number column; taken as the order id only in a file that also has <see cref="ShopifyLineItem"/>.</summary>
    public const string ShopifyOrderNumber = "Name";

    /// <summary>Shopify's line-item column, which marks a file as a Shopify export.</summary>
    public const string ShopifyLineItem = "Lineitem name";

    /// <summary>Every recognised name of <paramref name="field"/>, strongest tier first (for messages).</summary>
    public static IReadOnlyList<string> For(OrderField field) => [.. Tiers(field).SelectMany(tier => tier)];

    /// <summary>The names of <paramref name="field"/> in tiers: names within a tier are of equal standing, an earlier tier beats a later one.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Tiers(OrderField field) => field switch
    {
        OrderField.OrderId => [["注文ID", "注文番号", "受注番号", "注文No", "受注ID", "order_id", "order id", "orderid", "order_no"], [ShopifyOrderNumber]],
        // Shopify identifies the customer by e-mail when there is no id column.
        OrderField.CustomerId => [["顧客ID", "顧客番号", "会員ID", "会員番号", "customer_id", "customer id", "customerid"], ["Email"]],
        OrderField.OrderDate => [["注文日", "注文日時", "受注日", "受注日時", "購入日", "購入日時", "order_date", "order date", "orderdate", "Created at"], ["date"]],
        // The plain names (金額, 合計金額, 売上金額) say nothing about tax: weaker than any name that does.
        OrderField.AmountInclTax => [["金額(税込)", "税込金額", "合計金額(税込)", "購入金額", "amount", "amount_incl_tax", "total"], ["金額", "合計金額", "売上金額"]],
        OrderField.AmountExclTax => [["金額(税抜)", "税抜金額", "合計金額(税抜)", "amount_excl_tax", "Subtotal"]],
        OrderField.Product => [["商品名", "product", "product_name", ShopifyLineItem]],
        OrderField.Category => [["カテゴリ", "カテゴリー", "category"]],
        OrderField.Channel => [["チャネル", "チャネル名", "流入経路", "販路", "媒体", "channel", "Source"]],
        OrderField.Status => [["ステータス", "注文ステータス", "status", "Cancelled at"]],
        OrderField.RefundedAmount => [["Refunded Amount", "返金額"]],
        // Shopify has no subscription column: subscription apps tag the order ("Subscription Recurring Order").
        OrderField.Subscription => [["定期区分", "定期購入区分", "定期フラグ", "受注種別", "注文種別", "購入種別", "subscription", "order_type", "order type"], ["Tags"]],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
