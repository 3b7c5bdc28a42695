using System.Globalization;
using LtvKit.Ingest;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Exports;

/// <summary>The KPIs as a readable terminal table (<c>ltvkit metrics</c>), English labels with the Japanese terms.</summary>
public static class MetricsText
{
    public static void Write(TextWriter w, Kpis kpis)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(kpis);
        var inv = CultureInfo.InvariantCulture;
        string Yen(decimal? v) => v is { } x ? string.Create(inv, $"¥{x:N0}") : "–";
        void Row(string label, string value) => w.WriteLine($"  {Pad(label, 38)} {value}");

        w.WriteLine(string.Create(inv, $"As of {kpis.AsOf:yyyy-MM-dd} (基準日), amounts {(kpis.AmountBasis == AmountBasis.Incl ? "tax included (税込)" : "tax excluded (税抜)")}"));
        w.WriteLine($"Input: {kpis.Input}; {kpis.Input.OrdersCancelled:N0} orders cancelled");
        w.WriteLine();
        w.WriteLine("KPIs");
        Row("Customers (購入者数)", kpis.Customers.ToString("N0", inv));
        Row("Purchases (注文数)", kpis.Purchases.ToString("N0", inv));
        Row("Revenue (売上)", Yen(kpis.Revenue));
        Row("Average LTV (平均LTV)", Yen(kpis.AverageLtv));
        Row("Average order value (平均注文単価)", Yen(kpis.AverageOrderValue));
        Row("Repeat rate (リピート率)", kpis.RepeatRate.ToString());
        Row($"F2 within {kpis.F2.WindowDays} days (F2転換率)", $"{kpis.F2.Rate}  target {MetricOptions.F2Target * 100:0}%");
        var (km, kmInterval) = kpis.SecondPurchase.At(kpis.F2.WindowDays);
        // Of no customers the estimate is no share at all, not 0%.
        Row($"F2 within {kpis.F2.WindowDays} days, every customer (KM)",
            $"{Stats.Percent(kpis.SecondPurchase.Customers == 0 ? null : km)}{(kmInterval is { } i ? $"  {i}" : "")}");
        Row("Days to 2nd purchase, mean / median", $"{kpis.F2.MeanDaysToSecond?.ToString("0.0", inv) ?? "–"} / {kpis.F2.MedianDaysToSecond?.ToString("0.#", inv) ?? "–"}");
        Row("ざっくりLTV (365 days)", Yen(kpis.Year.ApproximateLtv));
        Row($"通販LTV (AOV × frequency × {kpis.Year.Years} y)", Yen(kpis.Year.FormulaLtv));
        foreach (var h in kpis.Horizons)
            Row($"{h.Months}-month LTV ({h.Months}か月LTV)", $"{Yen(h.Value)}  ({h.Eligible:N0} customers had {h.Days} days)");
        if (kpis.Profit is { } p)
        {
            Row("Profit LTV (利益LTV)", Yen(p.Value));
            Row("LTV ÷ CPO", p.LtvToCpo?.ToString("0.00", inv) ?? "–");
            Row("Break-even purchase (採算ライン)", p.BreakEvenPurchase?.ToString(inv) ?? "not reached");
        }
        w.WriteLine();
        var t = kpis.Segments.Thresholds;
        w.WriteLine(string.Create(inv, $"Customer groups (tenure {t.FledglingMaxDays} / {t.TrendyMaxDays} days, ¥{t.AmountThreshold:N0}, churned after {t.ChurnDays} days)"));
        w.WriteLine($"  {Pad("group", 22)} {Pad("既存 Active", 14, right: true)} {Pad("離脱 Churned", 14, right: true)} {Pad("revenue", 16, right: true)}");
        foreach (var group in kpis.Segments.Cells.GroupBy(c => c.Segment))
        {
            var active = group.First(c => c.Status == CustomerStatus.Active);
            var churned = group.First(c => c.Status == CustomerStatus.Churned);
            var label = Enum.TryParse<Segment>(group.Key, out var s) ? $"{group.Key} {SegmentLabels.Japanese(s)}" : group.Key;
            w.WriteLine(string.Create(inv, $"  {Pad(label, 22)} {active.Customers,14:N0} {churned.Customers,14:N0} {Yen(active.Revenue + churned.Revenue),16}"));
        }
        w.WriteLine();
        w.WriteLine("F1→F5 funnel (customers reaching their n-th purchase day)");
        for (var n = 1; n <= Funnel.Steps; n++)
        {
            var conversion = n < Funnel.Steps ? $"  → {kpis.Funnel.Conversion(n)} go on" : "";
            w.WriteLine(string.Create(inv, $"  F{n}{(n == Funnel.Steps ? "+" : " ")} {kpis.Funnel.ReachOf(n),10:N0}{conversion}"));
        }
        w.WriteLine();
        w.WriteLine("By first channel (初回チャネル)");
        foreach (var row in kpis.ByFirstChannel.Take(10))
            w.WriteLine($"  {row}");
        w.WriteLine();
        w.WriteLine("Revenue deciles (デシル分析)");
        foreach (var decile in kpis.Deciles)
            w.WriteLine($"  {decile}");
        w.WriteLine();
        w.WriteLine($"Group migration (CPM の推移): {kpis.Migration}");
        w.WriteLine($"定期: {kpis.Subscriptions}");
        w.WriteLine($"{kpis.Upgrade}");
        foreach (var warning in kpis.Rfm.Warnings)
            w.WriteLine($"RFM: {warning}");
        if (kpis.Payback is { } payback)
        {
            w.WriteLine();
            w.WriteLine($"Acquisition payback: {payback}");
            foreach (var group in payback.Groups.Take(10))
                w.WriteLine($"  {group}");
        }
        if (kpis.Nps is { } nps)
        {
            w.WriteLine();
            foreach (var row in nps)
                w.WriteLine($"  {row}");
        }
    }

    /// <summary>Pads to a terminal width in columns: Japanese (East Asian wide) characters take two.</summary>
    private static string Pad(string text, int columns, bool right = false)
    {
        var width = text.Sum(c => c is >= '\u1100' and (<= '\u115F' or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')) ? 2 : 1);
        var padding = new string(' ', Math.Max(0, columns - width));
        return right ? padding + text : text + padding;
    }
}
