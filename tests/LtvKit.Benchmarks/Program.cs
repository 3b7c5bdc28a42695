using BenchmarkDotNet.Running;
using LtvKit.Benchmarks.EndToEnd;

// e2e [options]     the end-to-end comparison with DuckDB (BENCHMARKS.md)
// duckdb FILE       the DuckDB side of one run, as its own process (started by e2e)
// anything else     BenchmarkDotNet micro-benchmarks, e.g. --filter '*Date*'
return args switch
{
    ["e2e", .. var rest] => EndToEndRun.Run(rest),
    ["duckdb", var file] => DuckDbJob.Run(file),
    _ => RunMicro(args),
};

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(EndToEndRun).Assembly).Run(args);
    return 0;
}
