using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LtvKit.Charts;
using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>How the page re-segments: from each customer, from bins, or not at all (a custom rule set).</summary>
public enum ReportSegmentMode
{
    /// <summary>Every customer's exact tenure, revenue and recency are in the page: counts are exact for any thresholds.</summary>
    Exact,

    /// <summary>A large shop: customers are counted in bins; the thresholds snap to bin edges (<see cref="ThresholdBins"/>).</summary>
    Binned,

    /// <summary>A custom rule set: the groups are fixed as computed, without threshold controls.</summary>
    Fixed,
}

/// <summary>The data the report page computes with, as one JSON object (<c>&lt;script id="ltv-data"&gt;</c>).</summary>
/// <remarks>
/// <code>
/// { asOf, lang, mode: "exact"|"binned"|"fixed", thresholds { f, t, a, c }, groups [ { id, label, color } ],
///   seg: exact  { t:[…], m:[…], r:[…] }                  tenure, revenue, recency of every customer
///        binned { tEdges, mEdges, rEdges, cells:[Δindex, customers, revenue, …] }   sparse, index = (ti·nM + mi)·nR + ri
///        fixed  { n:[…], rev:[…] }                        per group × status, as computed
///   recency [customers with recency 0, 1, 2 … days],     for the last-purchase-month chart
///   scatter { t, m, r, id (, g, s when fixed) },          the customers drawn in the scatter
///   list { total, rows:[[id, tenure, recency, revenue, purchases (, g, s) (, pii…)]] , pii:[column ids] } }
/// </code>
/// Only derived numbers and customer ids go in; personal data only with <see cref="ReportOptions.ShowPii"/>.
/// </remarks>
internal static class ReportData
{
    public static ReportSegmentMode ModeOf(Segmentation segmentation, ReportOptions options) =>
        !segmentation.Rules.IsDefault ? ReportSegmentMode.Fixed
        : segmentation.Customers.Count > options.ExactCustomerLimit ? ReportSegmentMode.Binned
        : ReportSegmentMode.Exact;

    /// <summary>The columns of personal data in the customer list (empty without --show-pii or a customer master).</summary>
    public static IReadOnlyList<string> PiiColumns(IReadOnlyDictionary<string, CustomerProfile> profiles, ReportOptions options) =>
        options.ShowPii && profiles.Count > 0 ? ["name", "email", "phone", "address", "gender", "ageBand"] : [];

