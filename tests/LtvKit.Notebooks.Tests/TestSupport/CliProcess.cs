using System.Diagnostics;
using Xunit.Abstractions;

namespace LtvKit.Notebooks.Tests.TestSupport;

/// <summary>The built CLI (<c>LtvKit.Cli.dll</c> beside the tests) in a process of its own, its exit code and stderr.</summary>
internal static class CliProcess
{
    public static async Task<(int ExitCode, string Stderr)> RunAsync(ITestOutputHelper output, TimeSpan limit, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "LtvKit.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(limit);
        output.WriteLine($"ltvkit {string.Join(' ', arguments)} → exit {process.ExitCode} in {watch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(await stderr);
        output.WriteLine(await stdout);
        return (process.ExitCode, await stderr);
    }

    /// <summary>The repository's root (the folder with Notebooks.sln), found upwards from the test binaries.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repo root not found");
    }
}
