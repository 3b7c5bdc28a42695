using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class RejectLogTests
{
    private static RejectLog With(int rejects, string? path = null)
    {
        var log = new RejectLog(path);
        for (var i = 1; i <= rejects; i++)
            log.Add(new Reject("orders.csv", i + 1, "注文日", "x", "not a date"));
        return log;
    }

    // RejectLog.SampleSize = 10 rejects are kept to show; the rest are only counted.
    [Fact]
    public void Samples_NineRejects_BelowTheSampleSize_AllKept()
    {
        using var log = With(9);
        Assert.Equal((9L, 9), (log.Rows, log.Samples.Count));
    }

    [Fact]
    public void Samples_TenRejects_OnTheSampleSize_AllKept()
    {
        using var log = With(RejectLog.SampleSize);
        Assert.Equal((10L, 10), (log.Rows, log.Samples.Count));
    }

    [Fact]
    public void Samples_ElevenRejects_AboveTheSampleSize_TenKept_ElevenCounted()
    {
        using var log = With(11);
        Assert.Equal((11L, 10), (log.Rows, log.Samples.Count));
        Assert.Equal([new KeyValuePair<string, long>("注文日: not a date", 11)], log.ByReason);
        Assert.EndsWith("Pass --rejects FILE to get every rejected row.", log.Failure("too many rejects").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_WritesEveryRejectToTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"), "rejects.csv");
        using (var log = With(11, path))
            log.Complete();
        var lines = File.ReadAllLines(path);
        Assert.Equal(12, lines.Length);
        Assert.Equal("file,line,column,value,reason", lines[0].TrimStart('\uFEFF'));
        Assert.Equal("orders.csv,12,注文日,x,not a date", lines[^1]);
    }
}
