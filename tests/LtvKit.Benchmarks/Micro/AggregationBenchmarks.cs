using BenchmarkDotNet.Attributes;
using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Internals;

namespace LtvKit.Benchmarks.Micro;

/// <summary>
/// The stages after parsing, on the sample shop's ~100,000 lines: rows into the order book (ids interned, state per
/// order), the book closed into the order history (buckets, as-of date, orders grouped per customer), the customer
/// table built from it, and every KPI computed from the table.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private LoadOptions _options = LoadOptions.Default;
    private Shop? _shop;

    [GlobalSetup]
    public void Setup()
    {
        _options = new LoadOptions { OrderFiles = [SampleData.OrdersPath] };
        _shop = Shop.Load(_options);
    }

    [Benchmark]
    public long ReadRowsOnly()
    {
        using var rejects = new RejectLog(null);
        using var reader = new OrderReader(_options, rejects);
        long rows = 0;
        reader.ReadInto((in OrderLine _) => rows++);
        return rows;
    }

    [Benchmark]
    public int ReadIntoOrderBookAndClose()
    {
        using var rejects = new RejectLog(null);
        using var reader = new OrderReader(_options, rejects);
        using var book = new OrderBook(reader.Preset, rejects);
        reader.ReadInto(book.Add);
        return book.Close(reader.RowsRead, null, ZeroOrders.NotPurchase).CustomerIds.Count;
    }

    [Benchmark]
    public int CustomerTableBuild() => CustomerTable.Build(_shop!.Customers.History).Count;

    [Benchmark]
    public long Kpis() => _shop!.Kpis().Customers;
}
