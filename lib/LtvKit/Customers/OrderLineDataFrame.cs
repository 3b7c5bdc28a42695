using System.Text;
using LtvKit.Ingest;
using Microsoft.Data.Analysis;

namespace LtvKit.Customers;

/// <summary>The orders files' lines as a Microsoft.Data.Analysis <see cref="DataFrame"/>, as read: for notebooks that rebuild a metric step by step.</summary>
/// <remarks>
/// The files are read as <see cref="Shop.Load(LoadOptions, Action{long}?)"/> reads them — the same encoding, column map,
/// preset and amount basis — and every usable line becomes a row; unreadable rows are left out (the shop's
/// input counts say how many). No rule of METRICS.md is applied: cancelled lines are still there (<c>cancelled</c>),
/// lines after the as-of date too, orders are not netted, ¥0 orders and returns are not told apart. That is the
/// reader's part. A file without an order id column gets each row's file:line as its order id (each row is its own order).
/// Columns: <c>order_id</c>, <c>customer_id</c>, <c>date</c> (the day; the time is dropped), <c>day</c> (the same
/// day as a number, <see cref="DateOnly.DayNumber"/>: DataFrame arithmetic and <c>GroupBy(…).Min</c> work on numbers,
/// not on dates, and a difference of two is a number of days), <c>amount</c> (the chosen
/// basis; empty for a blank Shopify line-item total), <c>cancelled</c>, <c>product</c>, <c>channel</c>,
/// <c>refund</c> (Shopify's order-level refunded amount, 0 elsewhere).
/// </remarks>
public static class OrderLineDataFrame
{
    public static DataFrame Read(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var orderId = new StringDataFrameColumn("order_id");
        var customerId = new StringDataFrameColumn("customer_id");
        var date = new DateTimeDataFrameColumn("date");
        var day = new Int32DataFrameColumn("day");
        var amount = new DecimalDataFrameColumn("amount");
        var cancelled = new BooleanDataFrameColumn("cancelled");
        var product = new StringDataFrameColumn("product");
        var channel = new StringDataFrameColumn("channel");
        var refund = new DecimalDataFrameColumn("refund");
        using var rejects = new RejectLog(null);
        using var reader = new OrderReader(options, rejects);
        reader.ReadInto((in OrderLine line) =>
        {
            orderId.Append(line.OrderId.IsEmpty ? line.Source.ToString() : Encoding.UTF8.GetString(line.OrderId));
            customerId.Append(Encoding.UTF8.GetString(line.CustomerId));
            date.Append(line.Date.ToDateTime(TimeOnly.MinValue));
            day.Append(line.Date.DayNumber);
            amount.Append(line.Amount);
            cancelled.Append(line.Cancelled);
            product.Append(Encoding.UTF8.GetString(line.Product));
            channel.Append(Encoding.UTF8.GetString(line.Channel));
            refund.Append(line.Refund);
        });
        return new DataFrame(orderId, customerId, date, day, amount, cancelled, product, channel, refund);
    }
}
