using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class ShopifyOrderRowTests
{
    private const string Header = "Name,Email,Total,Created at,Lineitem name,Cancelled at";

    private static Shop Load(params string[] rows) => TestShop.Load(string.Join('\n', [Header, .. rows]) + "\n");

    [Fact]
    public void LaterRowsWithBlankEmailAndDate_AreUsedRowsOfTheirOrder()
    {
        var filled = Load(
            "#1001,hanako@example.jp,4900,2024-01-05 10:22:33 +0900,美容液,",
            "#1001,hanako@example.jp,,2024-01-05 10:22:33 +0900,化粧水,",
            "#1002,taro@example.jp,3300,2024-02-01 09:00:00 +0900,美容液,",
            "#1002,taro@example.jp,,2024-02-01 09:00:00 +0900,おまけ,");
        var blank = Load(
            "#1001,hanako@example.jp,4900,2024-01-05 10:22:33 +0900,美容液,",
            "#1001,,,,化粧水,",
            "#1002,taro@example.jp,3300,2024-02-01 09:00:00 +0900,美容液,",
            "#1002,,,2024-02-01 09:00:00 +0900,おまけ,");

        Assert.Equal(4, blank.Input.RowsUsed);
        Assert.Equal(0, blank.Input.RowsRejected);
        Assert.True(blank.Input.Reconciles);
        Assert.Equal(filled.Customers.Select(c => (c.Id, c.Purchases, c.Revenue, c.FirstPurchase)), blank.Customers.Select(c => (c.Id, c.Purchases, c.Revenue, c.FirstPurchase)));
    }

    [Fact]
    public void BlankEmail_OnTheFirstRowOfAnOrder_IsStillRejected()
    {
        var shop = Load(
            "#1001,hanako@example.jp,4900,2024-01-05,美容液,",
            "#1002,,3300,2024-02-01,美容液,",
            "#1002,,,2024-02-01,おまけ,");

        Assert.Equal(2, shop.Input.RowsRejected);
        Assert.Equal(["hanako@example.jp"], shop.Customers.Select(c => c.Id));
    }

    private const string Export = """
        Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Cancelled at,Refunded Amount,Source
        #1001,hanako@example.jp,paid,2024-01-05 10:22:33 +0900,fulfilled,JPY,4000,500,400,4900,,0,2024-01-05 10:22:33 +0900,1,美容液,3000,,0,web
        #1001,hanako@example.jp,,,,,,,,,,,2024-01-05 10:22:33 +0900,1,化粧水,1000,,,web
        #1002,taro@example.jp,refunded,2024-02-01 09:00:00 +0900,fulfilled,JPY,3000,0,300,3300,,0,2024-02-01 09:00:00 +0900,1,美容液,3000,,1000,instagram
        #1003,hanako@example.jp,voided,,unfulfilled,JPY,2000,0,200,2200,,0,2024-03-01 12:00:00 +0900,1,化粧水,2000,2024-03-01 13:00:00 +0900,0,web
        #1003,hanako@example.jp,,,,,,,,,,,2024-03-01 12:00:00 +0900,1,おまけ,0,,,web
        #1004,hanako@example.jp,paid,2024-03-10 08:00:00 +0900,fulfilled,JPY,1000,0,100,1100,,0,2024-03-10 08:00:00 +0900,1,化粧水,1000,,0,web
        """;

    [Fact]
    public void Load_FirstRowWithoutTotal_IsRejectedAfterTheUnreadableRows()
    {
        // Order ids are looked up on the second thread: its rejects come after the reader's, each group in line order.
        var header = Export.Split('\n')[0];
        var csv = header + "\n"
            + "#1,a@example.jp,paid,,fulfilled,JPY,1000,0,0,1000,,0,2024-01-05 10:00:00 +0900,1,x,1000,,0,web\n"
            + "#X,x@example.jp,,,,,,,,,,,2024-01-05 10:00:00 +0900,1,x,1000,,,web\n"
            + "#2,b@example.jp,paid,,fulfilled,JPY,1000,0,0,1000,,0,2024-13-05 10:00:00 +0900,1,x,1000,,0,web\n"
            + "#Y,y@example.jp,,,,,,,,,,,2024-01-06 10:00:00 +0900,1,x,1000,,,web\n";
        var shop = TestShop.Load(csv, new LoadOptions { Preset = Preset.Shopify, MaxRejectedShare = 1 });
        Assert.Equal([4L, 3L, 5L], shop.RejectSamples.Select(r => r.Line));
        Assert.Equal(["Created at", "Total", "Total"], shop.RejectSamples.Select(r => r.Column));
        Assert.True(shop.Input.Reconciles);
    }

    [Fact]
    public void Load_RejectedFirstRowInOneBatch_DoesNotDropTheRowAtItsPlaceInLaterBatches()
    {
        // The batches of lines are used again and again: a row rejected at place 5 of the first must not mark the
        // row at place 5 of every later one.
        var header = Export.Split('\n')[0];
        var rows = Enumerable.Range(0, 10 * 16_384).Select(i => i == 5
            ? "#X,x@example.jp,,,,,,,,,,,2024-01-05 10:00:00 +0900,1,x,1000,,,web"
            : $"#{i},c{i % 1000}@example.jp,paid,,fulfilled,JPY,1000,0,0,1000,,0,2024-01-05 10:00:00 +0900,1,x,1000,,0,web");
        var shop = TestShop.Load(header + "\n" + string.Join("\n", rows) + "\n", new LoadOptions { Preset = Preset.Shopify, MaxRejectedShare = 1 });
        Assert.Equal(1, shop.Input.RowsRejected);
        Assert.Equal(10 * 16_384 - 1, shop.Input.RowsUsed);
        Assert.True(shop.Input.Reconciles);
    }

    [Fact]
    public void Load_ShopifyExport_OrderLevelFieldsFromTheFirstRow()
    {
        var shop = TestShop.Load(Export, new LoadOptions { Preset = Preset.Shopify });
        var hanako = shop.Customers.Single(c => c.Id == "hanako@example.jp");
        var taro = shop.Customers.Single(c => c.Id == "taro@example.jp");
        Assert.Equal(4900m + 1100m, hanako.Revenue);
        Assert.Equal(2, hanako.Purchases);
        Assert.Equal(3300m - 1000m, taro.Revenue);
        Assert.Equal("web", hanako.FirstChannel);
        Assert.Equal(2, shop.Input.RowsCancelled);
        Assert.Equal(1, shop.Input.OrdersCancelled);
        Assert.Equal(4, shop.Input.RowsUsed);
        Assert.Equal(0, shop.Input.RowsRejected);
        Assert.True(shop.Input.Reconciles);
    }

    [Fact]
    public void Load_ShopifyHeaders_AreDetectedWithoutThePreset()
    {
        var shop = TestShop.Load(Export);
        Assert.Equal(Preset.Shopify, shop.Preset);
        Assert.Equal(8300m, shop.Customers.Sum(c => c.Revenue));
    }

    [Fact]
    public void Load_ShopifyTaxExcluded_UsesSubtotal()
    {
        var shop = TestShop.Load(Export, new LoadOptions { Amount = AmountBasis.Excl });
        Assert.Equal(4000m + 1000m, shop.Customers.Single(c => c.Id == "hanako@example.jp").Revenue);
    }
}
