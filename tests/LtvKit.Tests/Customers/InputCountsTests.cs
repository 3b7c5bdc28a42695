using LtvKit.Customers;

namespace LtvKit.Tests.Customers;

public class InputCountsTests
{
    [Fact]
    public void Reconciles_EveryRowInExactlyOneBucket()
    {
        // 10 read = 6 used + 1 rejected + 2 cancelled + 1 after the as-of date.
        Assert.True(new InputCounts(10, 6, 1, 2, 1, 1).Reconciles);
        Assert.False(new InputCounts(10, 6, 1, 2, 0, 1).Reconciles);
    }

    [Fact]
    public void Load_CountsEachBucket()
    {
        // 4 rows: one used, one rejected (no date), one cancelled, one after the as-of date.
        var shop = TestShop.Orders(new DateOnly(2024, 6, 30), "1,a,2024-06-01,1000", "2,a,,1000", "3,b,2024-06-02,1000,キャンセル", "4,a,2024-07-01,1000");
        var input = shop.Input;
        Assert.Equal((4L, 1L, 1L, 1L, 1L, 1L), (input.RowsRead, input.RowsUsed, input.RowsRejected, input.RowsCancelled, input.RowsAfterAsOf, input.OrdersCancelled));
        Assert.True(input.Reconciles);
    }
}
