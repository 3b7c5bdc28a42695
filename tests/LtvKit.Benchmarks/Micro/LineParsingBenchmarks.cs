using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using LtvKit.Ingest;
using LtvKit.Internals;

namespace LtvKit.Benchmarks.Micro;

/// <summary>Splitting the orders file into fields: the kit's reader over UTF-8 bytes against CsvHelper over decoded text (the kit's former reader).</summary>
[MemoryDiagnoser]
public class LineParsingBenchmarks
{
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = SampleData.OrdersBytes;

    [Benchmark(Baseline = true)]
    public long CsvHelperParser()
    {
        using var text = new StreamReader(new MemoryStream(_bytes), new UTF8Encoding(false, true));
        using var csv = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180, IgnoreBlankLines = true });
        long length = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.Count; i++)
                length += csv[i].Length;
        }
        return length;
    }

    [Benchmark]
    public long CsvRecordReader()
    {
        var reader = new CsvRecordReader(new MemoryStream(_bytes), checkUtf8: true);
        long length = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.Count; i++)
                length += reader[i].Length;
        }
        return length;
    }
}
