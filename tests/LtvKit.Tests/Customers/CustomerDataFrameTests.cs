using LtvKit.Customers;

namespace LtvKit.Tests.Customers;

public class CustomerDataFrameTests
{
    private static readonly Shop Shop = TestShop.Orders(new DateOnly(2024, 3, 31),
        "A1,C1,2024-01-01,10000", "A2,C1,2024-02-01,5000", "B1,C2,2024-03-01,3000");

    [Fact]
    public void ToDataFrame_OneRowPerCustomer_WithTheTableColumns()
    {
        var frame = Shop.Customers.ToDataFrame();
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("C1", frame["customer_id"][0]);
        Assert.Equal(15000m, frame["revenue"][0]);
        Assert.Equal(31, frame["days_to_second"][0]);
        Assert.Null(frame["days_to_second"][1]);
    }
}
