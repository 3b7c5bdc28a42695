using System.Text;
using BenchmarkDotNet.Attributes;
using LtvKit.Ingest;

namespace LtvKit.Benchmarks.Micro;

/// <summary>Reading one date cell as the orders reader does: UTF-8 bytes decoded into a scratch buffer, then parsed by <see cref="DateText"/>.</summary>
[MemoryDiagnoser]
public class DateCellBenchmarks
{
    private char[] _chars = new char[64];
    private byte[] _cell = [];

    [Params("2024/01/05 10:22", "2024-01-05T10:22:33+09:00", "2024年1月5日")]
    public string Cell { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _cell = Encoding.UTF8.GetBytes(Cell);

    [Benchmark]
    public bool DateText_FromUtf8() => DateText.TryParse(Utf8Field.Decode(_cell, ref _chars), out _, out _);
}
