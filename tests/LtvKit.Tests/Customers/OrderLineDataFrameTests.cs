using LtvKit.Customers;
using LtvKit.Ingest;
using Microsoft.Data.Analysis;

namespace LtvKit.Tests.Customers;

public class OrderLineDataFrameTests
{
    [Fact]
    public void Read_TheShiftJisSample_EveryUsableLineAsRead_NoRuleApplied()
    {
        var folder = Path.Combine(TestShop.RepoRoot(), "data-samples", "shift_jis");
        var options = new LoadOptions { OrderFiles = [Path.Combine(folder, "orders.csv")], Encoding = TextEncoding.ShiftJis };
        var input = Shop.Load(options).Input;

        var lines = OrderLineDataFrame.Read(options);

        Assert.Equal(["order_id", "customer_id", "date", "day", "amount", "cancelled", "product", "channel", "refund"], lines.Columns.Select(c => c.Name));
        Assert.Equal(input.RowsRead - input.RowsRejected, lines.Rows.Count);
        Assert.Equal(input.RowsCancelled, lines.Filter(lines["cancelled"].ElementwiseEquals(true)).Rows.Count);
        var first = lines.Rows[0];
        Assert.StartsWith("C", (string)first["customer_id"], StringComparison.Ordinal);
        Assert.Equal(DateOnly.FromDateTime((DateTime)first["date"]).DayNumber, (int)first["day"]);
        Assert.Contains(lines["channel"].Cast<string>(), c => c.Any(ch => ch > '\u3000'));
    }

    [Fact]
    public void Read_NoOrderIdColumn_EachRowIsItsOwnOrder()
    {
        var path = TestShop.File("customer_id,order_date,amount\nA,2025-01-01,100\nA,2025-01-01,200\n");

        var lines = OrderLineDataFrame.Read(new LoadOptions { OrderFiles = [path] });

        Assert.Equal(2, lines["order_id"].Cast<string>().Distinct().Count());
        Assert.Equal(300m, (decimal)lines["amount"].Sum());
    }
}
