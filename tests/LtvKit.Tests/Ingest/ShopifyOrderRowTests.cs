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
}
