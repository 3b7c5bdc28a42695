using System.Globalization;
using System.Text.Json;
using LtvKit.Ingest;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit;

/// <summary>The analysis parameters of a <c>--config</c> JSON file: thresholds, custom groups, F2 window, costs, trial products and the upgrade window.</summary>
/// <remarks>
/// Every key is optional; a missing one keeps its default. Example:
/// <code>
/// {
///   "thresholds": { "fledglingMaxDays": 90, "trendyMaxDays": 210, "amountThreshold": 70000, "churnDays": 240 },
///   "f2WindowDays": 30,
///   "formulaYears": 1,
///   "costs": { "grossMargin": 0.6, "cpo": 8000, "retentionCost": 1500 },
///   "trialProducts": ["お試し", "ミニボトル"],
///   "upgradeWindowDays": 60,
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
        var read = new ConfigValues(path);
        if (root.ValueKind != JsonValueKind.Object)
            throw new InputException($"{path}: the config is a JSON object ({{ \"thresholds\": {{ … }} }}), not a {root.ValueKind.ToString().ToLowerInvariant()}.");
        var thresholds = SegmentThresholds.Default;
        if (root.TryGetProperty("thresholds", out var t))
        {
            thresholds = new SegmentThresholds(
                read.Int(t, "thresholds.fledglingMaxDays") ?? thresholds.FledglingMaxDays,
                read.Int(t, "thresholds.trendyMaxDays") ?? thresholds.TrendyMaxDays,
                read.Number(t, "thresholds.amountThreshold") ?? thresholds.AmountThreshold,
                read.Int(t, "thresholds.churnDays") ?? thresholds.ChurnDays).Validated();
        }
        var metrics = new MetricOptions(
            read.Int(root, "f2WindowDays") ?? MetricOptions.DefaultF2WindowDays,
            read.Int(root, "formulaYears") ?? 1,
            root.TryGetProperty("costs", out var c)
                ? new Costs((double)(read.Number(c, "costs.grossMargin") ?? throw Missing("costs.grossMargin")),
                    read.Number(c, "costs.cpo") ?? throw Missing("costs.cpo"), read.Number(c, "costs.retentionCost") ?? 0)
                : null)
        {
            TrialProducts = read.Words(root, "trialProducts") is { } words ? new TrialProducts(words) : null,
            UpgradeWindowDays = read.Int(root, "upgradeWindowDays") is { } days
                ? (days >= 0 ? days : throw new InputException($"{path}: 'upgradeWindowDays' is {days} — a number of days, 0 or more."))
                : MetricOptions.DefaultUpgradeWindowDays,
        };
        SegmentRules? rules = null;
        if (root.TryGetProperty("segments", out var segments))
        {
            if (segments.ValueKind != JsonValueKind.Array)
                throw new InputException($"{path}: 'segments' is a list of groups ([{{ \"name\": …, \"tenureDays\": {{ \"min\": …, \"max\": … }} }}, …]).");
            rules = SegmentRules.Create(segments.EnumerateArray().Select((s, i) => new SegmentRule(
                s.ValueKind == JsonValueKind.Object && s.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                    ? name.GetString()! : throw Missing($"segments[{i}].name"),
                read.Range(s, $"segments[{i}].tenureDays"), read.Range(s, $"segments[{i}].revenue"),
                read.Range(s, $"segments[{i}].recencyDays"), read.Range(s, $"segments[{i}].orders"))).ToList());
        }
        return new AnalysisConfig(thresholds, metrics, rules);

        InputException Missing(string key) => new($"{path}: the config needs '{key}'.");
    }

    /// <summary>Reads the config's numbers, naming the file and the key of any value that is not one.</summary>
    private readonly struct ConfigValues(string path)
    {
        public Interval Range(JsonElement segment, string key)
        {
            var name = key[(key.LastIndexOf('.') + 1)..];
            return segment.TryGetProperty(name, out var range) ? new Interval(Number(range, key + ".min"), Number(range, key + ".max")) : Interval.All;
        }

        public decimal? Number(JsonElement element, string key)
        {
            var name = key[(key.LastIndexOf('.') + 1)..];
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                return null;
            if (value.ValueKind != JsonValueKind.Number)
                throw new InputException($"{path}: '{key}' is {value.GetRawText()} — not a number.");
            return value.TryGetDecimal(out var number)
                ? number
                : throw new InputException($"{path}: '{key}' is {value.GetRawText()} — out of range.");
        }

        /// <summary>A list of non-empty texts (["お試し", "サンプル"]), or null when the key is missing.</summary>
        public IReadOnlyList<string>? Words(JsonElement element, string key)
        {
            if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
                return null;
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(w => w.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(w.GetString())))
                throw new InputException($"{path}: '{key}' is {value.GetRawText()} — a list of words is needed ([\"お試し\", \"サンプル\"]).");
            return [.. value.EnumerateArray().Select(w => w.GetString()!.Trim())];
        }

        public int? Int(JsonElement element, string key)
        {
            if (Number(element, key) is not { } number)
                return null;
            if (number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: '{key}' is {number} — a whole number is needed."));
            return (int)number;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Thresholds}; F2 window {Metrics.F2WindowDays} days");
}
