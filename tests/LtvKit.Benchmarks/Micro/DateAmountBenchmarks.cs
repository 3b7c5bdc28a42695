using System.Text;
using BenchmarkDotNet.Attributes;
using LtvKit.Ingest;

namespace LtvKit.Benchmarks.Micro;

/// <summary>Reading one date and one amount cell, as the orders reader does: UTF-8 bytes decoded into a scratch buffer, then parsed.</summary>
[MemoryDiagnoser]
public class DateAmountBenchmarks
{
    private char[] _chars = new char[64];

    [Params("2024/01/05 10:22", "2024-01-05T10:22:33+09:00", "2024年1月5日")]
    public string Date { get; set; } = "";

    [Params("12800", "¥12,800", "-1234.5")]
    public string Amount { get; set; } = "";

    private byte[] _date = [];
    private byte[] _amount = [];

    [GlobalSetup]
    public void Setup()
    {
        _date = Encoding.UTF8.GetBytes(Date);
        _amount = Encoding.UTF8.GetBytes(Amount);
    }

    [Benchmark]
    public DateOnly DateText_FromUtf8()
    {
        return DateText.TryParse(Utf8Field.Decode(_date, ref _chars), out var date, out var reason) ? date : throw new InvalidOperationException(reason);
    }

    [Benchmark]
    public decimal AmountText_FromUtf8()
    {
        return AmountText.TryParse(Utf8Field.Decode(_amount, ref _chars), out var amount, out var reason) ? amount : throw new InvalidOperationException(reason);
    }
}
