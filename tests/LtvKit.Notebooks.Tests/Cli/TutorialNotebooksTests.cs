using System.Globalization;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Tests.TestSupport;
using Xunit.Abstractions;

namespace LtvKit.Notebooks.Tests.Cli;

/// <summary>
/// The eight tutorial notebooks of <c>notebooks/</c>, run by the real CLI on shops other than the
/// bundled sample (which test.sh runs them on): the Shift_JIS sample as it ships, and a
/// 200-customer shop made by <c>ltvkit sample</c>, both through <c>--param</c>.
/// </summary>
public sealed class TutorialNotebooksTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task All_OnTheShiftJisSample_RunWithoutAnErrorOutput()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(CliProcess.RepoRoot(), "data-samples", "shift_jis");

        await RunAllAsync(folder, Path.Combine(sample, "orders.csv"), Path.Combine(sample, "customers.csv"),
            "--param", "encoding=shift_jis", "--param", $"adSpendPath={Path.Combine(sample, "ad_spend.csv")}");
    }

    [Fact]
    public async Task All_OnA200CustomerShop_RunWithoutAnErrorOutput()
    {
        using var folder = new TempFolder();
        var (made, stderr) = await CliProcess.RunAsync(output, Limit, "sample", "--customers", "200", "--seed", "7", "--out", folder["shop"]);
        Assert.True(made == 0, stderr);

        await RunAllAsync(folder, folder["shop/orders.csv"], folder["shop/customers.csv"], "--param", $"adSpendPath={folder["shop/ad_spend.csv"]}");
    }

    private async Task RunAllAsync(TempFolder folder, string orders, string customers, params string[] more)
    {
        var notebooks = Path.Combine(CliProcess.RepoRoot(), "notebooks");
        var (exitCode, stderr) = await CliProcess.RunAsync(output, Limit, [
            "notebook", "run", notebooks, "--out", folder["out"],
            "--param", $"ordersPath={orders}", "--param", $"customersPath={customers}", "--param", $"reportPath={folder["report.html"]}", .. more]);

        Assert.True(exitCode == 0, stderr);
        var executed = Directory.GetFiles(notebooks, "*.ipynb").Select(f => folder["out/" + Path.GetFileName(f)]).ToList();
        Assert.Equal(8, executed.Count);
        foreach (var path in executed)
        {
            var notebook = NotebookDocument.Load(path);
            var bad = notebook.Cells.SelectMany(c => c.Outputs).OfType<JsonObject>()
                .Where(o => o["output_type"]!.GetValue<string>() == "error" || o["name"]?.GetValue<string>() == "stderr")
                .Select(o => o.ToJsonString()).ToList();
            Assert.True(bad.Count == 0, $"{path}: {string.Join("\n", bad)}");
            Assert.Equal(orders, notebook.Root["metadata"]!["papermill"]!["parameters"]!["ordersPath"]!.GetValue<string>());
        }

        // 02, 03, 04 and 07 rebuild their headline numbers from the order lines and end that on (mine, library, …, equal).
        foreach (var name in (string[])["02-ltv", "03-repeat-and-f2", "04-segments-dashboard", "07-monthly-analyses"])
        {
            var results = Results(folder["out/" + name + ".ipynb"]).Where(t => t.StartsWith('(')).ToList();
            Assert.Contains(results, t => t.EndsWith(", True)", StringComparison.Ordinal));
            Assert.DoesNotContain(results, t => t.EndsWith(", False)", StringComparison.Ordinal));
        }

        // 02's first number is this shop's, not the bundled sample's.
        var shop = Shop.Load(ShopParameters.LoadOptions(orders, customers));
        Assert.Contains(Results(folder["out/02-ltv.ipynb"]), text => text.Contains(string.Create(CultureInfo.InvariantCulture, $"÷ {shop.Customers.Count:N0} customers"), StringComparison.Ordinal));
    }

    /// <summary>The text/plain of every output of an executed notebook.</summary>
    private static IEnumerable<string> Results(string path) =>
        NotebookDocument.Load(path).Cells.SelectMany(c => c.Outputs).OfType<JsonObject>()
            .Select(o => o["data"]?["text/plain"]).OfType<JsonArray>().Select(a => string.Concat(a.Select(l => l!.GetValue<string>())));
}
