using System.Text.Json;
using LtvKit.Charts;
using Microsoft.Playwright;

namespace LtvKit.BrowserTests;

/// <summary>The report on a laptop and on a phone: nothing sticks out of the page, no toolbar covers a legend, thresholds apply when committed.</summary>
[Collection(SharedBrowser.Name)]
public class LayoutBrowserTests(Browser browser)
{
    /// <summary>
    /// Every visible element's box, outside the tables' own scroll boxes, lies inside the viewport; every tile's
    /// value lies inside its tile; the page does not scroll sideways. Returns what sticks out.
    /// </summary>
    private const string OverflowScript = """
() => {
  const vw = document.documentElement.clientWidth, out = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  const scrolls = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect(), style = getComputedStyle(el);
    // Inside an <svg> the outer svg clips (the threshold lines run far past the plot); Plotly's text-measuring svg sits off screen on purpose.
    if ((r.width === 0 && r.height === 0) || style.visibility === 'hidden' || el.ownerSVGElement || el.id === 'js-plotly-tester' || scrolls(el)) continue;
    if (r.right > vw + 0.5 || r.left < -0.5) out.push(name(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  for (const tile of document.querySelectorAll('.tile')) {
    const t = tile.getBoundingClientRect();
    for (const part of tile.children) {
      const r = part.getBoundingClientRect();
      if (part.scrollWidth > part.clientWidth + 1 || r.right > t.right + 0.5) out.push('tile ' + tile.id + ' ' + name(part));
    }
  }
  if (document.documentElement.scrollWidth > vw) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
  return out.slice(0, 30);
}
""";

    /// <summary>Pairs (toolbar, legend) whose boxes intersect, in any chart.</summary>
    private const string ToolbarOnLegendScript = """
() => {
  const hits = [];
  for (const chart of document.querySelectorAll('.chart[data-figure]')) {
    const bars = [...chart.querySelectorAll('.modebar, .modebar-container')].map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
    const legends = [...chart.querySelectorAll('g.legend')].map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
    for (const b of bars) for (const l of legends)
      if (b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom) hits.push(chart.id);
  }
  return hits;
}
""";

    [Theory]
    [InlineData(LabelLanguage.Japanese, 1366, false)]
    [InlineData(LabelLanguage.Japanese, 390, false)]
    [InlineData(LabelLanguage.English, 1366, false)]
    [InlineData(LabelLanguage.English, 390, false)]
    [InlineData(LabelLanguage.Japanese, 360, false)]
    [InlineData(LabelLanguage.Japanese, 1366, true)]
    [InlineData(LabelLanguage.Japanese, 390, true)]
    [InlineData(LabelLanguage.English, 414, true)]
    public async Task Report_AtLaptopAndPhoneWidth_NothingOverflows_NoToolbarOnALegend(LabelLanguage language, int width, bool sample)
    {
        var path = Fixtures.Report(sample ? Fixtures.Sample.Value : Fixtures.Medium.Value, Fixtures.Options(language));
        await using var report = await ReportPage.OpenAsync(browser, path, width, phone: width < 500);
        Assert.Equal("true", await report.ReadyAsync());

        Assert.Empty(await report.Page.EvaluateAsync<string[]>(OverflowScript));
        // The toolbar would show on hover: hover every chart, then look.
        foreach (var chart in await report.Page.Locator(".chart[data-figure]").AllAsync())
        {
            await chart.ScrollIntoViewIfNeededAsync();
            await chart.HoverAsync(new LocatorHoverOptions { Position = new Position { X = 30, Y = 30 } });
            Assert.Empty(await report.Page.EvaluateAsync<string[]>(ToolbarOnLegendScript));
            Assert.Equal(0, await chart.Locator(".modebar").CountAsync());
        }
        Assert.Empty(report.Errors);
        await SaveSections(report, $"{(sample ? "sample" : "medium")}-{(language == LabelLanguage.Japanese ? "ja" : "en")}-{width}");
    }

