using Microsoft.Playwright;

namespace LtvKit.BrowserTests;

/// <summary>One headless Debian chromium for all the browser tests, driven by Playwright for .NET.</summary>
/// <remarks>
/// Playwright's driver ships inside its NuGet package; the browser is the system's own <c>/usr/bin/chromium</c>
/// (test.sh installs it), never a downloaded one. <c>LTVKIT_CHROMIUM</c> points elsewhere if needed.
/// </remarks>
public sealed class Browser : IAsyncLifetime
{
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("LTVKIT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} not found: the browser tests drive Debian's chromium (apt-get install chromium; ./test.sh does it).");
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
            await Chromium.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}

/// <summary>A report opened in its own browser context with the network cut off, recording anything that went wrong.</summary>
public sealed class ReportPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private ReportPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every request for anything but the report file itself (all were aborted).</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Console errors and uncaught exceptions.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>alert / confirm / prompt dialogs that opened (a script ran that should not have).</summary>
    public List<string> Dialogs { get; } = [];

    public static async Task<ReportPage> OpenAsync(Browser browser, string reportPath, int width = 1280, bool phone = false)
    {
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page);
        var self = new Uri(reportPath).AbsoluteUri;
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == self)
            {
                await route.ContinueAsync();
                return;
            }
            lock (report.Requests)
                report.Requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        page.WebSocket += (_, socket) => { lock (report.Requests) report.Requests.Add(socket.Url); };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("[Violation]", StringComparison.Ordinal))
                lock (report.Errors) report.Errors.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (report.Errors) report.Errors.Add("page error: " + error); };
        page.Dialog += async (_, dialog) =>
        {
            lock (report.Dialogs) report.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync(self, new PageGotoOptions { Timeout = 120_000 });
        // The page marks <html data-ready="true"> when every chart is drawn ("error" if one failed).
        await page.WaitForSelectorAsync("html[data-ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        return report;
    }

    public Task<string?> ReadyAsync() => Page.GetAttributeAsync("html", "data-ready");

    /// <summary>Types a value into a threshold input and presses Enter, as a person would, and waits for the page to regroup.</summary>
    public async Task SetThresholdAsync(string input, string value)
    {
        await Page.FillAsync("#" + input, value);
        await Page.PressAsync("#" + input, "Enter");
        await Page.WaitForTimeoutAsync(50);
    }

    public async Task<string> CellAsync(string key) => (await Page.Locator($"[data-cell='{key}']").TextContentAsync())?.Trim() ?? "";

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
