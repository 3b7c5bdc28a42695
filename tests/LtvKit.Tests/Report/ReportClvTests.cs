using LtvKit.Charts;
using LtvKit.Clv;
using LtvKit.Report;
using LtvKit.Segments;

namespace LtvKit.Tests.Report;

public class ReportClvTests
{
    private static readonly Lazy<Shop> Synthetic = new(() => ReportFixtures.Synthetic(800));

    /// <summary>The bundled sample shop: two years, so a year to fit on and a year to check.</summary>
    private static readonly Lazy<Shop> Sample = new(() => Shop.Load(Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv")));

    /// <summary>Three customers, all in the last month before the as-of date: no year of history to fit on.</summary>
    private static Shop Young() => TestShop.Orders(new DateOnly(2024, 12, 31),
        "1,A,2024-12-01,5000", "2,A,2024-12-20,3000", "3,B,2024-12-05,4000", "4,C,2024-12-10,2000");

    private static string Html(Shop shop, ReportOptions? options = null) => ReportHtml.ToHtml(shop.Kpis(), shop.Profiles, options);

    /// <summary>The HTML of the CLV section alone (plotly.js, inlined in the page, does say NaN).</summary>
    private static string Section(string html)
    {
        var start = html.IndexOf("id=\"clv\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Html_SyntheticShopThatDoesNotFit_SaysWhyInOneLine()
    {
        var section = Section(Html(Synthetic.Value, new ReportOptions { Language = LabelLanguage.English }));

        Assert.Contains("id=\"clv-skipped\"", section, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ClvSection_CountsAreTheCrossTabs()
    {
        var shop = Sample.Value;
        var html = Html(shop);
        var cells = shop.Kpis().Segments.Cells;
        var groups = cells.Select(c => c.Segment).Distinct().ToList();

        Assert.Contains("id=\"chart-clv\"", html, StringComparison.Ordinal);
        foreach (var cell in cells)
        {
            var key = $"{groups.IndexOf(cell.Segment)}-{(int)cell.Status}";
            Assert.Contains($"data-cell=\"clv-n-{key}\">{ChartLabels.Count(cell.Customers)}</td>", html, StringComparison.Ordinal);
        }
        Assert.Contains($"data-cell=\"clv-n-all-1\">{ChartLabels.Count(cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => c.Customers))}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", Section(html), StringComparison.Ordinal);
        Assert.Contains("7 このレポートの読み方", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_DefaultCalibrationEnd_IsAYearBeforeAsOf_AndValuesLookFromAsOf()
    {
        var shop = Sample.Value;

        var clv = ReportClv.Compute(shop.Kpis().Segments, ReportOptions.Default);

        Assert.Null(clv.Skipped);
        Assert.Equal(shop.Customers.AsOf.AddDays(-365), clv.CalibrationEnd);
        Assert.Equal(shop.Customers.AsOf, clv.BySegment!.CalibrationEnd);
        Assert.Equal(12, clv.BySegment.HorizonMonths);
        Assert.Equal(0, clv.BySegment.CustomersWithoutForecast);
        Assert.All(clv.BySegment.Cells.Where(c => c.Customers > 0), c => Assert.InRange(c.MeanProbabilityAlive!.Value, 0, 1));
    }

    [Fact]
    public void Html_TooLittleHistory_SaysWhyInOneLine_WithoutChart()
    {
        var html = Html(Young(), new ReportOptions { Language = LabelLanguage.English });

        Assert.Contains("id=\"clv-skipped\"", html, StringComparison.Ordinal);
        Assert.Contains("does not reach back a year before the as-of date", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"chart-clv\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", Section(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ModelCannotBeFitted_ShowsTheClvExceptionMessage()
    {
        var shop = Young();
        var html = Html(shop, new ReportOptions { Language = LabelLanguage.English, ClvCalibrationEnd = new DateOnly(2024, 12, 15) });
        var reason = ReportClv.Compute(shop.Kpis().Segments, new ReportOptions { Language = LabelLanguage.English, ClvCalibrationEnd = new DateOnly(2024, 12, 15) }).Skipped;

        Assert.StartsWith("The CLV models could not be fitted: ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason!);
        Assert.Contains("id=\"clv-skipped\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ShowClvOff_HasNoSection_AndGuideIsSix()
    {
        var html = Html(Synthetic.Value, new ReportOptions { ShowClv = false });

        Assert.DoesNotContain("id=\"clv\"", html, StringComparison.Ordinal);
        Assert.Contains("6 このレポートの読み方", html, StringComparison.Ordinal);
    }
}
