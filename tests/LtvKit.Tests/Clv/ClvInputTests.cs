using LtvKit.Clv;
using LtvKit.Ingest;
using LtvKit.Tests.Report;

namespace LtvKit.Tests.Clv;

[Collection(CdnowGroup.Name)]
public sealed class ClvInputTests(CdnowFixture cdnow)
{
    /// <summary>
    /// 70,000 customers (enough for the two halves side by side) whose order lines are shuffled, so the table's
    /// order (first seen in the file) is not customer-id order.
    /// </summary>
    private static readonly Lazy<Shop> Shuffled = new(() =>
    {
        var lines = ReportFixtures.SyntheticCsv(70_000, seed: 11).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rows = lines[1..];
        new Random(5).Shuffle(rows);
        return TestShop.Load(string.Join('\n', [lines[0], .. rows]) + "\n");
    });

    [Theory]
    [InlineData("2023-06-30", TimeUnit.Weeks, true)]
    [InlineData("2024-06-30", TimeUnit.Days, false)]
    [InlineData("2024-12-31", TimeUnit.Weeks, true)]
    public void Summary_LargeShuffledShop_SameRowsAsBuildFromPurchaseDays(string calibrationEnd, TimeUnit unit, bool withHoldoutEnd)
    {
        var customers = Shuffled.Value.Customers;
        Assert.True(customers.Count > 65_536);
        var end = DateOnly.Parse(calibrationEnd, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? holdoutEnd = withHoldoutEnd ? customers.AsOf : null;

        var fromTable = ClvInput.Summary(customers, end, unit, holdoutEnd);
        var fromDays = ModelSummary.Build(ClvInput.PurchaseDays(customers), end, unit, holdoutEnd);

        Assert.Equal(fromDays.Customers, fromTable.Customers);
        Assert.Equal(fromDays.HoldoutEnd, fromTable.HoldoutEnd);
        Assert.Equal(fromDays.CustomersAfterCalibrationEnd, fromTable.CustomersAfterCalibrationEnd);
        Assert.Equal(fromDays.RepeatCustomers, fromTable.RepeatCustomers);
        Assert.True(fromTable.CustomersAfterCalibrationEnd > 0 || end == customers.AsOf);
    }

    [Fact]
    public void Summary_Cdnow_SameRowsAsTheFixture()
    {
        var shop = Shop.Load(new LoadOptions { OrderFiles = [CdnowData.SamplePath], Preset = Preset.Cdnow });

        var summary = ClvInput.Summary(shop.Customers, CdnowData.CalibrationEnd, TimeUnit.Weeks, CdnowData.HoldoutEnd);

        Assert.Equal(cdnow.Summary.Customers, summary.Customers);
    }

    [Fact]
    public void Summary_NoCustomerBeforeTheCalibrationEnd_ThrowsAsBuildDoes()
    {
        var customers = TestShop.Orders(null, "A1,C1,2024-02-01,1000", "A2,C2,2024-03-01,2000").Customers;
        var end = new DateOnly(2024, 1, 31);

        var fromTable = Assert.Throws<ClvException>(() => ClvInput.Summary(customers, end));
        var fromDays = Assert.Throws<ClvException>(() => ModelSummary.Build(ClvInput.PurchaseDays(customers), end));

        Assert.Equal(fromDays.Message, fromTable.Message);
    }

    [Fact]
    public void Summary_NoCustomers_Throws()
    {
        var customers = TestShop.Orders(null, "A1,C1,2024-02-01,1000,キャンセル").Customers;

        Assert.Throws<ClvException>(() => ClvInput.Summary(customers, new DateOnly(2024, 1, 31)));
    }
}
