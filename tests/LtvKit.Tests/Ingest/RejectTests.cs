using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class RejectTests
{
    [Fact]
    public void ToString_NamesFileLineColumnAndValue()
    {
        Assert.Equal("orders.csv:12,345: 注文日 is '2024-13-01' — not a date",
            new Reject("orders.csv", 12_345, "注文日", "2024-13-01", "not a date").ToString());
        Assert.Equal("orders.csv:3: too few columns", new Reject("orders.csv", 3, "", "", "too few columns").ToString());
    }
}
