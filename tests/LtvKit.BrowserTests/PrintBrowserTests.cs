using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LtvKit.Charts;
using Microsoft.Playwright;

namespace LtvKit.BrowserTests;

/// <summary>The report printed to an A4 PDF by the tests' chromium: a known number of pages, no figure split across two, no scrollbars, page headers.</summary>
/// <remarks>
/// The PDF is read back with poppler's <c>pdftotext -bbox</c> (test.sh installs poppler-utils): each figure's
/// print caption (図N｜…) gives the page it is on and where; the figure's height above its caption, measured in
/// print emulation at the width of the A4 text area, says where the figure starts. A figure split by a page break
/// would start above the page's top margin.
/// </remarks>
[Collection(SharedBrowser.Name)]
public class PrintBrowserTests(Browser browser)
{
    /// <summary>Width of the A4 text area in CSS pixels: 210 mm − 2 × 12 mm at 96 px per inch.</summary>
    private const int PrintWidthPx = 703;

    /// <summary>The top page margin of the style sheet (15 mm) in PDF points.</summary>
    private const double TopMarginPt = 15 / 25.4 * 72;

    /// <summary>Slack for the difference between a caption's line box and its glyphs' box, in points.</summary>
    private const double SlackPt = 8;

    private const double PtPerPx = 0.75;

    public static string PdfToText => File.Exists("/usr/bin/pdftotext") ? "/usr/bin/pdftotext"
        : throw new InvalidOperationException("/usr/bin/pdftotext not found: the print test reads the PDF with poppler (apt-get install poppler-utils; ./test.sh does it).");

    [Theory]
    [InlineData(LabelLanguage.Japanese, "図")]
    [InlineData(LabelLanguage.English, "Fig.")]
    public async Task Pdf_A4_KnownPageCount_NoFigureSplit_NoScrollbars(LabelLanguage language, string figure)
    {
        var path = Fixtures.Report(Fixtures.Medium.Value, Fixtures.Options(language));
        await using var report = await ReportPage.OpenAsync(browser, path, PrintWidthPx);
        await report.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // In print: the tables do not scroll, the list note says which rows are on paper.
        Assert.Equal(["visible"], await report.Page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('.table-wrap, .list-wrap')].map(e => getComputedStyle(e).overflowX))]"));
        Assert.StartsWith(language == LabelLanguage.Japanese ? "紙面には、画面で表示していた 1–25人目" : "Printed here: rows 1–25",
            (await report.Page.Locator("#list-print-note").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.False(await report.Page.Locator("#list-note .no-print").IsVisibleAsync());
        // Nothing is wider than the A4 text area (chromium would shrink the whole page to fit it).
        Assert.True(await report.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= PrintWidthPx,
            "wider than an A4 page: " + await report.Page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => !e.ownerSVGElement && e.id !== 'js-plotly-tester' && e.getBoundingClientRect().right > " + PrintWidthPx + ").slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));
        // Each figure: its caption's offset from the figure's top, in CSS pixels.
        var offsets = await report.Page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('figure.figure')].map(f => f.querySelector('figcaption').getBoundingClientRect().top - f.getBoundingClientRect().top)");
        Assert.NotEmpty(offsets);

        var pdf = Path.Combine(Fixtures.ArtifactFolder(), $"report-{(language == LabelLanguage.Japanese ? "ja" : "en")}-print.pdf");
        await report.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var pages = ReadPages(pdf);

        // 13 pages before the monthly analyses section, about 16 with it (at 8.5 pt tables).
        Assert.InRange(pages.Count, 8, 18);
        var tops = new List<string>();
        for (var n = 1; n <= offsets.Length; n++)
        {
            // pdftotext splits "図3｜…" into the words "図", "3", "｜…".
            var number = n.ToString(CultureInfo.InvariantCulture);
            var label = figure + number;
            var at = pages.SelectMany((words, page) => Enumerable.Range(0, Math.Max(0, words.Count - 1))
                .Where(i => words[i].Text == figure && words[i + 1].Text == number)
                .Select(i => (page, y: Math.Min(words[i].YMin, words[i + 1].YMin)))).ToList();
            Assert.True(at.Count == 1, $"{label}: found {at.Count} times");
            var top = at[0].y - offsets[n - 1] * PtPerPx;
            tops.Add($"{label} p{at[0].page + 1} {top:0} (y {at[0].y:0}, offset {offsets[n - 1]:0}px)");
            Assert.True(top >= TopMarginPt - SlackPt, $"{string.Join(", ", tops)}: {label} (page {at[0].page + 1}) starts {top:0.0} pt from the page top, above the {TopMarginPt:0.0} pt margin: split by a page break");
        }
        // The page header: the title on every page.
        var title = language == LabelLanguage.Japanese ? "顧客分析レポート" : "Customer";
        Assert.All(pages, words => Assert.Contains(words, w => w.Text.StartsWith(title, StringComparison.Ordinal) && w.YMin < TopMarginPt));
        Assert.Empty(report.Errors);
        Console.WriteLine($"{pdf}: {pages.Count} pages; figure tops (pt): {string.Join(", ", tops)}");
    }

    private sealed record Word(double YMin, string Text);

    /// <summary>The words of each page of <paramref name="pdf"/>, with their top in points.</summary>
    private static List<List<Word>> ReadPages(string pdf)
    {
        var start = new ProcessStartInfo(PdfToText) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-bbox", pdf, "-" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var xml = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return [.. Regex.Matches(xml, "<page[^>]*>(.*?)</page>", RegexOptions.Singleline).Select(page =>
            Regex.Matches(page.Groups[1].Value, "<word xMin=\"[^\"]*\" yMin=\"([^\"]*)\" xMax=\"[^\"]*\" yMax=\"[^\"]*\">([^<]*)</word>")
                .Select(w => new Word(double.Parse(w.Groups[1].Value, CultureInfo.InvariantCulture), System.Net.WebUtility.HtmlDecode(w.Groups[2].Value)))
                .ToList())];
    }
}
