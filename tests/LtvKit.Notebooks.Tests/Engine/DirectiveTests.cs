using System.IO.Compression;
using System.Text;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Engine;

public sealed class DirectiveTests
{
    /// <summary>Put in the global packages folder by the test project's PackageDownload; the test host does not load it.</summary>
    private const string CachedPackage = "Humanizer.Core";
    private const string CachedVersion = "2.14.1";

    [Fact]
    public async Task HashR_DllPath_RelativeToTheNotebookFolder()
    {
        using var folder = new TempFolder();
        TinyAssembly.Build(folder["lib/Greeter.dll"], "Greeter", "namespace Shop { public static class Greeter { public static string Hello(string name) => \"こんにちは、\" + name; } }");
        using var engine = new NotebookEngine(new EngineOptions { WorkingDirectory = folder.Path });

        Assert.Equal("こんにちは、山田", await engine.ValueAsync("#r \"lib/Greeter.dll\"\nShop.Greeter.Hello(\"山田\")"));
    }

    [Fact]
    public async Task HashR_MissingDll_SaysWhereItLooked()
    {
        using var folder = new TempFolder();
        using var engine = new NotebookEngine(new EngineOptions { WorkingDirectory = folder.Path });
        var sink = new CollectingSink();
        var result = await engine.ExecuteAsync("var x = 1;\n#r \"missing.dll\"", "cell 2", sink);

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Cells.SingleError(sink.Outputs);
        Assert.Equal(ErrorOutput.DirectiveError, error.Name);
        Assert.Equal($"cell 2, line 2: #r \"missing.dll\": no such file: {folder["missing.dll"]} (a relative path starts from the notebook's folder, {folder.Path}).", error.Value);
    }

    [Fact]
    public async Task HashR_NuGet_FromTheLocalPackageCache_WithTheNetworkDown()
    {
        using var offline = new NetworkDown();
        using var engine = new NotebookEngine();
        var (result, outputs) = await engine.RunAsync($"#r \"nuget: {CachedPackage}, {CachedVersion}\"\nusing Humanizer;\n\"repeat_purchase_rate\".Humanize()");

        Assert.True(result.Succeeded, Cells.Describe(outputs));
        Assert.Equal($"Installed packages: {CachedPackage} {CachedVersion}", Assert.IsType<DisplayDataOutput>(outputs[0]).Data[MimeTypes.PlainText]);
        Assert.Equal("repeat purchase rate", Assert.IsType<ExecuteResultOutput>(outputs[1]).Data[MimeTypes.PlainText]);
    }

    [Fact]
    public async Task HashR_NuGet_PackageTheHostCarries_IsTheHostsAssembly()
    {
        using var engine = new NotebookEngine();
        var (result, outputs) = await engine.RunAsync("#r \"nuget: Plotly.NET, 6.0.0\"\ntypeof(Plotly.NET.GenericChart).Assembly.Location");

        Assert.True(result.Succeeded, Cells.Describe(outputs));
        Assert.StartsWith("Installed packages: Plotly.NET 6.0.0 (the host's copy", Assert.IsType<DisplayDataOutput>(outputs[0]).Data[MimeTypes.PlainText], StringComparison.Ordinal);
        Assert.Equal(typeof(Plotly.NET.GenericChart).Assembly.Location, Assert.IsType<ExecuteResultOutput>(outputs[1]).Data[MimeTypes.PlainText]);
    }

