using System.Globalization;
using System.Text.RegularExpressions;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>
/// <c>report</c>: times <c>ltvkit report</c> as a whole process on a sample shop of about a million customers, the
/// issue's "report for 1,000,000 customers", and prints each round and the median.
/// </summary>
/// <remarks>
/// Options: <c>--customers 1020000</c> (customers of the sample shop's master; about 98% of them buy, so the default
/// gives just over a million customers in the report), <c>--rounds 5</c>, <c>--work DIR</c> (where the generated files
/// are cached, shared with <c>e2e</c>). One untimed run first warms the file cache.
/// </remarks>
internal static partial class ReportRun
{
    public static int Run(string[] args)
    {
        var customers = 1_020_000L;
        var rounds = 5;
        var work = Path.Combine(Path.GetTempPath(), "ltvkit-bench");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--customers": customers = long.Parse(args[i + 1].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                default: Console.Error.WriteLine($"report: unknown option {args[i]} (--customers, --rounds, --work)"); return 2;
            }
        }
        var cli = Path.Combine(AppContext.BaseDirectory, "LtvKit.Cli.dll");
        Console.WriteLine(Machine.Describe());
        var orders = SampleFiles.EnsureCustomers(work, customers, cli);
        var html = Path.Combine(Path.GetDirectoryName(orders)!, "report.html");
        TimedProcess Report() => TimedProcess.Run("ltvkit report", "dotnet", cli, "report", "--orders", orders, "--out", html);
        var warm = Report();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n{orders}: {SampleFiles.CountLines(orders):N0} order lines, {CustomersIn(warm):N0} customers in the report, {new FileInfo(html).Length / 1e6:0.0} MB of HTML"));
        var runs = new List<TimedProcess>();
        for (var round = 0; round < rounds; round++)
        {
            var run = Report();
            runs.Add(run);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: {run.Wall.TotalSeconds:0.00} s, {run.PeakRssBytes / 1e6:N0} MB"));
        }
        var seconds = runs.Select(r => r.Wall.TotalSeconds).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nltvkit report: median {EndToEndRun.Median(seconds):0.00} s (min {seconds.Min():0.00} s, max {seconds.Max():0.00} s), peak RSS {runs.Max(r => r.PeakRssBytes) / 1e6:N0} MB over {rounds} rounds"));
        return 0;
    }

    /// <summary>The customer count of "Wrote … (4.9 MB, 980,689 customers)." on the report's standard error.</summary>
    private static long CustomersIn(TimedProcess run) =>
        WroteLine().Match(run.Stderr) is { Success: true } m
            ? long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("ltvkit report did not say how many customers it wrote: " + run.Stderr);

    [GeneratedRegex(@"([\d,]+) customers\)")]
    private static partial Regex WroteLine();
}
