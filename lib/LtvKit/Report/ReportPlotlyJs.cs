namespace LtvKit.Report;

/// <summary>plotly.js for the report, inlined once so that the page needs no network.</summary>
/// <remarks>
/// The finance bundle of plotly.js (npm package <c>plotly.js-finance-dist-min</c>, pinned in Report/plotly/package-lock.json
/// and embedded at build time): it has the bar, funnel and scatter traces the report draws (<see cref="TraceTypes"/>) and is
/// a third of the size of the full bundle, which Chromium took about 3 s to parse before the first chart could be drawn.
/// </remarks>
internal static class ReportPlotlyJs
{
    /// <summary>The trace types the bundle has (its README); the report's figures use only these.</summary>
    public static readonly IReadOnlySet<string> TraceTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "bar", "candlestick", "funnel", "funnelarea", "histogram", "indicator", "ohlc", "pie", "scatter", "waterfall",
    };

    private const string ResourceName = "LtvKit.Report.plotly.min.js";

    private static readonly Lazy<string> Script = new(Load);

    /// <summary>The minified plotly.js, checked safe to place inside a &lt;script&gt; element.</summary>
    public static string Text => Script.Value;

    private static string Load()
    {
        using var stream = typeof(ReportPlotlyJs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in LtvKit: the report cannot be written offline.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        // Inside <script>, only "</script" and "<!--" could break out of or confuse the element.
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException($"{ResourceName} contains '</script' or '<!--' and cannot be inlined as it is.");
        return text;
    }
}
