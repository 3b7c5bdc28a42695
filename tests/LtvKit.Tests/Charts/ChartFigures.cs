using System.Text.Json;
using LtvKit.Tests.Report;
using Plotly.NET;

namespace LtvKit.Tests.Charts;

/// <summary>What the chart tests share: one synthetic shop, and the Plotly figure JSON of a chart.</summary>
internal static class ChartFigures
{
    public static readonly Lazy<Shop> Shop = new(() => ReportFixtures.Synthetic(700));

    public static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    public static string[] Types(JsonElement figure) => figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray();
}
