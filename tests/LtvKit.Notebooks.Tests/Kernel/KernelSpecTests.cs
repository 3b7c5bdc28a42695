using System.Text.Json.Nodes;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Kernel;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Kernel;

public sealed class KernelSpecTests
{
    [Fact]
    public void Defaults_ArePinned()
    {
        Assert.Equal("ltvkit-csharp", KernelMetadata.Name);
        Assert.Equal("C# (LtvKit)", KernelMetadata.DisplayName);
        Assert.Equal("csharp", KernelMetadata.Language);
        Assert.Equal("message", KernelSpec.InterruptMode);
    }

    [Fact]
    public void ToJson_HasJupytersFields()
    {
        var spec = new KernelSpec(["/usr/share/dotnet/dotnet", "/kit/LtvKit.Cli.dll", "kernel", "-f", KernelSpec.ConnectionFilePlaceholder]);

        var json = JsonNode.Parse(spec.ToJson())!;

        Assert.Equal(["/usr/share/dotnet/dotnet", "/kit/LtvKit.Cli.dll", "kernel", "-f", "{connection_file}"], json["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("C# (LtvKit)", json["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", json["language"]!.GetValue<string>());
        Assert.Equal("message", json["interrupt_mode"]!.GetValue<string>());
    }

    [Fact]
    public void WriteTo_MakesTheNamedFolder_ReplacesAnOlderOne()
    {
        using var folder = new TempFolder();
        new KernelSpec(["old"]).WriteTo(folder.Path, "ltvkit-csharp");

        var written = new KernelSpec(["new"]).WriteTo(folder.Path, "ltvkit-csharp");

        Assert.Equal(folder["ltvkit-csharp"], written);
        Assert.Contains("\"new\"", File.ReadAllText(Path.Combine(written, "kernel.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_PutsPlotlyJsBesideKernelJson_WhereThePathOfItsNameServesIt()
    {
        using var folder = new TempFolder();
        var written = new KernelSpec(["x"]).WriteTo(folder.Path, "shop-a");

        Assert.Equal(PlotlyJs.Source, File.ReadAllText(Path.Combine(written, PlotlyJs.FileName)));
        Assert.Equal("kernelspecs/shop-a/plotly.min.js", PlotlyJs.ServedPath("shop-a"));
    }

    [Theory]
    [InlineData("ltvkit-csharp", true)]
    [InlineData("ltvkit_cs.2", true)]
    [InlineData("my kernel", false)]
    [InlineData("../escape", false)]
    [InlineData("", false)]
    public void IsValidName_JupytersRule(string name, bool valid)
    {
        Assert.Equal(valid, KernelSpec.IsValidName(name));
    }

    [Fact]
    public void NewNotebook_AsksForTheKitsKernel()
    {
        var document = NotebookDocument.Create([("code", "1")]);

        var kernelspec = document.Root["metadata"]!["kernelspec"]!;
        Assert.Equal(KernelMetadata.Name, kernelspec["name"]!.GetValue<string>());
        Assert.Equal(KernelMetadata.DisplayName, kernelspec["display_name"]!.GetValue<string>());
        Assert.Equal(KernelMetadata.Language, document.Root["metadata"]!["language_info"]!["name"]!.GetValue<string>());
    }
}
