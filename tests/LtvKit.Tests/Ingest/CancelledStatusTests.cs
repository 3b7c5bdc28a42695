using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class CancelledStatusTests
{
    [Theory]
    [InlineData("キャンセル", true)]
    [InlineData("ｷｬﾝｾﾙ", true)] // half-width katakana from older systems
    [InlineData("ｷｬﾝｾﾙ済", true)]
    [InlineData("取り消し", true)]
    [InlineData("ＣＡＮＣＥＬＬＥＤ", true)] // full-width letters
    [InlineData("canceled", true)]
    [InlineData(" 発送済 ", false)]
    [InlineData("ｷｬﾝﾍﾟｰﾝ", false)]
    [InlineData("", false)]
    public void IsCancelled_ComparesAfterWidthFolding(string status, bool cancelled) =>
        Assert.Equal(cancelled, CancelledStatus.IsCancelled(status, anyValueCancels: false));

    [Fact]
    public void HalfWidthStatus_CancelsTheOrderInALoad()
    {
        var shop = TestShop.Orders(null, "A1,C1,2024-01-05,1000", "A2,C1,2024-02-05,9000,ｷｬﾝｾﾙ");
        Assert.Equal(1, shop.Input.OrdersCancelled);
        Assert.Equal(1000m, shop.Customers.Single().Revenue);
    }
}
