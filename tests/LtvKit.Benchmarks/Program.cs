using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LtvKit.Benchmarks.EndToEnd;

// e2e [options]     the end-to-end comparison with DuckDB (BENCHMARKS.md)
// report [options]  ltvkit report on a sample shop of about a million customers (BENCHMARKS.md)
// duckdb FILE [--foreign]   the DuckDB side of one run, as its own process (started by e2e)
// anything else     BenchmarkDotNet micro-benchmarks, e.g. --filter '*Date*'
return args switch
{
    ["e2e", .. var rest] => EndToEndRun.Run(rest),
    ["report", .. var rest] => ReportRun.Run(rest),
    ["duckdb", var file] => DuckDbJob.Run(file),
    ["duckdb", var file, "--foreign"] => DuckDbJob.Run(file, foreign: true),
    _ => RunMicro(args),
};

static int RunMicro(string[] args)
{
    // In process: the benchmarks need nothing a separate process would give them, and a generated benchmark
    // project would restore and build the solution's packages again on every run.
    var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
    BenchmarkSwitcher.FromAssembly(typeof(EndToEndRun).Assembly).Run(args, config);
    return 0;
}
