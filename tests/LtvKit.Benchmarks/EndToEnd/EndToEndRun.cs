using System.Globalization;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>
/// <c>e2e</c>: times <c>ltvkit metrics --format json</c> and the same job in DuckDB on the same orders file, as whole
/// processes, alternating the two, and prints the medians and the ratio ltvkit ÷ DuckDB.
/// </summary>
/// <remarks>
/// Options: <c>--lines 10000000,1000000</c> (the sizes, about that many order lines each), <c>--rounds 5</c> (timed
/// pairs per size, after one untimed pair that warms the file cache and checks both agree; 0 only makes the files), <c>--work DIR</c> (where the
/// generated files are cached; default: the temp folder). The ratio is the median of the per-round ratios: on a busy
/// machine the two runs of one round share its load, so their ratio is steadier than the ratio of the medians.
/// <c>--baseline OTHER/LtvKit.Cli.dll</c> times another build of ltvkit in every round too (an earlier commit), and
/// prints ltvkit ÷ baseline the same way: what a change costs, measured side by side. <c>--file foreign</c> runs on
/// <see cref="ForeignFile"/>'s file (another cart's layout, not made by <c>ltvkit sample</c>) instead of the sample shop's.
/// <c>--engine duckdb</c> runs ltvkit with <c>--engine duckdb</c> (out of core: issue 16's 100M-line run), the baseline
/// too when one is given; <c>--engine memory</c> (the default) with its own engine.
/// </remarks>
internal static class EndToEndRun
{
    public static int Run(string[] args)
    {
        var sizes = new List<long> { 10_000_000, 1_000_000 };
        var rounds = 5;
        var work = Path.Combine(Path.GetTempPath(), "ltvkit-bench");
        string? baseline = null;
        var foreign = false;
        var engine = "memory";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--lines": sizes = args[i + 1].Split(',').Select(s => long.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList(); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                case "--baseline": baseline = Path.GetFullPath(args[i + 1]); break;
                case "--file" when args[i + 1] is "foreign" or "sample": foreign = args[i + 1] == "foreign"; break;
                case "--engine" when args[i + 1] is "memory" or "duckdb": engine = args[i + 1]; break;
                default: Console.Error.WriteLine($"e2e: unknown option {args[i]} (--lines, --rounds, --work, --baseline, --file sample|foreign, --engine memory|duckdb)"); return 2;
            }
        }
        var cli = Path.Combine(AppContext.BaseDirectory, "LtvKit.Cli.dll");
        var self = Path.Combine(AppContext.BaseDirectory, "LtvKit.Benchmarks.dll");
        Console.WriteLine(Machine.Describe());
        Console.WriteLine($"ltvkit engine: {engine}");
        string[] engineArgs = engine == "memory" ? [] : ["--engine", engine];
        var results = new List<SizeResult>();
        foreach (var size in sizes)
        {
            var orders = foreign ? ForeignFile.Ensure(work, size) : SampleFiles.Ensure(work, size, cli);
            var lines = SampleFiles.CountLines(orders);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{orders}: {lines:N0} order lines"));
            if (rounds == 0)
                continue;
            TimedProcess Ltv() => TimedProcess.Run("ltvkit", "dotnet", [cli, "metrics", "--orders", orders, "--format", "json", .. engineArgs]);
            TimedProcess Duck() => foreign
                ? TimedProcess.Run("duckdb", "dotnet", self, "duckdb", orders, "--foreign")
                : TimedProcess.Run("duckdb", "dotnet", self, "duckdb", orders);
            TimedProcess Base() => TimedProcess.Run("baseline", "dotnet", [baseline!, "metrics", "--orders", orders, "--format", "json", .. engineArgs]);
            Check(Ltv(), Duck());
            if (baseline is not null)
                Check(Base(), Duck());
            var ltvkit = new List<TimedProcess>();
            var duckdb = new List<TimedProcess>();
            var before = new List<TimedProcess>();
            for (var round = 0; round < rounds; round++)
            {
                // Rotate who goes first, so that none always gets the warmer cache or the quieter moment.
                var jobs = new List<Func<TimedProcess>> { Ltv, Duck };
                if (baseline is not null)
                    jobs.Add(Base);
                var runs = Enumerable.Range(0, jobs.Count).Select(k => jobs[(k + round) % jobs.Count]()).ToList();
                var l = runs.Single(p => p.Name == "ltvkit");
                var d = runs.Single(p => p.Name == "duckdb");
                Check(l, d);
                ltvkit.Add(l);
                duckdb.Add(d);
                var line = $"  round {round + 1}: ltvkit {Seconds(l.Wall)} {Mb(l.PeakRssBytes)}, DuckDB {Seconds(d.Wall)} {Mb(d.PeakRssBytes)}, ratio {l.Wall / d.Wall:0.00}";
                if (runs.SingleOrDefault(p => p.Name == "baseline") is { } b)
                {
                    Check(b, d);
                    before.Add(b);
                    line += $"; baseline {Seconds(b.Wall)} {Mb(b.PeakRssBytes)}, ltvkit ÷ baseline {l.Wall / b.Wall:0.00}";
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));
            }
            results.Add(new SizeResult(lines, ltvkit, duckdb, before));
        }
        if (results.Count == 0)
            return 0;
        Console.WriteLine();
        Console.WriteLine("| order lines | ltvkit wall (median) | ltvkit peak RSS (max) | DuckDB wall (median) | DuckDB peak RSS (max) | ltvkit ÷ DuckDB (median of pairs) | ltvkit µs per line |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Lines:N0} | {Seconds(r.LtvKitWall)} | {Mb(r.LtvKit.Max(p => p.PeakRssBytes))} | {Seconds(Median(r.DuckDb.Select(p => p.Wall)))} | {Mb(r.DuckDb.Max(p => p.PeakRssBytes))} | {r.Ratio:0.00} | {r.MicrosecondsPerLine:0.00} |"));
        }
        if (baseline is not null)
        {
            Console.WriteLine($"\nbaseline: {baseline}");
            Console.WriteLine("| order lines | baseline wall (median) | baseline peak RSS (max) | ltvkit wall (median) | ltvkit ÷ baseline (median of rounds) |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Lines:N0} | {Seconds(Median(r.Baseline.Select(p => p.Wall)))} | {Mb(r.Baseline.Max(p => p.PeakRssBytes))} | {Seconds(r.LtvKitWall)} | {Median(r.LtvKit.Zip(r.Baseline, (l, b) => l.Wall / b.Wall)):0.00} |"));
            }
        }
        if (results.Count > 1)
        {
            var largest = results.MaxBy(r => r.Lines)!;
            var smallest = results.MinBy(r => r.Lines)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\ntime per line at {largest.Lines:N0} ÷ at {smallest.Lines:N0} lines: {largest.MicrosecondsPerLine / smallest.MicrosecondsPerLine:0.00}"));
        }
        return 0;
    }

    private static void Check(TimedProcess ltvkit, TimedProcess duckdb)
    {
        var mine = SegmentCounts.FromLtvKit(ltvkit.Stdout);
        var theirs = SegmentCounts.FromDuckDb(duckdb.Stdout);
        if (mine.Difference(theirs) is { } difference)
            throw new InvalidOperationException("ltvkit and DuckDB disagree: " + difference);
    }

    private sealed record SizeResult(long Lines, List<TimedProcess> LtvKit, List<TimedProcess> DuckDb, List<TimedProcess> Baseline)
    {
        public TimeSpan LtvKitWall => Median(LtvKit.Select(p => p.Wall));

        public double Ratio => Median(LtvKit.Zip(DuckDb, (l, d) => l.Wall / d.Wall));

        public double MicrosecondsPerLine => LtvKitWall.TotalMicroseconds / Lines;
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromTicks((long)Median(values.Select(v => (double)v.Ticks)));

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.00} s");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:N0} MB");
}
