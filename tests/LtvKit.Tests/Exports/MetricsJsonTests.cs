using System.Text.Json;
using LtvKit.Exports;

namespace LtvKit.Tests.Exports;

/// <summary>The keys of METRICS.md §6, on a shop where the F2 window is hit on both boundaries.</summary>
public class MetricsJsonTests
{
    // As of 2024-12-31, W = 30: a buys 12-01 (= asOf − 30, eligible) and 12-31 (day 30, converted); b buys 12-02 (not eligible).
    private static JsonElement Json()
    {
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), "1,a,2024-12-01,1000", "2,a,2024-12-31,3000", "3,b,2024-12-02,2000");
        using var stream = new MemoryStream();
        MetricsJson.Write(stream, shop.Kpis());
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Write_TheKeysOfMetricsMd()
    {
        var json = Json();
        foreach (var key in new[] { "asOf", "amountBasis", "input", "customers", "orders", "revenue", "averageLtv", "averageOrderValue", "repeatRate",
                                    "f2", "approximateLtv", "formulaLtv", "horizonLtv", "segments", "thresholds" })
            Assert.True(json.TryGetProperty(key, out _), key);
        foreach (var key in new[] { "rowsRead", "rowsUsed", "rowsRejected", "rowsCancelled", "rowsAfterAsOf", "ordersCancelled" })
            Assert.True(json.GetProperty("input").TryGetProperty(key, out _), key);
        Assert.Equal("2024-12-31", json.GetProperty("asOf").GetString());
        Assert.Equal(10, json.GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public void Write_F2_EligibleOnAsOfMinusWindow_ConvertedOnTheLastDay()
    {
        var f2 = Json().GetProperty("f2");
        Assert.Equal((30, 1, 1, 1.0), (f2.GetProperty("windowDays").GetInt32(), f2.GetProperty("eligible").GetInt32(), f2.GetProperty("converted").GetInt32(), f2.GetProperty("rate").GetDouble()));
    }

    [Fact]
    public void Write_HorizonWithNobodyEligible_IsNullNotNaN()
    {
        // Nobody bought before 2024-01-01 (= asOf − 365 in the leap year 2024): the 12-month LTV has no customers.
        var twelve = Json().GetProperty("horizonLtv").GetProperty("12");
        Assert.Equal(0, twelve.GetProperty("eligible").GetInt32());
        Assert.Equal(JsonValueKind.Null, twelve.GetProperty("value").ValueKind);
    }

    [Fact]
    public void Write_Thresholds_TheDefaults()
    {
        var t = Json().GetProperty("thresholds");
        Assert.Equal((90, 210, 70_000, 240), (t.GetProperty("fledglingMaxDays").GetInt32(), t.GetProperty("trendyMaxDays").GetInt32(), t.GetProperty("amountThreshold").GetInt32(), t.GetProperty("churnDays").GetInt32()));
    }
}
