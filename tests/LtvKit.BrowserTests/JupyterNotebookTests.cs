using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace LtvKit.BrowserTests;

/// <summary>
/// The kit's kernel in a real Jupyter frontend, offline: Debian's classic Notebook server with the kernel
/// installed into a temporary prefix, 04 opened in headless chromium, Cell → Run All, and the segment
/// scatter drawn as an SVG with points while every request that leaves 127.0.0.1 is aborted.
/// </summary>
/// <remarks>
/// The classic Notebook has no renderer for <c>application/vnd.plotly.v1+json</c>, so it shows the chart's
/// <c>text/html</c> fallback, which loads plotly.js from the kernelspec folder the server serves
/// (<c>/kernelspecs/ltvkit-csharp/plotly.min.js</c>). The notebook runs on a temporary copy, so the
/// server's autosave never touches the repository.
/// </remarks>
[Collection(SharedBrowser.Name)]
public sealed class JupyterNotebookTests(Browser browser)
{
    private const string Notebook = "04-segments-dashboard.ipynb";
    private static readonly TimeSpan RunAllTimeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task ClassicNotebook_RunAllOn04Offline_DrawsTheScatter()
    {
        using var server = await NotebookServer.StartAsync();
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var outside = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            lock (outside)
                outside.Add(route.Request.Url);
            await route.AbortAsync();
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{server.BaseUrl}notebooks/notebooks/{Notebook}");
            await page.WaitForFunctionAsync(
                "() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
                null, new PageWaitForFunctionOptions { Timeout = 120_000 });

            await page.ClickAsync("#menus a.dropdown-toggle:text-is(\"Cell\")");
            await page.ClickAsync("#run_all_cells > a");

            // Run All is done when no code cell waits or runs (In [*]) and every code cell has a number.
            await page.WaitForFunctionAsync(
                """
                () => Jupyter.notebook.get_cells()
                  .filter(c => c.cell_type === 'code' && c.get_text().trim() !== '')
                  .every(c => typeof c.input_prompt_number === 'number')
                """,
                null, new PageWaitForFunctionOptions { Timeout = (float)RunAllTimeout.TotalMilliseconds, PollingInterval = 1000 });
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.output_area .scatterlayer .point').length > 0",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });

            var errors = await page.EvalOnSelectorAllAsync<string[]>(".output_error", "els => els.map(e => e.innerText.slice(0, 300))");
            Assert.Empty(errors);
            var points = await page.EvalOnSelectorAllAsync<int>(".output_area .scatterlayer .point", "els => els.length");
            var charts = await page.EvalOnSelectorAllAsync<int>(".output_area .js-plotly-plot", "els => els.length");
            Assert.True(points >= 100, $"the scatter has {points} points");
            Assert.True(charts >= 3, $"{charts} charts drawn");
            var scripts = await page.EvalOnSelectorAllAsync<string[]>(".output_area script[src]", "els => els.map(e => e.getAttribute('src'))");
            Assert.DoesNotContain(scripts, source => source.Contains("http", StringComparison.OrdinalIgnoreCase));
            lock (outside)
                Assert.Empty(outside);

            await page.Locator(".output_area .js-plotly-plot").Nth(0).ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "ltvkit-browser-tests", "jupyter-04.png") });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>A classic Jupyter Notebook server on a free loopback port, with the kit's kernel and a copy of one notebook.</summary>
    private sealed class NotebookServer : IDisposable
    {
        private readonly Process _process;
        private readonly string _root;

        private NotebookServer(Process process, string root, int port)
        {
            _process = process;
            _root = root;
            BaseUrl = $"http://127.0.0.1:{port}/";
        }

        public string BaseUrl { get; }

        public static async Task<NotebookServer> StartAsync()
        {
            const string server = "/usr/bin/jupyter-notebook";
            if (!File.Exists(server))
                throw new InvalidOperationException($"{server} not found: this test runs Debian's classic Notebook (apt-get install jupyter-notebook; ./test.sh does it).");
            var repo = RepositoryRoot();
            var root = Directory.CreateTempSubdirectory("ltvkit-jupyter-").FullName;
            var work = Path.Combine(root, "work");
            Directory.CreateDirectory(Path.Combine(work, "notebooks"));
            File.Copy(Path.Combine(repo, "notebooks", Notebook), Path.Combine(work, "notebooks", Notebook));
            Directory.CreateSymbolicLink(Path.Combine(work, "data-samples"), Path.Combine(repo, "data-samples"));

            var prefix = Path.Combine(root, "prefix");
            Run("dotnet", CliDll(repo), "kernel", "install", "--prefix", prefix);

            var port = FreePort();
            var start = new ProcessStartInfo(server)
            {
                ArgumentList =
                {
                    "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0",
                    "--NotebookApp.token=", "--NotebookApp.password=", $"--notebook-dir={work}",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work,
            };
            start.Environment["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter");
            start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(root, "config");
            start.Environment["JUPYTER_DATA_DIR"] = Path.Combine(root, "data");
            start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(root, "runtime");
            var process = Process.Start(start) ?? throw new InvalidOperationException("jupyter-notebook did not start");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var notebookServer = new NotebookServer(process, root, port);
            await notebookServer.WaitUntilUpAsync();
            return notebookServer;
        }

        private async Task WaitUntilUpAsync()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                    throw new InvalidOperationException($"jupyter-notebook exited with {_process.ExitCode}");
                try
                {
                    using var response = await http.GetAsync(BaseUrl + "api/status");
                    if (response.StatusCode == HttpStatusCode.OK)
                        return;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(250);
            }
            throw new TimeoutException($"jupyter-notebook did not answer at {BaseUrl} within 60 s");
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static void Run(string file, params string[] arguments)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }

        private static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Notebooks.sln")))
                    return folder.FullName;
            }
            throw new InvalidOperationException($"no Notebooks.sln above {AppContext.BaseDirectory}");
        }

        /// <summary>The CLI built in the same configuration as this test assembly (bin/Release/net10.0 → Release).</summary>
        private static string CliDll(string repo)
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(repo, "lib", "LtvKit.Cli", "bin", configuration, "net10.0", "LtvKit.Cli.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} not found: build Notebooks.sln first");
        }
    }
}
