using System.Text.Json;
using LtvKit.Charts;
using Xunit.Abstractions;

namespace LtvKit.BrowserTests;

/// <summary>The report audited by axe-core (from npm, injected into the page in the tests' chromium): no serious or critical violation.</summary>
[Collection(SharedBrowser.Name)]
public class AccessibilityBrowserTests(Browser browser, ITestOutputHelper output)
{
    private const string AuditScript = """
async () => {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map(v => ({ id: v.id, impact: v.impact || '', nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }));
}
""";

    [Theory]
    [InlineData(LabelLanguage.Japanese, 1280)]
    [InlineData(LabelLanguage.English, 1280)]
    [InlineData(LabelLanguage.Japanese, 390)]
    public async Task Report_AxeCore_NoSeriousOrCriticalViolation_OneMain_EveryChartAFigureWithItsNumber(LabelLanguage language, int width)
    {
        var path = Fixtures.Report(Fixtures.Medium.Value, Fixtures.Options(language));
        await using var report = await ReportPage.OpenAsync(browser, path, width, phone: width < 500);
        Assert.Equal("true", await report.ReadyAsync());

        await report.Page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe.min.js")) });
        var violations = await report.Page.EvaluateAsync<Violation[]>(AuditScript);
        foreach (var v in violations)
            output.WriteLine($"{v.Impact} {v.Id} ×{v.Nodes}: {v.Targets}");
        Assert.Empty(violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact} {v.Id} ×{v.Nodes}: {v.Targets}"));

        Assert.Equal(1, await report.Page.Locator("main, [role=main]").CountAsync());
        // Every chart sits in a <figure> whose label or caption states a number.
        var labels = await report.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.chart[data-figure]')].map(c => { const f = c.closest('figure'); return f ? c.id + ': ' + (f.getAttribute('aria-label') || (f.querySelector('figcaption') || {}).textContent || '') : c.id + ': no figure'; })");
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.Matches(@"^chart-[a-z]+: \D*\d", label));
        Assert.Empty(report.Requests);
        Assert.Empty(report.Errors);
    }

    public sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public int Nodes { get; set; }

        public string Targets { get; set; } = "";
    }
}
