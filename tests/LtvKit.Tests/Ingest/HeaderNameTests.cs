using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class HeaderNameTests
{
    [Theory]
    [InlineData("金額（税込）", "金額(税込)")]
    [InlineData("金額 (税込)", "金額(税込)")]
    [InlineData("ORDER_ID", "order_id")]
    [InlineData("ｏｒｄｅｒ＿ｉｄ", "order_id")]
    [InlineData("\uFEFF注文ID", "注文id")]
    [InlineData("Created at", "createdat")]
    public void Normalize_FoldsCaseWidthAndSpaces(string header, string expected) =>
        Assert.Equal(HeaderName.Normalize(expected), HeaderName.Normalize(header));

    [Fact]
    public void Aliases_EveryDocumentedHeader_IsRecognised()
    {
        string[][] documented =
        [
            ["注文ID", "注文番号", "受注番号", "注文No", "order_id", "order id", "Name"],
            ["顧客ID", "顧客番号", "会員ID", "会員番号", "customer_id", "customer id", "Email"],
            ["注文日", "注文日時", "受注日", "購入日", "order_date", "order date", "Created at"],
            ["金額(税込)", "税込金額", "合計金額(税込)", "購入金額", "amount", "total", "Total"],
            ["金額(税抜)", "税抜金額", "amount_excl_tax", "Subtotal"],
        ];
        OrderField[] fields = [OrderField.OrderId, OrderField.CustomerId, OrderField.OrderDate, OrderField.AmountInclTax, OrderField.AmountExclTax];
        for (var i = 0; i < fields.Length; i++)
        {
            var aliases = HeaderAliases.For(fields[i]).Select(HeaderName.Normalize).ToHashSet();
            foreach (var header in documented[i])
                Assert.Contains(HeaderName.Normalize(header), aliases);
        }
    }

    [Theory]
    [InlineData("customer_id", OrderField.CustomerId)]
    [InlineData("order-id", OrderField.OrderId)]
    [InlineData("amount_incl", OrderField.AmountInclTax)]
    [InlineData("AMOUNT_EXCL", OrderField.AmountExclTax)]
    public void ParseField_MapNames(string name, OrderField field) => Assert.Equal(field, HeaderName.ParseField(name));

    [Fact]
    public void ParseField_Unknown_ListsTheKnownFields()
    {
        var e = Assert.Throws<InputException>(() => HeaderName.ParseField("kunde"));
        Assert.Contains("customer_id", e.Message, StringComparison.Ordinal);
    }
}
