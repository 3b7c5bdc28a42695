using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

public class SegmentTests
{
    [Theory]
    [InlineData(Segment.FirstTimer, "初回客")]
    [InlineData(Segment.Fledgling, "よちよち客")]
    [InlineData(Segment.Steady, "コツコツ客")]
    [InlineData(Segment.Trendy, "流行客")]
    [InlineData(Segment.Loyal, "優良顧客")]
    public void Japanese_TheSeedsNames(Segment segment, string label)
    {
        Assert.Equal(label, SegmentLabels.Japanese(segment));
        Assert.Equal(label, SegmentLabels.Japanese(segment.ToString()));
    }

    [Fact]
    public void Japanese_Statuses() =>
        Assert.Equal(("既存顧客", "離脱客"), (SegmentLabels.Japanese(CustomerStatus.Active), SegmentLabels.Japanese(CustomerStatus.Churned)));
}