    public static string Json(Segmentation segmentation, IReadOnlyDictionary<string, CustomerProfile> profiles, ReportOptions options,
        IReadOnlyList<int> scatter, IReadOnlyDictionary<string, string> text)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var customers = segmentation.Customers;
            var mode = ModeOf(segmentation, options);
            var thresholds = segmentation.Thresholds;
            json.WriteStartObject();
            json.WriteString("asOf", customers.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("lang", options.Language == LabelLanguage.Japanese ? "ja" : "en");
            json.WriteString("mode", mode.ToString().ToLowerInvariant());
            json.WriteNumber("customers", customers.Count);
            json.WriteNumber("scatterEdgeInset", SegmentScatter.EdgeInset);
            json.WriteStartObject("thresholds");
            json.WriteNumber("f", thresholds.FledglingMaxDays);
            json.WriteNumber("t", thresholds.TrendyMaxDays);
            json.WritePropertyName("a");
            Money(json, thresholds.AmountThreshold);
            json.WriteNumber("c", thresholds.ChurnDays);
            json.WriteEndObject();

            json.WriteStartArray("groups");
            var rules = segmentation.Rules.Rules;
            for (var g = 0; g < rules.Count; g++)
            {
                json.WriteStartObject();
                json.WriteString("id", rules[g].Name);
                json.WriteString("label", ChartLabels.Group(rules[g].Name, options.Language));
                json.WriteString("color", ChartLabels.ColorAt(g));
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("seg");
            switch (mode)
            {
                case ReportSegmentMode.Exact:
                    Column(json, "t", customers.Count, i => customers.Rows[i].TenureDays);
                    Column(json, "m", customers.Count, i => customers.Rows[i].Revenue);
                    Column(json, "r", customers.Count, i => customers.Rows[i].RecencyDays);
                    break;
                case ReportSegmentMode.Binned:
                    Binned(json, customers, ThresholdBins.For(customers, thresholds));
                    break;
                default:
                    json.WriteStartArray("n");
                    foreach (var cell in segmentation.Cells)
                        json.WriteNumberValue(cell.Customers);
                    json.WriteEndArray();
                    json.WriteStartArray("rev");
                    foreach (var cell in segmentation.Cells)
                        Money(json, cell.Revenue);
                    json.WriteEndArray();
                    break;
            }
            json.WriteEndObject();

            var maxRecency = 0;
            foreach (var c in customers.Rows)
                maxRecency = Math.Max(maxRecency, c.RecencyDays);
            var recency = new int[maxRecency + 1];
            foreach (var c in customers.Rows)
                recency[c.RecencyDays]++;
            Column(json, "recency", recency.Length, i => recency[i]);

            var fixedGroups = mode == ReportSegmentMode.Fixed;
            var groupIndex = fixedGroups ? rules.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal) : null;
            json.WriteStartObject("scatter");
            Column(json, "t", scatter.Count, i => customers[scatter[i]].TenureDays);
            Column(json, "m", scatter.Count, i => customers[scatter[i]].Revenue);
            Column(json, "r", scatter.Count, i => customers[scatter[i]].RecencyDays);
            json.WriteStartArray("id");
            foreach (var i in scatter)
                json.WriteStringValue(customers[i].Id);
            json.WriteEndArray();
            if (fixedGroups)
            {
                Column(json, "g", scatter.Count, i => groupIndex![segmentation.SegmentOf(scatter[i])]);
                Column(json, "s", scatter.Count, i => (int)segmentation.StatusOf(scatter[i]));
            }
            json.WriteEndObject();

            List(json, segmentation, profiles, options, groupIndex);

            json.WriteStartObject("text");
            foreach (var (key, value) in text)
                json.WriteString(key, value);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return HtmlText.ScriptJson(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>The customers of the list: the top <see cref="ReportOptions.ListLimit"/> by revenue (ties by id), most first.</summary>
    /// <remarks>A large shop's top customers are picked with a heap of <paramref name="limit"/> entries, so only those are sorted.</remarks>
    public static int[] ListedCustomers(CustomerTable customers, int limit)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var firstRanked = Comparer<int>.Create((x, y) =>
        {
            var byRevenue = customers.Rows[y].Revenue.CompareTo(customers.Rows[x].Revenue);
            return byRevenue != 0 ? byRevenue : string.CompareOrdinal(IdOf(customers, x), IdOf(customers, y));
        });
        int[] top;
        if (customers.Count <= limit)
        {
            top = [.. Enumerable.Range(0, customers.Count)];
        }
        else
        {
            var kept = new PriorityQueue<int, int>(limit, Comparer<int>.Create((x, y) => firstRanked.Compare(y, x))); // the lowest-ranked kept on top
            for (var i = 0; i < customers.Count; i++)
            {
                if (kept.Count < limit)
                    kept.Enqueue(i, i);
                else if (limit > 0 && firstRanked.Compare(i, kept.Peek()) < 0)
                    kept.DequeueEnqueue(i, i);
            }
            top = [.. kept.UnorderedItems.Select(entry => entry.Element)];
        }
        Array.Sort(top, firstRanked);
        return top;
    }

    /// <summary>Customer i's id, without making the customer's record (a large shop's table has rows, not records).</summary>
    private static string IdOf(CustomerTable customers, int i) => customers.History.CustomerIds[customers.Rows[i].Index];

    private static void List(Utf8JsonWriter json, Segmentation segmentation, IReadOnlyDictionary<string, CustomerProfile> profiles,
        ReportOptions options, Dictionary<string, int>? groupIndex)
    {
        var customers = segmentation.Customers;
        var pii = PiiColumns(profiles, options);
        var listed = ListedCustomers(customers, options.ListLimit);
        json.WriteStartObject("list");
        json.WriteNumber("total", customers.Count);
        json.WriteStartArray("pii");
        foreach (var column in pii)
            json.WriteStringValue(column);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var i in listed)
        {
            var c = customers[i];
            json.WriteStartArray();
            json.WriteStringValue(c.Id);
            json.WriteNumberValue(c.TenureDays);
            json.WriteNumberValue(c.RecencyDays);
            Money(json, c.Revenue);
            json.WriteNumberValue(c.Purchases);
            if (groupIndex is not null)
            {
                json.WriteNumberValue(groupIndex[segmentation.SegmentOf(i)]);
                json.WriteNumberValue((int)segmentation.StatusOf(i));
            }
            if (pii.Count > 0)
            {
                profiles.TryGetValue(c.Id, out var p);
                json.WriteStringValue(p?.Name ?? "");
                json.WriteStringValue(p?.Email ?? "");
                json.WriteStringValue(p?.Phone ?? "");
                json.WriteStringValue(p?.Address ?? "");
                json.WriteStringValue(p?.Gender ?? "");
                json.WriteStringValue(p?.AgeBand ?? "");
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Customers counted per (tenure, revenue, recency) bin; only non-empty bins, by ascending index, delta-coded.</summary>
    private static void Binned(Utf8JsonWriter json, CustomerTable customers, ThresholdBins bins)
    {
        Column(json, "tEdges", bins.TenureEdges.Count, i => bins.TenureEdges[i]);
        Column(json, "mEdges", bins.AmountEdges.Count, i => bins.AmountEdges[i]);
        Column(json, "rEdges", bins.RecencyEdges.Count, i => bins.RecencyEdges[i]);
        long nM = bins.AmountEdges.Count, nR = bins.RecencyEdges.Count;
        var index = new long[customers.Count];
        var revenue = new decimal[customers.Count];
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers.Rows[i];
            index[i] = (bins.TenureBin(c.TenureDays) * nM + bins.AmountBin(c.Revenue)) * nR + bins.RecencyBin(c.RecencyDays);
            revenue[i] = c.Revenue;
        }
        Array.Sort(index, revenue);
        json.WriteStartArray("cells");
        long previous = 0;
        for (var i = 0; i < index.Length;)
        {
            var j = i;
            decimal sum = 0;
            while (j < index.Length && index[j] == index[i])
                sum += revenue[j++];
            json.WriteNumberValue(index[i] - previous);
            json.WriteNumberValue(j - i);
            Money(json, sum);
            previous = index[i];
            i = j;
        }
        json.WriteEndArray();
    }

    private static void Column(Utf8JsonWriter json, string name, int count, Func<int, long> value)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < count; i++)
            json.WriteNumberValue(value(i));
        json.WriteEndArray();
    }

    private static void Column(Utf8JsonWriter json, string name, int count, Func<int, decimal> value)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < count; i++)
            Money(json, value(i));
        json.WriteEndArray();
    }

    /// <summary>A yen amount: whole yen as an integer (12800, not 12800.00), fractions as written.</summary>
    private static void Money(Utf8JsonWriter json, decimal value)
    {
        if (value == decimal.Truncate(value) && Math.Abs(value) < long.MaxValue)
            json.WriteNumberValue((long)value);
        else
            json.WriteNumberValue(value);
    }
}
