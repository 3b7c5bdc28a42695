using System.Text;

namespace LtvKit.Tests.Cli;

public class CustomersCommandTests
{
    [Fact]
    public void Out_WritesTheExactHeaderAsUtf8WithBom_AndNeutralisesFormulas()
    {
        var orders = TestShop.File(TestShop.Csv("A1,\"=HYPERLINK(\"\"x\"\")\",2024-01-01,10000", "A2,C2,2024-01-21,5000", "A3,@SUM(A1),2024-01-22,100"));
        var output = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"), "customers.csv");
        var result = CliRunner.Run("customers", "--orders", orders, "--out", output);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("customer_id,orders,purchase_days,revenue,first_purchase,last_purchase,tenure_days,recency_days,days_to_second,segment,status", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",1,1,10000,2024-01-01,2024-01-01,0,21,,FirstTimer,Active", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("'@SUM(A1),", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public void FailedRun_LeavesNoFileBehind()
    {
        var output = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"), "customers.csv");
        var result = CliRunner.Run("customers", "--orders", "/nonexistent.csv", "--out", output);
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(output));
    }
}
