using System.Text.Json;
using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

public class SegmentRulesTests
{
    private static readonly SegmentRules Default = SegmentRules.FromThresholds(SegmentThresholds.Default);

    private static Customer Customer(int tenure, decimal revenue, int recency = 0) =>
        new("c", 2, tenure == 0 ? 1 : 2, revenue, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1).AddDays(tenure), tenure, recency, null, "", "");

    private static string GroupOf(int tenure, decimal revenue) => Default.Rules[Default.Classify(Customer(tenure, revenue))].Name;

    [Theory]
    [InlineData(0, 1_000_000, "FirstTimer")]  // on T = 0
    [InlineData(1, 0, "Fledgling")]            // after T = 0
    [InlineData(89, 1_000_000, "Fledgling")]   // before fledglingMaxDays = 90
    [InlineData(90, 69_999, "Steady")]         // on 90, before ¥70,000
    [InlineData(90, 70_000, "Trendy")]         // on 90, on ¥70,000
    [InlineData(91, 69_999, "Steady")]         // after 90, before ¥70,000
    [InlineData(91, 70_000, "Trendy")]         // after 90, on ¥70,000
    [InlineData(91, 70_001, "Trendy")]         // after 90, after ¥70,000
    [InlineData(209, 69_999, "Steady")]        // before trendyMaxDays = 210
    [InlineData(209, 70_000, "Trendy")]
    [InlineData(210, 69_999, "Steady")]        // on 210
    [InlineData(210, 70_000, "Loyal")]
    [InlineData(211, 69_999, "Steady")]        // after 210
    [InlineData(211, 70_000, "Loyal")]
    [InlineData(211, 70_001, "Loyal")]
    [InlineData(2000, -500, "Steady")]
    public void Classify_Boundaries_EachThresholdIsTheInclusiveLowerBoundOfTheNextGroup(int tenure, int revenue, string group) =>
        Assert.Equal(group, GroupOf(tenure, revenue));

    [Fact]
    public void Classify_FromOrders_EveryBoundaryEndToEnd()
    {
        // Each customer buys on 2023-01-01 and again T days later; as-of 2024-12-31.
        (string Id, int Tenure, int Amount)[] customers =
            [("t0", 0, 1000), ("t89", 89, 1000), ("t90low", 90, 69_999), ("t90high", 90, 70_000), ("t209", 209, 70_000), ("t210", 210, 70_000), ("t210low", 210, 69_999)];
        var rows = new List<string>();
        foreach (var (id, tenure, amount) in customers)
        {
            rows.Add($"{id}a,{id},2023-01-01,{amount - 1}");
            if (tenure > 0)
                rows.Add($"{id}b,{id},{new DateOnly(2023, 1, 1).AddDays(tenure):yyyy-MM-dd},1");
            else
                rows.Add($"{id}b,{id},2023-01-01,1");
        }
        // recency 239 and 240
        rows.Add("r239,r239,2024-05-06,100");
        rows.Add("r240,r240,2024-05-05,100");
        var shop = TestShop.Orders(new DateOnly(2024, 12, 31), [.. rows]);
        var segmentation = shop.Segment();
        string Of(string id)
        {
            var i = shop.Customers.Select((c, index) => (c, index)).Single(x => x.c.Id == id).index;
            return $"{segmentation.SegmentOf(i)} {segmentation.StatusOf(i)}";
        }
        Assert.Equal("FirstTimer Churned", Of("t0"));
        Assert.Equal("Fledgling Churned", Of("t89"));
        Assert.Equal("Steady Churned", Of("t90low"));
        Assert.Equal("Trendy Churned", Of("t90high"));
        Assert.Equal("Trendy Churned", Of("t209"));
        Assert.Equal("Loyal Churned", Of("t210"));
        Assert.Equal("Steady Churned", Of("t210low"));
        Assert.Equal("FirstTimer Active", Of("r239"));
        Assert.Equal("FirstTimer Churned", Of("r240"));
    }

    [Fact]
    public void Thresholds_AreParameters()
    {
        var rules = SegmentRules.FromThresholds(new SegmentThresholds(60, 120, 50_000m, 180));
        Assert.Equal("Steady", rules.Rules[rules.Classify(Customer(60, 49_999))].Name);
        Assert.Equal("Loyal", rules.Rules[rules.Classify(Customer(120, 50_000))].Name);
        Assert.Equal(CustomerStatus.Churned, new SegmentThresholds(60, 120, 50_000m, 180).StatusOf(180));
    }

    [Fact]
    public void Create_Gap_NamesAPointInNoGroup()
    {
        var e = Assert.Throws<InputException>(() => SegmentRules.Create(
        [
            new("new", new(0, 1), Interval.All, Interval.All, Interval.All),
            new("small", new(1, null), new(null, 10_000), Interval.All, Interval.All),
            new("big", new(1, null), new(20_000, null), Interval.All, Interval.All),
        ]));
        Assert.Contains("no group", e.Message, StringComparison.Ordinal);
        Assert.Contains("revenue ¥10,000", e.Message, StringComparison.Ordinal);
        Assert.Contains("tenure 1 days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Overlap_NamesAPointInTwoGroups()
    {
        var e = Assert.Throws<InputException>(() => SegmentRules.Create(
        [
            new("young", new(0, 100), Interval.All, Interval.All, Interval.All),
            new("old", new(90, null), Interval.All, Interval.All, Interval.All),
        ]));
        Assert.Contains("2 groups (young, old)", e.Message, StringComparison.Ordinal);
        Assert.Contains("tenure 90 days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MeceOverFourMeasures_IsAccepted()
    {
        var rules = SegmentRules.Create(
        [
            new("one-timer", Interval.All, Interval.All, Interval.All, new(null, 2)),
            new("active repeat", Interval.All, Interval.All, new(null, 180), new(2, null)),
            new("sleeping repeat", Interval.All, Interval.All, new(180, null), new(2, null)),
        ]);
        Assert.Equal("sleeping repeat", rules.Rules[rules.Classify(Customer(30, 100, recency: 180))].Name);
    }

    [Fact]
    public void Create_Gap_NamesAPossibleCustomer_NotOneWithTenureButOnePurchase()
    {
        var e = Assert.Throws<InputException>(() => SegmentRules.Create(
        [
            new("new", new(0, 1), Interval.All, Interval.All, Interval.All),
            new("repeat", new(1, 90), Interval.All, Interval.All, Interval.All),
        ]));
        Assert.Contains("tenure 90 days", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 purchases", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_WithNewThresholds_Regroups()
    {
        var config = AnalysisConfig.Default with { Thresholds = new SegmentThresholds(30, 60, 1_000m, 100) };
        Assert.Equal("Loyal", config.Rules.Rules[config.Rules.Classify(Customer(60, 1_000))].Name);
    }

    [Fact]
    public void Default_IsMece() => SegmentRules.Create(Default.Rules);
}
