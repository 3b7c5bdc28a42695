using LtvKit.Exports;

namespace LtvKit.Tests.Exports;

public class CustomerCsvTests
{
    [Fact]
    public void Write_HeaderAndOneRowPerCustomer_FormulaIdsDefused()
    {
        // =cmd: 2 purchase days 2024-01-01 and 2024-01-31 (tenure 30, 1 month), ¥3,000, recency 335 days → よちよち客, churned.
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "1,=cmd,2024-01-01,1000", "2,=cmd,2024-01-31,2000");
        using var writer = new StringWriter();
        CustomerCsv.Write(writer, shop.Segment());
        var lines = writer.ToString().Split("\r\n");
        Assert.Equal(CustomerCsv.Header + ",tenure_months,aov,first_channel,first_product", lines[0]);
        Assert.Equal("'=cmd,2,2,3000,2024-01-01,2024-01-31,30,335,30,Fledgling,Churned,1,1500,Web,商品", lines[1]);
        Assert.Equal("", lines[2]);
    }
}
