using System.Globalization;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>The machine a benchmark ran on, for BENCHMARKS.md: cores, memory, CPU model, load.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
        return string.Create(CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {memory} memory, {cpu}; load average {string.Join(' ', load)}; .NET {Environment.Version}");
    }
}
