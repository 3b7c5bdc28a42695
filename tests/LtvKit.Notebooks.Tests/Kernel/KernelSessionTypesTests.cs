using System.Text.Json;
using LtvKit.Cli;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Kernel;

/// <summary>
/// The engine driven as the kernel drives it: <see cref="NotebookEngine.WarmUpAsync"/> started as the
/// kernel starts listening, while the first cells come in.
/// </summary>
/// <remarks>
/// A warm-up compiled at the same time as a cell, against the same metadata references, gave Roslyn two
/// sets of symbols for the kit and the framework: later cells bound to the warm-up's set while the
/// variables of earlier cells had types of the other, and <c>shop.Customers.Select(…)</c> failed with
/// CS1061 ('CustomerTable' has no 'Select'), <c>ToDataFrame()</c> with CS1929, in the kernel only.
/// </remarks>
public sealed class KernelSessionTypesTests
{
    [Fact]
    public async Task WarmUpAsync_DoesNotCompileWhileACellRuns_ItWaitsForTheCell()
    {
        using var engine = new NotebookEngine();
        using var stop = new CancellationTokenSource();
        // Holds the session until cancelled.
        var cell = engine.RunAsync("Cancellation.WaitHandle.WaitOne();", stop.Token);
        await Task.Delay(300);

        var warmUp = engine.WarmUpAsync();
        var warmedBesideTheCell = await Task.WhenAny(warmUp, Task.Delay(TimeSpan.FromSeconds(5))) == warmUp;
        await stop.CancelAsync();
        await cell;
        await warmUp.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(warmedBesideTheCell, "the warm-up compiled and ran while a cell held the session");
    }

    [Fact]
    public async Task WarmUpBesideTheFirstCells_Notebook01_LaterCellsSeeTheKitTypesOfEarlierOnes()
    {
        var notebooks = Path.Combine(RepoRoot(), "notebooks");
        using var engine = new NotebookEngine(KitEngine.Options(notebooks, TimeSpan.FromMinutes(2)));
        // The first eight code cells of notebook 01: the eighth is the first to use a kit type that an earlier cell's variable holds.
        using var notebook = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(notebooks, "01-data-structure.ipynb")));
        var cells = notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .Take(8)
            .ToList();
        cells.Add("shop.Customers.Select(c => c.Id).First()");
        cells.Add("shop.Customers.ToDataFrame().Rows.Count");

        var warmUp = engine.WarmUpAsync();
        foreach (var code in cells)
        {
            var (result, outputs) = await engine.RunAsync(code);
            Assert.True(result.Succeeded, code + "\n" + Cells.Describe(outputs));
        }
        await warmUp;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Notebooks.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repo root not found");
    }
}
