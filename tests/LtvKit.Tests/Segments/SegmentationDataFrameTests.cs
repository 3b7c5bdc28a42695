using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

public class SegmentationDataFrameTests
{
    private static readonly Shop Shop = TestShop.Orders(new DateOnly(2024, 3, 31),
        "A1,C1,2024-01-01,10000", "A2,C1,2024-02-01,5000", "B1,C2,2024-03-01,3000");

    [Fact]
    public void Segmentation_ToDataFrame_AddsGroupAndStatus()
    {
        var frame = Shop.Segment().ToDataFrame();
        Assert.Equal("Fledgling", frame["segment"][0]);
        Assert.Equal("Active", frame["status"][1]);
    }
}
