using System.Globalization;
using System.Text.Json;
using LtvKit.Ingest;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit;

/// <summary>The analysis parameters of a <c>--config</c> JSON file: thresholds, custom groups, F2 window, costs.</summary>
/// <remarks>
/// Every key is optional; a missing one keeps its default. Example:
/// <code>
/// {
///   "thresholds": { "fledglingMaxDays": 90, "trendyMaxDays": 210, "amountThreshold": 70000, "churnDays": 240 },
///   "f2WindowDays": 30,
///   "formulaYears": 1,
///   "costs": { "grossMargin": 0.6, "cpo": 8000, "retentionCost": 1500 },
///   "segments": [
///     { "name": "初回客", "tenureDays": { "max": 1 } },
///     { "name": "リピーター", "tenureDays": { "min": 1 } }
///   ]
/// }
/// </code>
/// Each segment is a box of half-open intervals [min, max) over <c>tenureDays</c>, <c>revenue</c>,
/// <c>recencyDays</c> and <c>orders</c>; the set must be MECE.
/// </remarks>
/// <param name="Thresholds">The four cut-offs; the five groups are drawn from them unless <paramref name="CustomRules"/> replace the groups.</param>
/// <param name="Metrics">F2 window, formula years, costs.</param>
/// <param name="CustomRules">A company's own MECE groups (the <c>segments</c> of the file), or null for the five groups of seed 000.</param>
public sealed record AnalysisConfig(SegmentThresholds Thresholds, MetricOptions Metrics, SegmentRules? CustomRules = null)
{
    public static readonly AnalysisConfig Default = new(SegmentThresholds.Default, MetricOptions.Default);

    /// <summary>The groups in use: the custom ones, else the five groups drawn from <see cref="Thresholds"/> (so <c>config with { Thresholds = t }</c> regroups).</summary>
    public SegmentRules Rules => CustomRules ?? SegmentRules.FromThresholds(Thresholds);

    public static AnalysisConfig Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the config file ({e.Message}).", e);
        }
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Parse(json.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}:{e.LineNumber + 1}: not valid JSON ({e.Message}).", e);
        }
    }

    public static AnalysisConfig Parse(JsonElement root, string path)
    {
        var thresholds = SegmentThresholds.Default;
        if (root.TryGetProperty("thresholds", out var t))
        {
            thresholds = new SegmentThresholds(
                Int(t, "fledglingMaxDays") ?? thresholds.FledglingMaxDays,
                Int(t, "trendyMaxDays") ?? thresholds.TrendyMaxDays,
                Number(t, "amountThreshold") ?? thresholds.AmountThreshold,
                Int(t, "churnDays") ?? thresholds.ChurnDays).Validated();
        }
        var metrics = new MetricOptions(
            Int(root, "f2WindowDays") ?? MetricOptions.DefaultF2WindowDays,
            Int(root, "formulaYears") ?? 1,
            root.TryGetProperty("costs", out var c)
                ? new Costs((double)(Number(c, "grossMargin") ?? throw Missing("costs.grossMargin")),
                    Number(c, "cpo") ?? throw Missing("costs.cpo"), Number(c, "retentionCost") ?? 0)
                : null);
        SegmentRules? rules = null;
        if (root.TryGetProperty("segments", out var segments))
        {
            rules = SegmentRules.Create(segments.EnumerateArray().Select(s => new SegmentRule(
                s.TryGetProperty("name", out var name) ? name.GetString() ?? "" : throw Missing("segments[].name"),
                Range(s, "tenureDays"), Range(s, "revenue"), Range(s, "recencyDays"), Range(s, "orders"))).ToList());
        }
        return new AnalysisConfig(thresholds, metrics, rules);

        InputException Missing(string key) => new($"{path}: the config needs '{key}'.");
    }

    private static Interval Range(JsonElement segment, string key) =>
        segment.TryGetProperty(key, out var range) ? new Interval(Number(range, "min"), Number(range, "max")) : Interval.All;

    private static decimal? Number(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetDecimal() : null;

    private static int? Int(JsonElement element, string key) =>
        Number(element, key) is { } number ? decimal.ToInt32(number) : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Thresholds}; F2 window {Metrics.F2WindowDays} days");
}
