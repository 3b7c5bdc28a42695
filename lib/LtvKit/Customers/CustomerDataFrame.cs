using Microsoft.Data.Analysis;

namespace LtvKit.Customers;

/// <summary>The customer table as a Microsoft.Data.Analysis <see cref="DataFrame"/>, for notebooks.</summary>
/// <remarks>A view for exploring (filter, sort, describe); the metrics are computed from the table itself, not from the frame.</remarks>
public static class CustomerDataFrame
{
    public static DataFrame ToDataFrame(this CustomerTable customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var n = customers.Count;
        var id = new StringDataFrameColumn("customer_id", n);
        var orders = new Int32DataFrameColumn("orders", n);
        var days = new Int32DataFrameColumn("purchase_days", n);
        var revenue = new DecimalDataFrameColumn("revenue", n);
        var first = new DateTimeDataFrameColumn("first_purchase", n);
        var last = new DateTimeDataFrameColumn("last_purchase", n);
        var tenure = new Int32DataFrameColumn("tenure_days", n);
        var months = new DoubleDataFrameColumn("tenure_months", n);
        var recency = new Int32DataFrameColumn("recency_days", n);
        var toSecond = new Int32DataFrameColumn("days_to_second", n);
        var channel = new StringDataFrameColumn("first_channel", n);
        var product = new StringDataFrameColumn("first_product", n);
        for (var i = 0; i < n; i++)
        {
            var c = customers[i];
            id[i] = c.Id;
            orders[i] = c.Purchases;
            days[i] = c.PurchaseDays;
            revenue[i] = c.Revenue;
            first[i] = c.FirstPurchase.ToDateTime(TimeOnly.MinValue);
            last[i] = c.LastPurchase.ToDateTime(TimeOnly.MinValue);
            tenure[i] = c.TenureDays;
            months[i] = c.TenureMonths;
            recency[i] = c.RecencyDays;
            toSecond[i] = c.DaysToSecond;
            channel[i] = c.FirstChannel;
            product[i] = c.FirstProduct;
        }
        return new DataFrame(id, orders, days, revenue, first, last, tenure, months, recency, toSecond, channel, product);
    }
}
