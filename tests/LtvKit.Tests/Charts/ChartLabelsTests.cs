using LtvKit.Charts;
using LtvKit.Segments;

namespace LtvKit.Tests.Charts;

public class ChartLabelsTests
{
    [Fact]
    public void Group_DefaultGroupsInBothLanguages_CustomGroupAsWritten()
    {
        Assert.Equal(("よちよち客", "Fledglings"), (ChartLabels.Group("Fledgling", LabelLanguage.Japanese), ChartLabels.Group("Fledgling", LabelLanguage.English)));
        Assert.Equal("VIP", ChartLabels.Group("VIP", LabelLanguage.English));
        Assert.Equal(("離脱客", "Churned"), (ChartLabels.Status(CustomerStatus.Churned, LabelLanguage.Japanese), ChartLabels.Status(CustomerStatus.Churned, LabelLanguage.English)));
    }

    [Fact]
    public void ColorAt_WrapsAroundBothPalettes()
    {
        // 5 group colours + 5 extra: index 10 is the first again, −1 the last.
        Assert.Equal(ChartLabels.ColorAt(0), ChartLabels.ColorAt(10));
        Assert.Equal(ChartLabels.ExtraColors[^1], ChartLabels.ColorAt(-1));
        Assert.Equal(ChartLabels.ExtraColors[0], ChartLabels.ColorAt(5));
    }

    [Fact]
    public void Yen_RoundsHalfAwayFromZero_Count_HasSeparators()
    {
        Assert.Equal(("¥12,346", "¥3", "12,345"), (ChartLabels.Yen(12_345.5m), ChartLabels.Yen(2.5m), ChartLabels.Count(12_345)));
    }
}
