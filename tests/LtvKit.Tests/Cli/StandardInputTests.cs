using System.Diagnostics;
using System.Text;

namespace LtvKit.Tests.Cli;

/// <summary>Issue #12 item 5: <c>--orders -</c>, a pipe, a FIFO and <c>/dev/stdin</c> read like a file, and messages name <c>&lt;stdin&gt;</c>.</summary>
public class StandardInputTests
{
    private static string Sample(params string[] parts) => Path.Combine([TestShop.RepoRoot(), "data-samples", .. parts]);

    private static string MetricsOfTheFile(string path)
    {
        var result = CliRunner.Run("metrics", "--orders", path, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout;
    }

    [Fact]
    public void Metrics_OrdersFromAPipe_SameAsFromTheFile()
    {
        var result = CliRunner.RunPiped(File.ReadAllBytes(Sample("orders.csv")), "metrics", "--orders", "-", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(MetricsOfTheFile(Sample("orders.csv")), result.Stdout);
    }

    [Fact]
    public void Metrics_StandardInputRedirectedFromAFile_SameAsTheFile()
    {
        var result = CliRunner.RunWithStdinFrom(Sample("orders.csv"), "metrics", "--orders", "-", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(MetricsOfTheFile(Sample("orders.csv")), result.Stdout);
    }

    [Fact]
    public void Metrics_DevStdinAsAPipe_Reads()
    {
        var result = CliRunner.RunPiped(File.ReadAllBytes(Sample("orders.csv")), "metrics", "--orders", "/dev/stdin", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(MetricsOfTheFile(Sample("orders.csv")), result.Stdout);
    }

    [Fact]
    public void Metrics_ShiftJisThroughAPipe_IsDetected()
    {
        var result = CliRunner.RunPiped(File.ReadAllBytes(Sample("shift_jis", "orders.csv")), "metrics", "--orders", "-", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(MetricsOfTheFile(Sample("shift_jis", "orders.csv")), result.Stdout);
    }

    [Fact]
    public void Metrics_OrdersFromAFifo_SameAsFromTheFile()
    {
        var fifo = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N") + ".fifo");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        // Opening a FIFO for writing waits for its reader: the command, started below.
        var writer = new Thread(() => File.WriteAllBytes(fifo, File.ReadAllBytes(Sample("orders.csv"))));
        writer.Start();

        var result = CliRunner.Run("metrics", "--orders", fifo, "--format", "json");

        Assert.True(writer.Join(TimeSpan.FromMinutes(1)));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(MetricsOfTheFile(Sample("orders.csv")), result.Stdout);
        File.Delete(fifo);
    }

    [Fact]
    public void Metrics_BadRowOnStandardInput_NamesStdinAndTheLine()
    {
        var csv = TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-13-01,500");

        var result = CliRunner.RunPiped(Encoding.UTF8.GetBytes(csv), "metrics", "--orders", "-", "--strict");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: 注文日 is '2024-13-01' — no such calendar date", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_UndecodableBytesOnStandardInput_NameStdinAndTheLine()
    {
        // Line 1 header, line 2 a good row, line 3 a byte 0xFF, which is never UTF-8.
        byte[] csv = [.. Encoding.UTF8.GetBytes(TestShop.Csv("A1,C1,2024-01-05,1000")), .. "A2,C2,2024-01-06,"u8, 0xFF, .. "500,Web,\n"u8];

        var result = CliRunner.RunPiped(csv, "metrics", "--orders", "-", "--encoding", "utf-8");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<stdin>:3: bytes that are not valid UTF-8", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_CustomerMasterFromStandardInput_Reads()
    {
        var result = CliRunner.RunPiped(File.ReadAllBytes(Sample("customers.csv")), "metrics", "--orders", Sample("orders.csv"), "--customers", "-");

        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Theory]
    [InlineData("--customers")]
    [InlineData("--orders")]
    public void Metrics_StandardInputForTwoInputs_IsRefused(string second)
    {
        var result = CliRunner.RunPiped(File.ReadAllBytes(Sample("orders.csv")), "metrics", "--orders", "-", second, "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"standard input (-) is given 2 times (--orders -, {second} -), but it can be read only once", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
