using System.Text.Json;
using LtvKit.Ingest;
using LtvKit.Tests.Cli;

namespace LtvKit.Tests.Customers;

/// <summary>Issue #12 item 10: ids that differ only by width or case are reported, and merged only with <c>--fold-ids</c>.</summary>
public class SimilarCustomerIdsTests
{
    // C0001 ¥1,000 + " C0001" ¥4,000 (trimmed: the same id) = ¥5,000; Ｃ０００１ ¥2,000; c0001 ¥3,000; C0002 ¥500.
    // Apart: 4 customers, revenue ¥10,500. Folded: C0001 ¥10,000 (4 orders) and C0002 ¥500, revenue still ¥10,500.
    private static readonly string[] Rows =
        ["A1,C0001,2024-01-01,1000", "A2,Ｃ０００１,2024-02-01,2000", "A3,c0001,2024-03-01,3000", "A4, C0001,2024-04-01,4000", "A5,C0002,2024-04-01,500"];

    private static string Fixture() => TestShop.File(TestShop.Csv(Rows));

    // Order A6 has c0001 and C0001 on its two lines: a conflict (both rows rejected) unless folded (one order of ¥600,
    // so C0001 has 5 orders and ¥10,600, and the revenue is ¥11,100).
    private static string FixtureWithASplitOrder() => TestShop.File(TestShop.Csv([.. Rows, "A6,c0001,2024-05-01,100", "A6,C0001,2024-05-01,500"]));

    private static JsonElement Json(CliRunner.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [Fact]
    public void Metrics_IdsDifferingByWidthOrCase_WarnAndStayApart()
    {
        var result = CliRunner.Run("metrics", "--orders", Fixture(), "--format", "json", "--strict");
        var json = Json(result);

        Assert.Contains("Warning: 1 group of customer ids differ only by width or case (counted as different customers), e.g. 'C0001' / 'Ｃ０００１' / 'c0001'. Pass --fold-ids to merge them.",
            result.Stderr, StringComparison.Ordinal);
        var similar = json.GetProperty("input").GetProperty("similarCustomerIds");
        Assert.Equal(1, similar.GetProperty("groups").GetInt64());
        Assert.Equal(["C0001", "Ｃ０００１", "c0001"], similar.GetProperty("examples")[0].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, json.GetProperty("customers").GetInt64());
        Assert.Equal(10_500, json.GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public void Metrics_FoldIds_MergesThemAndTheRowsAndAmountsReconcile()
    {
        var json = Json(CliRunner.Run("metrics", "--orders", FixtureWithASplitOrder(), "--format", "json", "--fold-ids", "--strict"));

        var input = json.GetProperty("input");
        Assert.Equal(0, input.GetProperty("similarCustomerIds").GetProperty("groups").GetInt64());
        Assert.Equal(7, input.GetProperty("rowsRead").GetInt64());
        Assert.Equal(7, input.GetProperty("rowsUsed").GetInt64());
        Assert.Equal(2, json.GetProperty("customers").GetInt64());
        Assert.Equal(11_100, json.GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public void Customers_FoldIds_OneCustomerUnderTheFoldedId()
    {
        var output = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N") + ".csv");
        var result = CliRunner.Run("customers", "--orders", FixtureWithASplitOrder(), "--fold-ids", "--out", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["C0001", "C0002"], rows.Select(r => r[0]));
        Assert.Equal(("5", "10600"), (rows[0][1], rows[0][3]));
    }

    [Fact]
    public void Load_FoldIds_UsedAmountsAddUpToRevenue()
    {
        var shop = Shop.Load(new LoadOptions { OrderFiles = [FixtureWithASplitOrder()], FoldIds = true });

        Assert.Equal(0, shop.Input.RowsRejected);
        Assert.True(shop.Input.Reconciles);
        Assert.Equal(shop.Customers.History.TotalAmount, shop.Kpis().Revenue + shop.Input.ReturnsWithoutPurchase.Amount);
        Assert.Equal(11_100, shop.Kpis().Revenue);
    }

    [Fact]
    public void Load_SplitOrderWithoutFolding_IsAConflict()
    {
        var shop = Shop.Load(new LoadOptions { OrderFiles = [FixtureWithASplitOrder()], MaxRejectedShare = 1 });

        Assert.Equal(2, shop.Input.RowsRejected);
        Assert.Equal(4, shop.Customers.Count);
    }

    [Fact]
    public void Load_FoldIds_CustomerMasterJoinsOnTheFoldedId()
    {
        var master = TestShop.File("顧客ID,氏名\nｃ０００１,山田\nC0002,佐藤\n");

        var shop = Shop.Load(new LoadOptions { OrderFiles = [Fixture()], CustomerFile = master, FoldIds = true });

        Assert.Equal("山田", shop.Profiles["C0001"].Name);
    }
}
