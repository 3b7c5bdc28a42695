using LtvKit.Customers;
using Microsoft.Data.Analysis;

namespace LtvKit.Segments;

/// <summary>The customer table with each customer's group and status, as a <see cref="DataFrame"/>.</summary>
public static class SegmentationDataFrame
{
    public static DataFrame ToDataFrame(this Segmentation segmentation)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        var frame = segmentation.Customers.ToDataFrame();
        var n = segmentation.Customers.Count;
        var segment = new StringDataFrameColumn("segment", n);
        var status = new StringDataFrameColumn("status", n);
        for (var i = 0; i < n; i++)
        {
            segment[i] = segmentation.SegmentOf(i);
            status[i] = segmentation.StatusOf(i).ToString();
        }
        frame.Columns.Add(segment);
        frame.Columns.Add(status);
        return frame;
    }
}
