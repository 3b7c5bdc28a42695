using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class LastCellTests
{
    [Fact]
    public void TryGet_SameBytes_GivesTheRememberedValue_OtherBytesDoNot()
    {
        var last = new LastCell<DateOnly>();
        Assert.False(last.TryGet([], out _));
        last.Remember("2024/01/05 10:22"u8, new DateOnly(2024, 1, 5));
        Assert.True(last.TryGet("2024/01/05 10:22"u8, out var date));
        Assert.Equal(new DateOnly(2024, 1, 5), date);
        Assert.False(last.TryGet("2024/01/05 10:23"u8, out _));
        Assert.False(last.TryGet("2024/01/05 10:2"u8, out _));
    }

    [Fact]
    public void Remember_TooLongACell_IsNotRemembered()
    {
        var last = new LastCell<int>();
        last.Remember("1"u8, 1);
        var tooLong = Encoding.UTF8.GetBytes(new string('9', 65));
        last.Remember(tooLong, 9);
        Assert.False(last.TryGet(tooLong, out _));
        Assert.True(last.TryGet("1"u8, out var one));
        Assert.Equal(1, one);
    }

    [Fact]
    public void Load_RowsRepeatingADate_AndABadDateAfterAGoodOne_ReadAsWritten()
    {
        var shop = TestShop.Orders(null, "A1,C1,2024/01/05 10:22,1000", "A2,C2,2024/01/05 10:22,500", "A3,C3,2024/13/05 10:22,500", "A4,C3,2024/01/05 10:22,700");
        Assert.Equal(1, shop.Input.RowsRejected);
        Assert.All(shop.Customers, c => Assert.Equal(new DateOnly(2024, 1, 5), c.FirstPurchase));
    }
}
