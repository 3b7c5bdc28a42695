using System.Diagnostics;
using System.Globalization;
using System.Text;
using LtvKit;
using LtvKit.BrowserTests;
using LtvKit.Ingest;
using LtvKit.Report;
using Microsoft.Playwright;

// Usage: LtvKit.ReportMeasure [customers = 1000000] [folder = a temp folder]
// Writes a synthetic orders CSV, builds the report, and loads it in headless Debian chromium with the network cut off.
// Or: LtvKit.ReportMeasure --html FILE — only loads an existing report in the browser.
string html;
if (args is ["--html", var existing])
{
    html = Path.GetFullPath(existing);
}
else
{
    var customers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
    var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "ltvkit-report-measure");
    Directory.CreateDirectory(folder);
    var csv = Path.Combine(folder, $"orders-{customers}.csv");
    html = Path.Combine(folder, $"report-{customers}.html");
    var clock = Stopwatch.StartNew();

    if (!File.Exists(csv))
    {
        using var writer = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 20);
        var lines = SyntheticShop.Write(writer, customers);
        Console.WriteLine($"generated {csv}: {lines:N0} order lines, {new FileInfo(csv).Length / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    clock.Restart();
    var shop = Shop.Load(new LoadOptions { OrderFiles = [csv] });
    var load = clock.Elapsed;
    clock.Restart();
    var kpis = shop.Kpis();
    var compute = clock.Elapsed;
    clock.Restart();
    ReportHtml.WriteFile(html, kpis, shop.Profiles);
    var write = clock.Elapsed;
    var size = new FileInfo(html).Length;
    Console.WriteLine($"{shop.Input.RowsRead:N0} rows, {kpis.Customers:N0} customers: load {load.TotalSeconds:0.0} s, KPIs {compute.TotalSeconds:0.0} s, report {write.TotalSeconds:0.0} s");
    Console.WriteLine($"report {html}: {size:N0} bytes = {size / 1024.0 / 1024.0:0.00} MiB (limit 15 MB)");
}

Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("LTVKIT_CHROMIUM") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync"],
});
for (var run = 1; run <= 3; run++)
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    var page = await context.NewPageAsync();
    var self = new Uri(html).AbsoluteUri;
    var blocked = 0;
    var errors = new List<string>();
    await context.RouteAsync("**/*", route => route.Request.Url == self ? route.ContinueAsync() : AbortAsync(route));
    page.PageError += (_, e) => errors.Add(e);
    page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
    var cdp = await context.NewCDPSessionAsync(page);
    await cdp.SendAsync("Performance.enable");
    await page.GotoAsync(self, new PageGotoOptions { Timeout = 300_000 });
    await page.WaitForSelectorAsync("html[data-ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 300_000 });
    var script = await page.EvaluateAsync<double>("window.ltvScriptStartMs");
    var first = await page.EvaluateAsync<double>("window.ltvFirstDrawMs");
    var all = await page.EvaluateAsync<double>("window.ltvAllDrawnMs");
    // Main-thread busy time (CPU work of the page, less sensitive than wall time to other processes on the machine).
    var metrics = (await cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
        .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    var regroup = await page.EvaluateAsync<double>(
        "(() => { const input = document.getElementById('th-a'); const t0 = performance.now(); input.value = '50000'; input.dispatchEvent(new Event('input')); return performance.now() - t0; })()");
    Console.WriteLine($"run {run}: page script starts {script:0} ms (plotly.js parsed), first chart drawn {first:0} ms, all 8 charts {all:0} ms after navigation; " +
        $"main thread busy {metrics["TaskDuration"] * 1000:0} ms (script {metrics["ScriptDuration"] * 1000:0} ms) until all drawn; regroup on a threshold change {regroup:0} ms; {blocked} requests, {errors.Count} errors {string.Join("; ", errors)}");
    await context.CloseAsync();

    Task AbortAsync(IRoute route)
    {
        blocked++;
        return route.AbortAsync();
    }
}
