using System.Text.Json;
using LtvKit.Ingest;

namespace LtvKit.Tests;

public class AnalysisConfigTests
{
    [Fact]
    public void Config_ThresholdsAndCustomGroupsFromJson()
    {
        using var json = JsonDocument.Parse("""
            { "thresholds": { "churnDays": 180 },
              "f2WindowDays": 45,
              "segments": [ { "name": "初回客", "tenureDays": { "max": 1 } }, { "name": "リピーター", "tenureDays": { "min": 1 } } ] }
            """);
        var config = AnalysisConfig.Parse(json.RootElement, "config.json");
        Assert.Equal(180, config.Thresholds.ChurnDays);
        Assert.Equal(90, config.Thresholds.FledglingMaxDays);
        Assert.Equal(45, config.Metrics.F2WindowDays);
        Assert.Equal(["初回客", "リピーター"], config.Rules.Names);
        Assert.NotNull(config.CustomRules);
    }

    [Fact]
    public void Config_NonMeceGroups_AreRejectedWithAPoint()
    {
        using var json = JsonDocument.Parse("""{ "segments": [ { "name": "a", "tenureDays": { "max": 10 } }, { "name": "b", "tenureDays": { "min": 20 } } ] }""");
        var e = Assert.Throws<InputException>(() => AnalysisConfig.Parse(json.RootElement, "config.json"));
        Assert.Contains("tenure 10 days", e.Message, StringComparison.Ordinal);
    }
}
