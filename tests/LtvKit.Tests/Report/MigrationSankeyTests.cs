using System.Text.RegularExpressions;
using LtvKit.Report;
using LtvKit.Segments;

namespace LtvKit.Tests.Report;

public class MigrationSankeyTests
{
    // Two cells and "new": 3 stayed in A, 1 moved A → B, 2 new into B; nobody in B before.
    private static readonly GroupMigration Migration = new(new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1),
        [("A", CustomerStatus.Active), ("B", CustomerStatus.Churned)], new long[,] { { 3, 1 }, { 0, 0 }, { 0, 2 } });

    [Fact]
    public void Svg_OneBandPerPairWithCustomers_NodesOnlyForCellsWithCustomers_LabelsEscaped()
    {
        var svg = MigrationSankey.Svg(Migration, i => i == 2 ? "new" : i == 0 ? "<b>A</b>" : "B", _ => "#123456");

        Assert.Equal(3, Regex.Count(svg, "<path "));
        // Left: A (4) and new (2); right: A (3) and B (3).
        Assert.Equal(4, Regex.Count(svg, "<rect "));
        Assert.Contains("&lt;b&gt;A&lt;/b&gt; → B: 1", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        // One scale for both sides: the left nodes' heights add up to the right ones'.
        var heights = Regex.Matches(svg, "<rect x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"12\" height=\"([0-9.]+)\"")
            .GroupBy(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).Select(g => g.Sum()).ToList();
        Assert.Equal(2, heights.Count);
        Assert.Equal(heights[0], heights[1], 0.5);
    }

    [Fact]
    public void Svg_NoCustomers_IsAnEmptyDrawing() =>
        Assert.DoesNotContain("<path", MigrationSankey.Svg(Migration with { Counts = new long[3, 2] }, _ => "x", _ => "#000"), StringComparison.Ordinal);
}
