using System.Globalization;
using LtvKit.Ingest;
using LtvKit.Io;
using LtvKit.Segments;

namespace LtvKit.Exports;

/// <summary>The customer table as a CSV for Excel (<c>ltvkit customers --out F.csv</c>).</summary>
/// <remarks>
/// UTF-8 with BOM so Excel opens Japanese correctly; text cells neutralised against formula injection;
/// written atomically. The header is METRICS.md §6's, with trailing columns tenure_months, aov,
/// first_channel and first_product.
/// </remarks>
public static class CustomerCsv
{
    public const string Header = "customer_id,orders,purchase_days,revenue,first_purchase,last_purchase,tenure_days,recency_days,days_to_second,segment,status";

    public static void Write(string path, Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        AtomicFile.WriteText(path, AtomicFile.Utf8WithBom, writer => Write(writer, segmentation));
    }

    public static void Write(TextWriter writer, Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(segmentation);
        writer.Write(Header + ",tenure_months,aov,first_channel,first_product\r\n");
        var customers = segmentation.Customers;
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            CsvText.WriteRow(writer,
                CsvText.Cell(c.Id),
                c.Purchases.ToString(inv),
                c.PurchaseDays.ToString(inv),
                c.Revenue.ToString(inv),
                c.FirstPurchase.ToString("yyyy-MM-dd", inv),
                c.LastPurchase.ToString("yyyy-MM-dd", inv),
                c.TenureDays.ToString(inv),
                c.RecencyDays.ToString(inv),
                c.DaysToSecond?.ToString(inv) ?? "",
                CsvText.Cell(segmentation.SegmentOf(i)),
                segmentation.StatusOf(i).ToString(),
                c.TenureMonths.ToString("0.##", inv),
                Math.Round(c.Aov, 2).ToString(inv),
                CsvText.Cell(c.FirstChannel),
                CsvText.Cell(c.FirstProduct));
        }
    }
}
