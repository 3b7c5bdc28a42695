using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LtvKit.Ingest;

namespace LtvKit.Tests.Customers;

/// <summary>A generated order row: a small pool of order ids and customers so that orders span lines and conflict.</summary>
public sealed record GeneratedRow(int Order, int Customer, int Day, int Amount, string Status, bool BadAmount);

public static class GeneratedRows
{
    public static Arbitrary<GeneratedRow[]> Rows()
    {
        var row =
            from order in Gen.Choose(1, 25)
            from customer in Gen.Frequency((9, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
            from day in Gen.Choose(0, 900)
            from amount in Gen.Frequency((6, Gen.Choose(1, 30_000)), (1, Gen.Choose(-5_000, 0)))
            from status in Gen.Elements("", "", "", "発送済", "キャンセル", "返品")
            from bad in Gen.Frequency((19, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new GeneratedRow(order, customer, day, amount, status, bad);
        return Arb.From(row.ArrayOf());
    }
}

public class ReconciliationProperties
{
    private static Shop Load(GeneratedRow[] rows, int? asOfDay)
    {
        var start = new DateOnly(2023, 1, 1);
        // One always-usable order, so that a run of conflicting orders cannot leave nothing to analyse.
        var csv = new StringBuilder(TestShop.Header + "\nSAFE,CSAFE,2023-01-01,商品,1000,Web,\n");
        foreach (var r in rows)
        {
            // Most rows of an order share its customer (order id mod 7); a few disagree.
            var customer = r.Customer == 0 ? r.Order % 7 : 100 + r.Customer;
            csv.Append($"O{r.Order},C{customer},{start.AddDays(r.Day):yyyy-MM-dd},商品,{(r.BadAmount ? "x" : r.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture))},Web,{r.Status}\n");
        }
        return Shop.Load(new LoadOptions { OrderFiles = [TestShop.File(csv.ToString())], MaxRejectedShare = 1, AsOf = asOfDay is { } d ? start.AddDays(d) : null });
    }

    [Property(Arbitrary = [typeof(GeneratedRows)], MaxTest = 60)]
    public bool EveryRowLandsInExactlyOneBucket(GeneratedRow[] rows, bool pastAsOf)
    {
        if (rows.Length == 0 || rows.All(r => r.BadAmount))
            return true;
        var shop = Load(rows, pastAsOf ? 450 : null);
        var input = shop.Input;
        return input.RowsRead == rows.Length + 1 && input.Reconciles;
    }

    [Property(Arbitrary = [typeof(GeneratedRows)], MaxTest = 60)]
    public bool SegmentsPartitionTheCustomers(GeneratedRow[] rows)
    {
        if (rows.Length == 0 || rows.All(r => r.BadAmount))
            return true;
        var shop = Load(rows, null);
        var kpis = shop.Kpis();
        var cells = kpis.Segments.Cells;
        var perCustomer = Enumerable.Range(0, shop.Customers.Count).Select(i => (kpis.Segments.SegmentOf(i), kpis.Segments.StatusOf(i))).ToList();
        return cells.Count == 10
            && cells.Sum(c => c.Customers) == shop.Customers.Count
            && cells.Sum(c => c.Revenue) == kpis.Revenue
            && cells.All(c => c.Customers == perCustomer.Count(p => p.Item1 == c.Segment && p.Item2 == c.Status));
    }

    [Property(Arbitrary = [typeof(GeneratedRows)], MaxTest = 60)]
    public bool UsedAmountsAddUpToRevenuePlusCustomersWithoutPurchases(GeneratedRow[] rows)
    {
        if (rows.Length == 0 || rows.All(r => r.BadAmount))
            return true;
        var shop = Load(rows, null);
        var history = shop.Customers.History;
        var inTable = shop.Customers.Select(c => c.Id).ToHashSet();
        decimal outside = 0;
        for (var c = 0; c < history.CustomerIds.Count; c++)
        {
            if (inTable.Contains(history.CustomerIds[c]))
                continue;
            foreach (var order in history.OrdersOf(c))
                outside += order.Amount;
        }
        return history.TotalAmount == shop.Customers.Sum(c => c.Revenue) + outside;
    }
}
