using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class MetricOptionsTests
{
    [Fact]
    public void MetricOptions_DefaultsArePinned()
    {
        Assert.Equal(new MetricOptions(30, 1, null), MetricOptions.Default);
        Assert.Equal(0.20, MetricOptions.F2Target);
        Assert.Equal([(12, 365), (24, 730)], MetricOptions.Horizons);
    }
}
