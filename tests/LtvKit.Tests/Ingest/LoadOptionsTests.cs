using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class LoadOptionsTests
{
    /// <summary>The documented defaults (LoadOptions' remarks say a test pins them).</summary>
    [Fact]
    public void Default_IsTheDocumentedDefaults()
    {
        var d = LoadOptions.Default;
        Assert.Equal((TextEncoding.Auto, (Preset?)null, (AmountBasis?)null, (ZeroOrders?)null, false, 0.01), (d.Encoding, d.Preset, d.Amount, d.ZeroOrders, d.Strict, d.MaxRejectedShare));
        Assert.Null(d.Identify);
        Assert.Equal("Asia/Tokyo", d.TimeZone.Id);
        Assert.Equal(TimeSpan.FromHours(9), d.TimeZone.GetUtcOffset(new DateTimeOffset(2024, 7, 31, 22, 30, 0, TimeSpan.Zero)));
    }
}
