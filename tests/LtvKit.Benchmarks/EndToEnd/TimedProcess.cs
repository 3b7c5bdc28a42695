using System.Diagnostics;
using System.Globalization;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>One run of a command as a whole process: wall time, peak resident memory, standard output and error.</summary>
/// <param name="PeakRssBytes">The process's high-water mark of resident memory (VmHWM of /proc/PID/status).</param>
internal sealed record TimedProcess(string Name, TimeSpan Wall, long PeakRssBytes, string Stdout, string Stderr)
{
    /// <summary>How often VmHWM is read. It only grows, so the last reading before exit is the peak of all but the last few ms.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);

    public static TimedProcess Run(string name, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var statusFile = $"/proc/{process.Id}/status";
        long peak = 0;
        while (!process.WaitForExit(PollEvery))
            peak = Math.Max(peak, HighWaterMark(statusFile));
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{name} failed with exit code {process.ExitCode}: {stderr.Result}");
        return new TimedProcess(name, clock.Elapsed, peak, stdout.Result, stderr.Result);
    }

    /// <summary>VmHWM in bytes, or 0 once the process is gone.</summary>
    private static long HighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
