using System.Globalization;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>Orders files made by <c>ltvkit sample</c>, cached in a work folder outside the repo.</summary>
internal static class SampleFiles
{
    /// <summary>The sample shop writes about 2.56 order lines per customer (DESIGN.md: 4,000,000 customers ≈ 10M lines).</summary>
    private const double LinesPerCustomer = 2.5;

    /// <summary>The orders file of about <paramref name="lines"/> lines, made once and reused by later runs.</summary>
    public static string Ensure(string workFolder, long lines, string cli) =>
        EnsureCustomers(workFolder, (long)Math.Round(lines / LinesPerCustomer), cli);

    /// <summary>The orders file of a sample shop of <paramref name="customers"/> customers, made once and reused by later runs.</summary>
    public static string EnsureCustomers(string workFolder, long customers, string cli)
    {
        var folder = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"customers-{customers}"));
        var orders = Path.Combine(folder, "orders.csv");
        var done = Path.Combine(folder, "done");
        if (File.Exists(done))
            return orders;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generating {orders} ({customers:N0} customers, seed 42)…"));
        var run = TimedProcess.Run("ltvkit sample", "dotnet", cli, "sample", "--customers",
            customers.ToString(CultureInfo.InvariantCulture), "--seed", "42", "--out", folder);
        Console.Write(run.Stdout);
        File.WriteAllText(done, "");
        return orders;
    }

    /// <summary>Order lines of the file (its lines less the header; the sample shop has no line breaks inside values).</summary>
    public static long CountLines(string orders)
    {
        long lines = 0;
        var buffer = new byte[1 << 20];
        using var stream = File.OpenRead(orders);
        int read;
        while ((read = stream.Read(buffer)) > 0)
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines - 1;
    }
}
