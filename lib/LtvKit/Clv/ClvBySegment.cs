using System.Globalization;
using LtvKit.Segments;

namespace LtvKit.Clv;

/// <summary>P(alive) and predicted CLV aggregated by customer group × 既存/離脱: are the churned customers really gone?</summary>
/// <remarks>
/// <para>Joins a <see cref="ClvForecast"/> and a <see cref="Segmentation"/> on the customer id (ordinal). Every cell of the
/// segmentation's cross-tab is present, in its order (groups in rule order, Active then Churned), zeros included.</para>
/// <para>A customer of the segmentation without a forecast (first purchase after the forecast's calibration end, so the
/// model never saw them) is not in any cell and is counted in <see cref="CustomersWithoutForecast"/>; a forecast of a
/// customer the segmentation does not know is ignored. For the two to describe the same moment, build the forecast's
/// summary with the segmentation's as-of date as its calibration end (the models may be fitted on an earlier window).</para>
/// <para>Example: 3 churned first-timers with P(alive) 0.10, 0.20, 0.30 and CLV ¥0, ¥600, ¥1,200 give
/// mean P(alive) 0.20, mean CLV ¥600, total ¥1,800.</para>
/// </remarks>
public sealed record ClvBySegment
{
    private ClvBySegment(ClvForecast forecast, IReadOnlyList<ClvSegmentCell> cells, int withoutForecast)
    {
        HorizonMonths = forecast.HorizonMonths;
        AnnualDiscountRate = forecast.AnnualDiscountRate;
        CalibrationEnd = forecast.CalibrationEnd;
        Cells = cells;
        CustomersWithoutForecast = withoutForecast;
    }

    /// <summary>Months of the CLV, from the forecast.</summary>
    public int HorizonMonths { get; }

    /// <summary>Annual discount rate of the CLV, from the forecast.</summary>
    public double AnnualDiscountRate { get; }

    /// <summary>The day P(alive) and the CLV look from, from the forecast.</summary>
    public DateOnly CalibrationEnd { get; }

    /// <summary>Groups in rule order, each with Active then Churned.</summary>
    public IReadOnlyList<ClvSegmentCell> Cells { get; }

    /// <summary>Customers of the segmentation that the forecast has no row for.</summary>
    public int CustomersWithoutForecast { get; }

    /// <summary>The cell of one group and status.</summary>
    public ClvSegmentCell Cell(string segment, CustomerStatus status) =>
        Cells.FirstOrDefault(c => c.Segment == segment && c.Status == status)
        ?? throw new ArgumentException($"There is no group named '{segment}'.", nameof(segment));

    /// <summary>All customers of one status, across groups, as one cell named "All".</summary>
    public ClvSegmentCell Total(CustomerStatus status)
    {
        var cells = Cells.Where(c => c.Status == status).ToArray();
        var n = cells.Sum(c => c.Customers);
        var alive = cells.Sum(c => (c.MeanProbabilityAlive ?? 0) * c.Customers);
        var total = cells.Sum(c => c.TotalValue);
        return new ClvSegmentCell("All", status, n, n == 0 ? null : alive / n, n == 0 ? null : total / n, total);
    }

    /// <summary>Aggregates <paramref name="forecast"/> by the cells of <paramref name="segmentation"/>.</summary>
    public static ClvBySegment Compute(ClvForecast forecast, Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(segmentation);
        var byId = new Dictionary<string, CustomerClv>(forecast.Customers.Count, StringComparer.Ordinal);
        foreach (var c in forecast.Customers)
            byId[c.CustomerId] = c;
        var ids = segmentation.Customers.History.CustomerIds;
        var rules = segmentation.Rules.Rules;
        var index = rules.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var count = new int[rules.Count, 2];
        var alive = new double[rules.Count, 2];
        var value = new double[rules.Count, 2];
        var without = 0;
        for (var i = 0; i < segmentation.Customers.Count; i++)
        {
            if (!byId.TryGetValue(ids[segmentation.Customers.Rows[i].Index], out var clv))
            {
                without++;
                continue;
            }
            var g = index[segmentation.SegmentOf(i)];
            var s = (int)segmentation.StatusOf(i);
            count[g, s]++;
            alive[g, s] += clv.ProbabilityAlive;
            value[g, s] += clv.Value;
        }
        var cells = new List<ClvSegmentCell>(rules.Count * 2);
        for (var g = 0; g < rules.Count; g++)
        {
            foreach (var status in (CustomerStatus[])[CustomerStatus.Active, CustomerStatus.Churned])
            {
                var s = (int)status;
                var n = count[g, s];
                cells.Add(new ClvSegmentCell(rules[g].Name, status, n, n == 0 ? null : alive[g, s] / n, n == 0 ? null : value[g, s] / n, value[g, s]));
            }
        }
        return new ClvBySegment(forecast, cells, without);
    }

    public override string ToString()
    {
        var active = Total(CustomerStatus.Active);
        var churned = Total(CustomerStatus.Churned);
        return string.Create(CultureInfo.InvariantCulture,
            $"{HorizonMonths}-month CLV from {CalibrationEnd:yyyy-MM-dd}: active {active.Customers:N0} customers, P(alive) {active.MeanProbabilityAlive ?? 0:0.000}; churned {churned.Customers:N0}, P(alive) {churned.MeanProbabilityAlive ?? 0:0.000}");
    }
}
