using System.Buffers;

namespace LtvKit.Sample;

/// <summary>The pending events of the simulation: one bucket per future day, and a small heap for today.</summary>
/// <remarks>
/// <para>A single heap of every pending event works, but at a million customers each push and pop
/// walks twenty levels of a heap too big for the processor's caches. Future events are only ever
/// needed day by day, so they are appended to their day's bucket (O(1)); when the simulation
/// reaches a day, that bucket moves into a heap of one day's events (a few thousand, cache-resident),
/// which also receives the events scheduled for later the same day. The order events leave in is
/// exactly (minute, sequence), the same as with one big heap.</para>
/// <para>Memory: the buckets together hold the pending events — at most one purchase per live
/// customer plus the returns and same-day orders already decided — so O(customers). A bucket's
/// array goes back to the pool once its day is processed.</para>
/// </remarks>
internal sealed class EventCalendar
{
    private const int MinutesPerDay = 1_440;
    private const int FirstBucketSize = 16;

    private readonly ShopEvent[]?[] _buckets;
    private readonly int[] _counts;
    private readonly EventQueue _today = new();
    private int _day = -1;

    public EventCalendar(int days)
    {
        _buckets = new ShopEvent[]?[days];
        _counts = new int[days];
    }

    /// <summary>The events of the current day still to happen, earliest first.</summary>
    public EventQueue Today => _today;

    /// <summary>Moves to <paramref name="day"/>: its bucket becomes <see cref="Today"/>.</summary>
    public void StartDay(int day)
    {
        if (day <= _day || _today.Count > 0)
            throw new InvalidOperationException("Days are processed in order, each to its end.");
        _day = day;
        var bucket = _buckets[day];
        if (bucket is null)
            return;
        for (var i = 0; i < _counts[day]; i++)
            _today.Push(bucket[i]);
        ArrayPool<ShopEvent>.Shared.Return(bucket);
        _buckets[day] = null;
        _counts[day] = 0;
    }

    public void Schedule(in ShopEvent e)
    {
        var day = (int)(e.Minute / MinutesPerDay);
        if (day <= _day)
        {
            if (day < _day)
                throw new InvalidOperationException("An event cannot be scheduled in the past.");
            _today.Push(e);
            return;
        }
        var bucket = _buckets[day];
        var count = _counts[day];
        if (bucket is null || count == bucket.Length)
        {
            var grown = ArrayPool<ShopEvent>.Shared.Rent(bucket is null ? FirstBucketSize : bucket.Length * 2);
            if (bucket is not null)
            {
                Array.Copy(bucket, grown, count);
                ArrayPool<ShopEvent>.Shared.Return(bucket);
            }
            _buckets[day] = bucket = grown;
        }
        bucket[count] = e;
        _counts[day] = count + 1;
    }
}
