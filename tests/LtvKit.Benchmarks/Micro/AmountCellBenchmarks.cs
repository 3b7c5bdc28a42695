using System.Text;
using BenchmarkDotNet.Attributes;
using LtvKit.Ingest;

namespace LtvKit.Benchmarks.Micro;

/// <summary>Reading one amount cell as the orders reader does: UTF-8 bytes decoded into a scratch buffer, then parsed by <see cref="AmountText"/>.</summary>
[MemoryDiagnoser]
public class AmountCellBenchmarks
{
    private char[] _chars = new char[64];
    private byte[] _cell = [];

    [Params("12800", "¥12,800", "-1234.5")]
    public string Cell { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _cell = Encoding.UTF8.GetBytes(Cell);

    [Benchmark]
    public bool AmountText_FromUtf8() => AmountText.TryParse(Utf8Field.Decode(_cell, ref _chars), out _, out _);
}
