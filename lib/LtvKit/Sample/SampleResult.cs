using System.Globalization;

namespace LtvKit.Sample;

/// <summary>What the generator wrote: the files and how many rows of each kind they hold.</summary>
/// <remarks>
/// The edge-case counts let a test (or a curious reader) check that the file exercises the
/// ingest rules of DATA.md and METRICS.md §1 — multi-line orders, cancellations, returns,
/// ¥0 orders and two orders on the same day — without re-reading the CSV.
/// </remarks>
public sealed record SampleResult
{
    /// <summary>Path of <c>orders.csv</c>, or empty when the orders went to a stream.</summary>
    public string OrdersPath { get; init; } = "";

    /// <summary>Path of <c>customers.csv</c>, or empty when it was not written.</summary>
    public string CustomersPath { get; init; } = "";

    /// <summary>Rows of the customer master.</summary>
    public int Customers { get; init; }

    /// <summary>Distinct order ids in <c>orders.csv</c>, returns and cancelled orders included.</summary>
    public long Orders { get; init; }

    /// <summary>Data rows of <c>orders.csv</c> (header not counted).</summary>
    public long Lines { get; init; }

    /// <summary>Orders with 2 or 3 lines under one order id.</summary>
    public long MultiLineOrders { get; init; }

    /// <summary>Orders whose every line has the status キャンセル.</summary>
    public long CancelledOrders { get; init; }

    /// <summary>Return orders: their own order id, a negative amount, the status 返品, dated after the original.</summary>
    public long ReturnOrders { get; init; }

    /// <summary>¥0 orders (free sample, status 発送済): not purchases under the default rules.</summary>
    public long ZeroAmountOrders { get; init; }

    /// <summary>Second orders placed by a customer on the same day as an earlier order.</summary>
    public long SameDayOrders { get; init; }

    /// <summary>What each paid channel spent each month on the customers it brought (written to <c>ad_spend.csv</c>).</summary>
    public IReadOnlyList<Ingest.AdSpend> AdSpend { get; init; } = [];

    /// <summary>Path of <c>ad_spend.csv</c>, or empty when it was not written.</summary>
    public string AdSpendPath { get; init; } = "";

    /// <summary>A one-line summary, e.g. <c>7,445 order lines (6,475 orders) of 3,000 customers; edge cases: …</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Lines:N0} order lines ({Orders:N0} orders) of {Customers:N0} customers; edge cases: {MultiLineOrders:N0} multi-line, {CancelledOrders:N0} cancelled, {ReturnOrders:N0} returns, {ZeroAmountOrders:N0} ¥0, {SameDayOrders:N0} same-day");
}
