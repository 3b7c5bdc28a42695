using System.Globalization;
using System.Text;
using LtvKit.Charts;
using LtvKit.Report;
using LtvKit.Segments;
using Microsoft.Playwright;

namespace LtvKit.BrowserTests;

/// <summary>The client report in a real browser: offline, every chart drawn, the controls regroup exactly, nothing from the data runs.</summary>
[Collection(SharedBrowser.Name)]
public class ReportBrowserTests(Browser browser)
{
    private static readonly string[] ChartIds =
        ["chart-crosstab", "chart-scatter", "chart-lastmonth", "chart-channel", "chart-product", "chart-monthly", "chart-funnel", "chart-returns",
         "chart-deciles", "chart-kaplanmeier"];

    [Theory]
    [InlineData(LabelLanguage.Japanese, "ja")]
    [InlineData(LabelLanguage.English, "en")]
    public async Task Report_Offline_DrawsEveryChart_WithoutRequestsErrorsOrDialogs(LabelLanguage language, string lang)
    {
        var path = Fixtures.Report(Fixtures.Medium.Value, Fixtures.Options(language));
        await using var report = await ReportPage.OpenAsync(browser, path);

        Assert.Equal("true", await report.ReadyAsync());
        Assert.Equal(lang, await report.Page.GetAttributeAsync("html", "lang"));
        var charts = report.Page.Locator(".chart[data-figure]");
        string[] ids = await report.Page.Locator("#chart-clv").CountAsync() > 0 ? [.. ChartIds, "chart-clv"] : ChartIds;
        Assert.Equal(ids.Length, await charts.CountAsync());
        foreach (var id in ids)
        {
            var chart = report.Page.Locator("#" + id);
            Assert.True(await chart.Locator("svg.main-svg").CountAsync() > 0, $"{id}: no plot SVG");
            Assert.True(await chart.Locator("svg.main-svg .trace").CountAsync() > 0, $"{id}: no trace drawn");
        }
        Assert.Empty(report.Requests);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Dialogs);
    }

    public static TheoryData<int, int, decimal, int> ThresholdSets => new()
    {
        { 60, 300, 50_000m, 180 },
        { 30, 120, 20_000m, 365 },
        { 1, 1, 0m, 1 },
        { 200, 900, 1_000_000m, 5_000 },
        { 90, 210, 70_000m, 240 },
    };

    [Theory]
    [MemberData(nameof(ThresholdSets))]
    public async Task ThresholdInputs_RegroupTheCrossTab_AsSegmentationClassify(int fledgling, int trendy, decimal amount, int churn)
    {
        var shop = Fixtures.Medium.Value;
        var path = Fixtures.Report(shop, Fixtures.Options());
        await using var report = await ReportPage.OpenAsync(browser, path);
        Assert.Equal("exact", await report.Page.EvaluateAsync<string>("JSON.parse(document.getElementById('ltv-data').textContent).mode"));

        await SetAll(report, fledgling, trendy, amount, churn);

        var expected = Segmentation.Classify(shop.Customers, new SegmentThresholds(fledgling, trendy, amount, churn));
        await AssertCrossTab(report, expected);
        await AssertChartsFollow(report, expected);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task ThresholdInputs_LargeShop_SnapToBinEdges_AndMatchClassify()
    {
        var shop = Fixtures.Medium.Value;
        // Above the exact limit the page counts bins: a 600-customer shop with a limit of 100 is a "large" one.
        var path = Fixtures.Report(shop, Fixtures.Options(exactLimit: 100));
        await using var report = await ReportPage.OpenAsync(browser, path);
        Assert.Equal("binned", await report.Page.EvaluateAsync<string>("JSON.parse(document.getElementById('ltv-data').textContent).mode"));
        Assert.True(await report.Page.Locator("#th-binned").IsVisibleAsync());

        var typed = new SegmentThresholds(95, 333, 52_345m, 200 + 3);
        var snapped = ThresholdBins.For(shop.Customers, SegmentThresholds.Default).Snap(typed);
        Assert.NotEqual(typed, snapped);
        await SetAll(report, typed.FledglingMaxDays, typed.TrendyMaxDays, typed.AmountThreshold, typed.ChurnDays, snapped);

        Assert.Contains(ChartLabels.Count(snapped.FledglingMaxDays), await report.Page.Locator("#th-status").TextContentAsync(), StringComparison.Ordinal);
        await AssertCrossTab(report, Segmentation.Classify(shop.Customers, snapped));

        // Thresholds on bin edges are not moved, and count exactly.
        var onEdges = new SegmentThresholds(60, 300, 50_000m, 180);
        Assert.Equal(onEdges, ThresholdBins.For(shop.Customers, SegmentThresholds.Default).Snap(onEdges));
        await SetAll(report, 60, 300, 50_000m, 180);
        await AssertCrossTab(report, Segmentation.Classify(shop.Customers, onEdges));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task InvalidThreshold_SaysWhy_AndKeepsTheLastGrouping()
    {
        var path = Fixtures.Report(Fixtures.Medium.Value, Fixtures.Options());
        await using var report = await ReportPage.OpenAsync(browser, path);
        var before = await report.CellAsync("n-1-0");

        await report.SetThresholdAsync("th-f", "0");

        Assert.Equal("true", await report.Page.GetAttributeAsync("#th-f", "aria-invalid"));
        Assert.True(await report.Page.Locator("#th-status .error").CountAsync() == 1);
        Assert.Equal(before, await report.CellAsync("n-1-0"));
        await report.SetThresholdAsync("th-f", "90");
        Assert.Equal("false", await report.Page.GetAttributeAsync("#th-f", "aria-invalid"));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public async Task CustomerList_SearchesSortsAndPages()
    {
        var shop = Fixtures.Medium.Value;
        var path = Fixtures.Report(shop, Fixtures.Options());
        await using var report = await ReportPage.OpenAsync(browser, path);
        var rows = report.Page.Locator("#customer-list-body tr");

        Assert.Equal(25, await rows.CountAsync());
        var top = shop.Customers.OrderByDescending(c => c.Revenue).ThenBy(c => c.Id, StringComparer.Ordinal).First();
        Assert.Equal(top.Id, await rows.First.Locator("td").First.TextContentAsync());
        Assert.Equal(ChartLabels.Yen(top.Revenue), await rows.First.Locator("td").Nth(4).TextContentAsync());
        Assert.Equal(top.FirstPurchase.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await rows.First.Locator("td").Nth(5).TextContentAsync());
        Assert.Equal(top.LastPurchase.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await rows.First.Locator("td").Nth(6).TextContentAsync());

        await report.Page.ClickAsync("#list-next");
        Assert.StartsWith("26", (await report.Page.Locator("#list-page").TextContentAsync())!, StringComparison.Ordinal);

        var someone = shop.Customers[shop.Customers.Count / 2];
        await report.Page.FillAsync("#list-search", someone.Id.ToLowerInvariant());
        Assert.Equal(1, await rows.CountAsync());
        Assert.Equal(someone.Id, await rows.First.Locator("td").First.TextContentAsync());

        await report.Page.FillAsync("#list-search", "");
        await report.Page.ClickAsync("#customer-list th[data-sort='revenue']");
        Assert.Equal("ascending", await report.Page.GetAttributeAsync("#customer-list th[data-sort='revenue']", "aria-sort"));
        var lowest = shop.Customers.Min(c => c.Revenue);
        Assert.Equal(ChartLabels.Yen(lowest), await rows.First.Locator("td").Nth(4).TextContentAsync());

        await report.Page.SelectOptionAsync("#list-group", "4");
        var loyal = Segmentation.Classify(shop.Customers).Cells.Where(c => c.Segment == nameof(Segment.Loyal)).Sum(c => c.Customers);
        Assert.Equal(Math.Min(loyal, 25), await rows.CountAsync());
        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ScriptInjection_InIdsProductsChannelsAndNames_StaysText(bool showPii)
    {
        var path = Fixtures.Report(Fixtures.Hostile.Value, Fixtures.Options(showPii: showPii));
        await using var report = await ReportPage.OpenAsync(browser, path);

        Assert.Equal("true", await report.ReadyAsync());
        Assert.Empty(report.Dialogs);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Requests);
        Assert.Equal(0, await report.Page.Locator("img").CountAsync());
        Assert.Equal(0, await report.Page.Locator("b:has-text('悪意')").CountAsync());
        // 1 data block + 10 figures + plotly.js + the page script: no other script element came from the data.
        Assert.Equal(13, await report.Page.Locator("script").CountAsync());

        await report.Page.FillAsync("#list-search", "img");
        Assert.Equal(Fixtures.XssPayload, await report.Page.Locator("#customer-list-body tr td").First.TextContentAsync());
        var tables = await report.Page.Locator("table.first-touch").AllTextContentsAsync();
        Assert.Contains(Fixtures.XssPayload, string.Join("\n", tables), StringComparison.Ordinal);
        Assert.Contains(Fixtures.XssScript, string.Join("\n", tables), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", string.Join("\n", tables), StringComparison.Ordinal);
        // Plotly shows the names as written (its tick labels are SVG text).
        Assert.Contains(Fixtures.XssPayload, await report.Page.Locator("#chart-channel").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(Fixtures.XssScript, await report.Page.Locator("#chart-product").TextContentAsync(), StringComparison.Ordinal);
        if (showPii)
            Assert.Equal("<b>悪意 太郎</b>", await report.Page.Locator("#customer-list-body tr td").Nth(9).TextContentAsync());
    }

    [Fact]
    public async Task PersonalData_IsShownOnlyWithShowPii()
    {
        var shop = Fixtures.Hostile.Value;
        string[] personal = ["山田 花子", "hanako.yamada@example.jp", "06-3333-4444", "大阪府大阪市北区梅田1-1-1"];

        var hidden = Fixtures.Report(shop, Fixtures.Options());
        var bytes = await File.ReadAllBytesAsync(hidden);
        foreach (var value in personal)
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)));
        await using (var report = await ReportPage.OpenAsync(browser, hidden))
        {
            Assert.Equal(9, await report.Page.Locator("#customer-list thead th").CountAsync());
            Assert.DoesNotContain("山田", await report.Page.Locator("body").TextContentAsync(), StringComparison.Ordinal);
        }

        var shown = Fixtures.Report(shop, Fixtures.Options(showPii: true));
        await using (var report = await ReportPage.OpenAsync(browser, shown))
        {
            Assert.Equal(15, await report.Page.Locator("#customer-list thead th").CountAsync());
            await report.Page.FillAsync("#list-search", "hanako");
            var row = await report.Page.Locator("#customer-list-body tr").First.Locator("td").AllTextContentsAsync();
            foreach (var value in personal)
                Assert.Contains(value, row);
        }
    }

    [Fact]
    public async Task Screenshots_AndA4Pdf_AreSavedForAPersonToLookAt()
    {
        var folder = Fixtures.ArtifactFolder();
        foreach (var (language, name) in new[] { (LabelLanguage.Japanese, "ja"), (LabelLanguage.English, "en") })
        {
            var path = Fixtures.Report(Fixtures.Medium.Value, Fixtures.Options(language));
            await using var report = await ReportPage.OpenAsync(browser, path);
            var png = Path.Combine(folder, $"report-{name}.png");
            await report.Page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
            Assert.True(new FileInfo(png).Length > 100_000, png);
            if (language != LabelLanguage.Japanese)
                continue;
            await report.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "report-ja-top.png") });
            var pdf = Path.Combine(folder, "report-ja-a4.pdf");
            await report.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await report.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
            var text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf));
            Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
            Assert.True(CountPages(text) >= 4, $"{pdf}: {CountPages(text)} pages");
            Assert.Empty(report.Errors);
        }
    }

    private static int CountPages(string pdf) =>
        System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page[^s]");

    private static async Task SetAll(ReportPage report, int fledgling, int trendy, decimal amount, int churn, SegmentThresholds? shown = null)
    {
        // Trendy first when it grows, so that no intermediate state is invalid for long; the last input regroups.
        await report.SetThresholdAsync("th-t", "100000");
        await report.SetThresholdAsync("th-f", fledgling.ToString(CultureInfo.InvariantCulture));
        await report.SetThresholdAsync("th-t", trendy.ToString(CultureInfo.InvariantCulture));
        await report.SetThresholdAsync("th-a", amount.ToString(CultureInfo.InvariantCulture));
        await report.SetThresholdAsync("th-c", churn.ToString(CultureInfo.InvariantCulture));
        var t = shown ?? new SegmentThresholds(fledgling, trendy, amount, churn);
        var key = string.Join(',', t.FledglingMaxDays, t.TrendyMaxDays, t.AmountThreshold.ToString("0.##", CultureInfo.InvariantCulture), t.ChurnDays);
        await report.Page.WaitForSelectorAsync($"html[data-thresholds='{key}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
    }

    private static async Task AssertCrossTab(ReportPage report, Segmentation expected)
    {
        var names = expected.Rules.Rules.Select(r => r.Name).ToList();
        foreach (var cell in expected.Cells)
        {
            var g = names.IndexOf(cell.Segment);
            var s = (int)cell.Status;
            Assert.Equal(ChartLabels.Count(cell.Customers), await report.CellAsync($"n-{g}-{s}"));
            Assert.Equal(ChartLabels.Yen(cell.Revenue), await report.CellAsync($"rev-{g}-{s}"));
        }
        Assert.Equal(ChartLabels.Count(expected.Customers.Count), await report.CellAsync("n-all"));
    }

    private static async Task AssertChartsFollow(ReportPage report, Segmentation expected)
    {
        var names = expected.Rules.Rules.Select(r => r.Name).ToList();
        // Cross-tab chart: trace 0 active, trace 1 churned, one bar per group.
        var bars = await report.Page.EvaluateAsync<int[][]>("document.getElementById('chart-crosstab').data.map(t => t.x)");
        for (var g = 0; g < names.Count; g++)
        {
            Assert.Equal(expected.Cells.First(c => c.Segment == names[g] && c.Status == CustomerStatus.Active).Customers, bars[0][g]);
            Assert.Equal(expected.Cells.First(c => c.Segment == names[g] && c.Status == CustomerStatus.Churned).Customers, bars[1][g]);
        }
        // Scatter: every customer (the shop is below the sample size) in the trace of their group and status.
        var points = await report.Page.EvaluateAsync<int[]>("document.getElementById('chart-scatter').data.map(t => t.x.length)");
        for (var g = 0; g < names.Count; g++)
        {
            Assert.Equal(expected.Cells.First(c => c.Segment == names[g] && c.Status == CustomerStatus.Churned).Customers, points[g]);
            Assert.Equal(expected.Cells.First(c => c.Segment == names[g] && c.Status == CustomerStatus.Active).Customers, points[names.Count + g]);
        }
        // Last-purchase months: the churned bars add up to the churned customers.
        var churned = await report.Page.EvaluateAsync<int>("document.getElementById('chart-lastmonth').data[1].y.reduce((a, b) => a + b, 0)");
        Assert.Equal(expected.Cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => c.Customers), churned);
        // The figures' names and printed captions (a Japanese report) state the regrouped numbers, not those of the default thresholds.
        var active = ChartLabels.Count(expected.Cells.Where(c => c.Status == CustomerStatus.Active).Sum(c => (long)c.Customers));
        var churnedText = ChartLabels.Count(churned);
        var crossTab = await FigureTextAsync(report, "chart-crosstab");
        Assert.All(crossTab, text => Assert.Contains($"既存顧客 {active}人、離脱客 {churnedText}人", text, StringComparison.Ordinal));
        var lastMonth = await FigureTextAsync(report, "chart-lastmonth");
        var days = ChartLabels.Count(expected.Thresholds.ChurnDays);
        Assert.All(lastMonth, text => Assert.Contains($"最終購入から{days}日以上の離脱客は{churnedText}人", text, StringComparison.Ordinal));
    }

    /// <summary>A chart's figure label and its print caption.</summary>
    private static Task<string[]> FigureTextAsync(ReportPage report, string chart) =>
        report.Page.EvaluateAsync<string[]>(
            $"(() => {{ const f = document.getElementById('{chart}').closest('figure'); return [f.getAttribute('aria-label'), f.querySelector('figcaption').textContent]; }})()");
}
