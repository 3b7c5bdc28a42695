using System.Text.Json.Nodes;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Kernel;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Kernel;

public sealed class KernelSpecInstallerTests
{
    [Fact]
    public void ForPrefix_IsPrefixShareJupyterKernels()
    {
        using var folder = new TempFolder();
        Assert.Equal(folder["share/jupyter/kernels"], KernelSpecInstaller.ForPrefix(folder.Path).KernelsFolder);
    }

    [Fact]
    public void SpecFor_StartsTheProgramAsTheNamedKernel()
    {
        var spec = KernelSpecInstaller.SpecFor("/kit/LtvKit.Cli.dll", "shop-a", "Shop A");

        Assert.Equal(["/kit/LtvKit.Cli.dll", "kernel", "-f", "{connection_file}", "--name", "shop-a"], spec.Argv.Skip(1));
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(spec.Argv[0]));
        Assert.Equal("Shop A", spec.DisplayName);
    }

    [Fact]
    public void Install_WritesKernelJsonAndPlotlyJs_UninstallRemovesThem()
    {
        using var folder = new TempFolder();
        var installer = KernelSpecInstaller.ForPrefix(folder.Path);

        var installed = installer.Install(KernelSpecInstaller.SpecFor("/kit/LtvKit.Cli.dll", "shop-a", "Shop A"), "shop-a");

        Assert.Equal(folder["share/jupyter/kernels/shop-a"], installed);
        Assert.Equal("Shop A", JsonNode.Parse(File.ReadAllText(Path.Combine(installed, "kernel.json")))!["display_name"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(installed, PlotlyJs.FileName)));
        Assert.Equal(installed, installer.Uninstall("shop-a"));
        Assert.False(Directory.Exists(installed));
    }

    [Fact]
    public void Uninstall_NoSuchKernel_SaysSoAndRemovesNothing()
    {
        using var folder = new TempFolder();
        var installer = KernelSpecInstaller.ForPrefix(folder.Path);

        var error = Assert.Throws<KernelSpecException>(() => installer.Uninstall("shop-a"));

        Assert.Equal($"no kernel named 'shop-a' in {folder["share/jupyter/kernels"]} (nothing removed).", error.Message);
    }

    [Fact]
    public void Install_FolderIsAFile_SaysWhereItCannotWrite()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["prefix"], "a file where the prefix folder should be");
        var installer = KernelSpecInstaller.ForPrefix(folder["prefix"]);

        var error = Assert.Throws<KernelSpecException>(() => installer.Install(new KernelSpec(["x"]), "shop-a"));

        Assert.StartsWith($"cannot write the kernelspec in {folder["prefix/share/jupyter/kernels"]}: ", error.Message, StringComparison.Ordinal);
    }
}