    [Fact]
    public async Task ThresholdInput_AppliesOnEnterOrLeaving_NotOnEachKeystroke()
    {
        var path = Fixtures.Report(Fixtures.Medium.Value, Fixtures.Options());
        await using var report = await ReportPage.OpenAsync(browser, path);
        var initial = await report.Page.GetAttributeAsync("html", "data-thresholds");
        var before = await report.CellAsync("n-all-1");

        // Typing 300 into the churn days: nothing regroups at 3 or at 30 on the way.
        await report.Page.FillAsync("#th-c", "");
        await report.Page.Locator("#th-c").PressSequentiallyAsync("300");
        Assert.Equal(initial, await report.Page.GetAttributeAsync("html", "data-thresholds"));
        Assert.Equal(before, await report.CellAsync("n-all-1"));

        await report.Page.PressAsync("#th-c", "Enter");
        Assert.EndsWith(",300", await report.Page.GetAttributeAsync("html", "data-thresholds"), StringComparison.Ordinal);

        // Leaving the field (change) applies too.
        await report.Page.FillAsync("#th-c", "200");
        await report.Page.Locator("#th-a").FocusAsync();
        Assert.EndsWith(",200", await report.Page.GetAttributeAsync("html", "data-thresholds"), StringComparison.Ordinal);

        // An invalid value says why and keeps the grouping.
        var kept = await report.CellAsync("n-all-1");
        await report.Page.FillAsync("#th-c", "-5");
        await report.Page.PressAsync("#th-c", "Enter");
        Assert.Equal("true", await report.Page.GetAttributeAsync("#th-c", "aria-invalid"));
        Assert.Equal(1, await report.Page.Locator("#th-status .error").CountAsync());
        Assert.EndsWith(",200", await report.Page.GetAttributeAsync("html", "data-thresholds"), StringComparison.Ordinal);
        Assert.Equal(kept, await report.CellAsync("n-all-1"));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task Scatter_DrawsEveryCustomer_ThoseAboveTheAxisAtTheEdge_WithANote()
    {
        var shop = Fixtures.Medium.Value;
        var path = Fixtures.Report(shop, Fixtures.Options());
        await using var report = await ReportPage.OpenAsync(browser, path);
        const string Read = """
() => { const c = document.getElementById('chart-scatter'), top = c.layout.yaxis.range[1];
  let n = 0, above = 0, outside = 0, highest = 0;
  for (const t of c.data) t.y.forEach((y, i) => { n++; if (y > top) outside++; if (t.marker.symbol[i].startsWith('triangle')) { above++; highest = Math.max(highest, t.customdata[i]); if (!(t.customdata[i] > top)) outside++; } });
  return [n, above, outside, highest, top]; }
""";
        var before = await report.Page.EvaluateAsync<double[]>(Read);
        var expectedAbove = shop.Customers.Count(c => (double)c.Revenue > before[4]);
        Assert.Equal(shop.Customers.Count, (int)before[0]);
        Assert.Equal(0, before[2]);
        Assert.True(expectedAbove > 0, "the fixture has customers above the 99th percentile");
        Assert.Equal(expectedAbove, (int)before[1]);
        Assert.Equal((double)shop.Customers.Max(c => c.Revenue), before[3]);
        var note = await report.Page.Locator("#scatter-above").TextContentAsync();
        Assert.Contains($"{ChartLabels.Count(expectedAbove)}人", note, StringComparison.Ordinal);
        Assert.Contains(ChartLabels.Yen(shop.Customers.Max(c => c.Revenue)), note, StringComparison.Ordinal);

        // A higher amount threshold raises the axis: the page script redraws the edge and rewrites the note.
        await report.SetThresholdAsync("th-a", "1000000");
        await report.Page.WaitForSelectorAsync("html[data-thresholds$=',1000000,240']", new() { State = WaitForSelectorState.Attached });
        var after = await report.Page.EvaluateAsync<double[]>(Read);
        Assert.Equal(shop.Customers.Count, (int)after[0]);
        Assert.Equal(0, after[2]);
        Assert.Equal(shop.Customers.Count(c => (double)c.Revenue > after[4]), (int)after[1]);
        Assert.Equal(after[1] == 0 ? "" : "x", (await report.Page.Locator("#scatter-above").TextContentAsync())!.Length == 0 ? "" : "x");
        Assert.Empty(report.Errors);
    }

    /// <summary>Screenshots of each section, for a person to look at (out/test-artifacts/layout-…).</summary>
    private static async Task SaveSections(ReportPage report, string name)
    {
        var folder = Fixtures.ArtifactFolder();
        foreach (var section in await report.Page.Locator("main > section").AllAsync())
        {
            var id = await section.GetAttributeAsync("id");
            await section.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"layout-{name}-{id}.png") });
        }
    }
}
