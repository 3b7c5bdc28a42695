using System.Text;
using System.Text.RegularExpressions;
using LtvKit.Charts;
using LtvKit.Report;
using LtvKit.Segments;

namespace LtvKit.Tests.Report;

public class ReportHtmlTests
{
    private static readonly Lazy<Shop> Synthetic = new(() => ReportFixtures.Synthetic(800));
    private static readonly Lazy<Shop> Hostile = new(ReportFixtures.Hostile);

    private static string Html(Shop shop, ReportOptions? options = null, AnalysisConfig? config = null) =>
        ReportHtml.ToHtml(shop.Kpis(config), shop.Profiles, options);

    [Fact]
    public void Html_InlinesPlotlyOnce_AndReferencesNothingOutside()
    {
        var html = Html(Synthetic.Value);

        Assert.Equal(1, Regex.Count(html, @"plotly\.js \(finance - minified\) v\d+\.\d+\.\d+"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script[^>]+\bsrc\s*=", html);
        Assert.DoesNotMatch(@"<link\b", html);
        Assert.DoesNotMatch(@"<(img|iframe|object|embed)\b", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK JP", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_FiguresUseOnlyTracesOfTheInlinedPlotlyBundle()
    {
        foreach (var html in (string[])[Html(Synthetic.Value), Html(Synthetic.Value, new ReportOptions { ExactCustomerLimit = 100 }), Html(Hostile.Value)])
        {
            var figures = Regex.Matches(html, "<script type=\"application/json\" id=\"fig-[^\"]+\">(.*?)</script>", RegexOptions.Singleline);
            Assert.Equal(10, figures.Count);
            var traces = figures.SelectMany(f => System.Text.Json.JsonDocument.Parse(f.Groups[1].Value).RootElement.GetProperty("data").EnumerateArray())
                .Select(t => t.TryGetProperty("type", out var type) ? type.GetString()! : "scatter")
                .ToHashSet();
            Assert.Subset((HashSet<string>)[.. ReportPlotlyJs.TraceTypes], traces);
            Assert.Contains("funnel", traces);
        }
    }

    [Fact]
    public void Html_HasTheSectionsInOrder()
    {
        var html = Html(Synthetic.Value);
        string[] order = ["id=\"owner\"", "id=\"kpi\"", "id=\"tile-customers\"", "id=\"tile-revenue\"", "id=\"tile-average-ltv\"", "id=\"tile-ltv12\"",
            "id=\"tile-repeat\"", "id=\"tile-f2\"", "id=\"tile-days-to-second\"", "id=\"dataline\"", "id=\"portfolio\"", "id=\"controls\"", "id=\"crosstab\"", "id=\"chart-scatter\"",
            "id=\"customer-list\"", "id=\"chart-lastmonth\"", "id=\"first-touch\"", "id=\"chart-channel\"", "id=\"chart-product\"", "id=\"repeat\"",
            "id=\"chart-monthly\"", "id=\"chart-funnel\"", "id=\"chart-returns\"", "id=\"clv\"", "id=\"guide\""];
        var at = order.Select(marker => html.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Html_DataLine_ShowsWhereEveryRowWent()
    {
        var shop = TestShop.Load(TestShop.Csv("A1,C1,2024-01-01,10000", "A2,C1,2024-01-21,5000", "B1,C2,2024-03-01,3000", "C1,C3,2024-12-15,8000,キャンセル", "D1,C4,2024-12-20,2500", "E1,,2024-12-20,100"));
        var html = Html(shop);
        Assert.Contains("読み込んだ行 <b>6</b> ＝ 集計に使用 <b>4</b> ＋ 読めずに除外 <b>1</b> ＋ キャンセル <b>1</b> ＋ 基準日より後 <b>0</b>", html, StringComparison.Ordinal);
        Assert.Contains("すべての行の行き先が一致", html, StringComparison.Ordinal);
        var english = Html(shop, new ReportOptions { Language = LabelLanguage.English });
        Assert.Contains("<b>6</b> rows read = <b>4</b> used + <b>1</b> rejected + <b>1</b> cancelled + <b>0</b> after the as-of date", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Yen_HasThousandsSeparators()
    {
        var shop = TestShop.Load(TestShop.Csv("A1,C1,2024-01-01,1234567", "B1,C2,2024-03-01,3000"));
        var html = Html(shop);
        Assert.Contains("¥1,237,567", html, StringComparison.Ordinal);
        Assert.Contains("data-cell=\"rev-0-0\">¥1,237,567<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ScriptInjection_NeverAppearsAsMarkup()
    {
        var html = Html(Hostile.Value, new ReportOptions { ShowPii = true });

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(2)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>悪意", html, StringComparison.Ordinal);
        // Inside the JSON blocks no character that could end the element or break older JavaScript is left raw.
        var blocks = Regex.Matches(html, "<script type=\"application/json\" id=\"[^\"]+\">(.*?)</script>", RegexOptions.Singleline);
        Assert.Equal(11, blocks.Count); // the data, and 10 figures (8 + the deciles and the Kaplan–Meier F2 of the analyses)
        foreach (Match block in blocks)
        {
            foreach (var bad in new[] { "<", ">", "&", "\u2028", "\u2029" })
                Assert.DoesNotContain(bad, block.Groups[1].Value, StringComparison.Ordinal);
        }
        Assert.Contains("L\\u2028S\\u2029P", html, StringComparison.Ordinal);
        // The data block, ten figures, plotly.js and the page script: 13 script elements, each closed once.
        Assert.Equal(13, Regex.Count(html, "<script"));
        Assert.Equal(13, Regex.Count(html, "</script>"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("\\u003cimg src=x onerror=alert(1)\\u003e", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_PersonalData_AbsentWithoutShowPii_PresentWithIt()
    {
        var shop = Hostile.Value;
        var hidden = Encoding.UTF8.GetBytes(Html(shop));
        var shown = Html(shop, new ReportOptions { ShowPii = true });
        foreach (var value in ReportFixtures.PersonalData.Concat(["悪意", "山田", "花子", "hanako", "3333-4444", "梅田", "芝公園", "evil@"]))
            Assert.Equal(-1, hidden.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)));
        Assert.Contains("山田 花子", shown, StringComparison.Ordinal);
        Assert.Contains("hanako.yamada@example.jp", shown, StringComparison.Ordinal);
        Assert.Contains("C-002", Encoding.UTF8.GetString(hidden), StringComparison.Ordinal);
        Assert.Contains("are not in this file", Html(shop, new ReportOptions { Language = LabelLanguage.English }), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TitleAndLanguage()
    {
        var shop = Synthetic.Value;
        var html = Html(shop, new ReportOptions { Language = LabelLanguage.English, Title = "Shop <A> & co" });
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Shop &lt;A&gt; &amp; co</title>", html, StringComparison.Ordinal);
        Assert.Contains("How to read this", html, StringComparison.Ordinal);
        Assert.Contains("First-timers", html, StringComparison.Ordinal);
        var ja = Html(shop);
        Assert.Contains("<html lang=\"ja\">", ja, StringComparison.Ordinal);
        Assert.Contains("<title>顧客分析レポート</title>", ja, StringComparison.Ordinal);
        Assert.Contains("このレポートの読み方", ja, StringComparison.Ordinal);
        Assert.Contains("優良顧客", ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_CrossTab_IsTheSegmentationOfTheConfig()
    {
        var shop = Synthetic.Value;
        var thresholds = new SegmentThresholds(60, 300, 50_000m, 180);
        var config = AnalysisConfig.Default with { Thresholds = thresholds };
        var html = Html(shop, config: config);
        var cells = shop.Segment(thresholds).Cells;
        for (var i = 0; i < cells.Count; i++)
            Assert.Contains($"data-cell=\"n-{i / 2}-{i % 2}\">{ChartLabels.Count(cells[i].Customers)}<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"th-f\" name=\"th-f\" value=\"60\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"th-c\" name=\"th-c\" value=\"180\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LabelLanguage.Japanese, "再購入曲線（90日・300日）", "300日:", "240日")]
    [InlineData(LabelLanguage.English, "Return curve (90 and 300 days)", "300 d:", "240 d")]
    public void Html_ChurnDaysOfTheConfig_ReachTheReturnCurveAndTheGuide(LabelLanguage language, string heading, string mark, string never)
    {
        // A 300-day churn line: the heading, the chart's mark and the guide say 300, and 240 appears nowhere in the page's text.
        var config = AnalysisConfig.Default with { Thresholds = new SegmentThresholds(60, 210, 70_000m, 300) };
        var html = Html(Synthetic.Value, new ReportOptions { Language = language }, config);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(mark, html, StringComparison.Ordinal);
        Assert.Contains(language == LabelLanguage.Japanese ? "90日と300日の線" : "the 90- and 300-day lines", html, StringComparison.Ordinal);
        Assert.DoesNotContain(never, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_BidiControlsInShopData_ShowAsVisibleCodes_InTextAndCharts()
    {
        // A product and a channel named with RIGHT-TO-LEFT OVERRIDE: "\u202Egnp.exe" would render as "exe.png".
        var csv = TestShop.Header + "\n" + "1,C1,2024-01-01,\u202Egnp.exe,5000,\u2067LINE\u2069,\n" + "2,C1,2024-03-01,\u202Egnp.exe,5000,\u2067LINE\u2069,\n";
        var html = Html(TestShop.Load(csv));

        Assert.Contains("[U+202E]gnp.exe", html, StringComparison.Ordinal);
        Assert.Contains("[U+2067]LINE[U+2069]", html, StringComparison.Ordinal);
        foreach (var control in "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C")
            Assert.DoesNotContain(control.ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_CustomRuleSet_HasNoThresholdControls()
    {
        var rules = SegmentRules.Create(
        [
            new("初回", new(0, 1), Interval.All, Interval.All, Interval.All),
            new("<リピーター>", new(1, null), Interval.All, Interval.All, Interval.All),
        ]);
        var config = AnalysisConfig.Default with { CustomRules = rules };
        var html = Html(Synthetic.Value, config: config);
        Assert.DoesNotContain("id=\"controls\"", html, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"fixed\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;リピーター&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_LargeShop_IsBinned_AndListsTheTopCustomersWithANote()
    {
        var shop = Synthetic.Value;
        var html = Html(shop, new ReportOptions { ExactCustomerLimit = 100, ListLimit = 50, ScatterPoints = 200 });
        Assert.Contains("\"mode\":\"binned\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"th-binned\"", html, StringComparison.Ordinal);
        Assert.Contains($"累計購入金額の上位 50人を掲載しています（全 {ChartLabels.Count(shop.Customers.Count)}人）", html, StringComparison.Ordinal);
        Assert.Contains($"{ChartLabels.Count(shop.Customers.Count)}人から無作為に選んだ 200人", html, StringComparison.Ordinal);
        var top = ReportData.ListedCustomers(shop.Customers, 50);
        Assert.Equal(50, top.Length);
        Assert.True(top.Select(i => shop.Customers[i].Revenue).Zip(top.Skip(1).Select(i => shop.Customers[i].Revenue)).All(p => p.First >= p.Second));
        Assert.Equal(shop.Customers.Max(c => c.Revenue), shop.Customers[top[0]].Revenue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(29)]
    [InlineData(30)]
    [InlineData(100)]
    public void ListedCustomers_TopByRevenueThenId_AsAFullSortWould(int limit)
    {
        // 30 customers over three revenues: ties everywhere, broken by id; the ids are seen out of order.
        var rows = Enumerable.Range(0, 30).Select(i => $"A{i},C{(i * 7) % 30:D2},2024-01-0{1 + i % 9},{1000 * (1 + i % 3)}").ToArray();
        var customers = TestShop.Orders(null, rows).Customers;

        var top = ReportData.ListedCustomers(customers, limit);

        var expected = customers.OrderByDescending(c => c.Revenue).ThenBy(c => c.Id, StringComparer.Ordinal).Take(limit).Select(c => c.Id);
        Assert.Equal(expected, top.Select(i => customers[i].Id));
    }

    [Fact]
    public void Html_ShopWithoutCustomers_StillWrites()
    {
        var shop = TestShop.Load(TestShop.Csv("A1,C1,2024-01-01,1000,キャンセル"));
        Assert.Empty(shop.Customers);
        var html = Html(shop);
        Assert.Contains("data-cell=\"n-all\">0<", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteFile_IsAtomic_AndLeavesNoTemporaryFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "report.html");
        ReportHtml.WriteFile(path, Synthetic.Value.Kpis());
        Assert.True(File.Exists(path));
        Assert.Single(Directory.GetFiles(folder));
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void Html_Analyses_TablesOfThisShop_AndTheHostileNamesEscaped()
    {
        var kpis = Synthetic.Value.Kpis();
        var html = ReportHtml.ToHtml(kpis, Synthetic.Value.Profiles);

        Assert.Contains("<section class=\"card\" id=\"analyses\"", html, StringComparison.Ordinal);
        // One row per cohort shown (the last 12), and a blank (–) cell for every month that is not over.
        var cohortRows = Regex.Matches(Regex.Match(html, "id=\"cohort-table\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value, "<tr><th scope=\"row\">");
        Assert.Equal(Math.Min(12, kpis.Cohorts.Count), cohortRows.Count);
        // The migration note's numbers add up to every customer.
        var m = kpis.Migration;
        Assert.Equal(kpis.Customers, m.Stayed + m.Moved + m.New);
        Assert.Contains($"{m.Stayed:N0}人が同じ区分にとどまり", html, StringComparison.Ordinal);
        // The 11 × 10 migration matrix: one row per cell on the earlier date, plus "new".
        var migrationRows = Regex.Matches(Regex.Match(html, "id=\"migration-table\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value, "<tr><th scope=\"row\">");
        Assert.Equal(m.Cells.Count + 1, migrationRows.Count);
        Assert.Contains("id=\"km-note\"", html, StringComparison.Ordinal);

        var hostile = Html(Hostile.Value);
        Assert.Contains("id=\"analyses\"", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", hostile, StringComparison.Ordinal);
    }
}
