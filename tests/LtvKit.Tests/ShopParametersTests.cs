using LtvKit.Ingest;

namespace LtvKit.Tests;

public class ShopParametersTests
{
    private static string ShiftJis(string file) => Path.Combine(TestShop.RepoRoot(), "data-samples", "shift_jis", file);

    [Fact]
    public void LoadOptions_TheNotebookTexts_ReadTheShiftJisSample()
    {
        var options = ShopParameters.LoadOptions(ShiftJis("orders.csv"), ShiftJis("customers.csv"), "shift_jis", "", "2025-06-30");

        var shop = Shop.Load(options);

        Assert.Equal((TextEncoding.ShiftJis, new DateOnly(2025, 6, 30)), (options.Encoding, shop.AsOf));
        Assert.Equal(["Shift_JIS"], shop.Encodings);
        Assert.NotEmpty(shop.Profiles);
        Assert.All(shop.Customers, c => Assert.StartsWith("C", c.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadOptions_EmptyTextsAreTheDefaults_SeveralOrdersFilesAndMapEntriesSplitOnSemicolons()
    {
        var options = ShopParameters.LoadOptions(" a.csv ; b.csv ", "", "", "customer_id=お客様コード; order_date=受注日", "");

        Assert.Equal(["a.csv", "b.csv"], options.OrderFiles);
        Assert.Null(options.CustomerFile);
        Assert.Null(options.AsOf);
        Assert.Equal(TextEncoding.Auto, options.Encoding);
        Assert.Equal("お客様コード", options.Map[OrderField.CustomerId]);
        Assert.Equal("受注日", options.Map[OrderField.OrderDate]);
    }

    [Theory]
    [InlineData("", "", "", "ordersPath: give the orders file")]
    [InlineData("o.csv", "customer_id", "", "columnMap: 'customer_id' is not field=header")]
    [InlineData("o.csv", "", "next week", "asOf: 'next week' is")]
    public void LoadOptions_BadText_NamesTheParameter(string orders, string map, string asOf, string message)
    {
        var error = Assert.Throws<InputException>(() => ShopParameters.LoadOptions(orders, "", "auto", map, asOf));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