    [Fact]
    public async Task HashR_NuGet_UnknownPackage_ReportsNuGetsError()
    {
        // NU1101 either way: from the remote source when it answers, from the local cache when not.
        using var engine = new NotebookEngine();
        var sink = new CollectingSink();
        var result = await engine.ExecuteAsync("#r \"nuget: LtvKit.NoSuchPackage.ForTests, 1.0.0\"", "cell 1", sink);

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Cells.SingleError(sink.Outputs);
        Assert.Equal(ErrorOutput.PackageError, error.Name);
        Assert.StartsWith("cell 1, line 1: could not restore LtvKit.NoSuchPackage.ForTests: ", error.Value, StringComparison.Ordinal);
        Assert.Contains(error.Traceback, l => l.Contains("NU1101", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HashI_AddsAPackageSource_ForLaterRestores()
    {
        using var folder = new TempFolder();
        TinyAssembly.Build(folder["build/ShopModel.dll"], "ShopModel", "namespace ShopModel { public static class Version { public static string Text => \"model 1.2.0\"; } }");
        WritePackage(folder["feed/LtvKit.Test.ShopModel.1.2.0.nupkg"], "LtvKit.Test.ShopModel", "1.2.0", folder["build/ShopModel.dll"]);
        // An empty packages folder: the package can only come from the #i source.
        using var engine = new NotebookEngine(new EngineOptions { WorkingDirectory = folder.Path, PackagesFolder = folder["packages"] });
        using var offline = new NetworkDown();

        await engine.RunAsync("#i \"nuget: feed\"");
        var (result, outputs) = await engine.RunAsync("#r \"nuget: LtvKit.Test.ShopModel, 1.2.0\"\nShopModel.Version.Text");

        Assert.True(result.Succeeded, Cells.Describe(outputs));
        Assert.Equal("model 1.2.0", Assert.IsType<ExecuteResultOutput>(outputs[^1]).Data[MimeTypes.PlainText]);
        Assert.True(File.Exists(folder["packages/ltvkit.test.shopmodel/1.2.0/lib/net8.0/ShopModel.dll"]));
    }

    [Fact]
    public async Task HashR_NuGet_RemoteSourceDown_RestoresAgainFromLocalSourcesAlone()
    {
        using var folder = new TempFolder();
        TinyAssembly.Build(folder["build/Fallback.dll"], "Fallback", "namespace Fallback { public static class Probe { public static int Answer => 42; } }");
        WritePackage(folder["feed/LtvKit.Test.Fallback.1.0.0.nupkg"], "LtvKit.Test.Fallback", "1.0.0", folder["build/Fallback.dll"]);
        var options = new EngineOptions { WorkingDirectory = folder.Path, PackagesFolder = folder["packages"] };
        using var offline = new NetworkDown();
        using (var earlier = new NotebookEngine(options))
            Assert.True((await earlier.RunAsync("#i \"nuget: feed\"\n#r \"nuget: LtvKit.Test.Fallback, 1.0.0\"")).Result.Succeeded);

        // The package is now in the packages folder, but a range needs the list of versions: NuGet
        // asks the remote source, which is down, and the packages folder is the source left.
        using var engine = new NotebookEngine(options);
        var (result, outputs) = await engine.RunAsync("#r \"nuget: LtvKit.Test.Fallback, [0.9.0, 2.0.0)\"\nFallback.Probe.Answer");

        Assert.True(result.Succeeded, Cells.Describe(outputs));
        Assert.Equal("Installed packages: LtvKit.Test.Fallback 1.0.0, (from local sources only: the remote package sources could not be reached)",
            Assert.IsType<DisplayDataOutput>(outputs[0]).Data[MimeTypes.PlainText]);
        Assert.Equal("42", Assert.IsType<ExecuteResultOutput>(outputs[1]).Data[MimeTypes.PlainText]);
    }

    [Fact]
    public async Task HashR_NuGet_SecondVersionOfALoadedPackage_IsRefused()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("#r \"nuget: Plotly.NET, 6.0.0\"");
        var (result, outputs) = await engine.RunAsync("#r \"nuget: Plotly.NET, 5.0.0\"");

        Assert.Equal(ExecutionStatus.Error, result.Status);
        Assert.Contains("a running session cannot load 5.0.0 as well", Cells.SingleError(outputs).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownMagic_DisplaysMarkdown()
    {
        using var engine = new NotebookEngine();
        var (result, outputs) = await engine.RunAsync("#!markdown\n| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.True(result.Succeeded);
        var display = Assert.IsType<DisplayDataOutput>(Assert.Single(outputs));
        Assert.Contains("<table>", display.Data[MimeTypes.Html], StringComparison.Ordinal);
        Assert.Equal("| a | b |\n|---|---|\n| 1 | 2 |", display.Data[MimeTypes.Markdown]);
    }

    /// <summary>A minimal .nupkg: a nuspec and one DLL under lib/net8.0.</summary>
    private static void WritePackage(string path, string id, string version, string dll)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open(), new UTF8Encoding(false)))
            nuspec.Write($"<?xml version=\"1.0\" encoding=\"utf-8\"?><package><metadata><id>{id}</id><version>{version}</version><authors>LtvKit tests</authors><description>A package made by a test.</description></metadata></package>");
        zip.CreateEntryFromFile(dll, $"lib/net8.0/{Path.GetFileName(dll)}");
    }

    /// <summary>Points every HTTP(S) request of child processes at a closed local port, for the length of a test.</summary>
    private sealed class NetworkDown : IDisposable
    {
        private static readonly string[] Names = ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "NO_PROXY", "no_proxy",
            "NUGET_ENHANCED_MAX_NETWORK_TRY_COUNT", "NUGET_ENHANCED_NETWORK_RETRY_DELAY_MILLISECONDS"];
        private readonly Dictionary<string, string?> _saved = Names.ToDictionary(n => n, Environment.GetEnvironmentVariable);

        public NetworkDown()
        {
            foreach (var name in Names)
            {
                Environment.SetEnvironmentVariable(name, name switch
                {
                    "NO_PROXY" or "no_proxy" => "",
                    // NuGet retries a refused connection six times by default: once is enough to know.
                    "NUGET_ENHANCED_MAX_NETWORK_TRY_COUNT" => "1",
                    "NUGET_ENHANCED_NETWORK_RETRY_DELAY_MILLISECONDS" => "0",
                    _ => "http://127.0.0.1:9",
                });
            }
        }

        public void Dispose()
        {
            foreach (var (name, value) in _saved)
                Environment.SetEnvironmentVariable(name, value);
        }
    }
}
