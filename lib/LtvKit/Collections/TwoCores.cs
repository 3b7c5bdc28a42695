namespace LtvKit.Collections;

/// <summary>Runs the two halves of a loop over independent items side by side: the machines the kit runs on have two cores or more.</summary>
internal static class TwoCores
{
    /// <summary>Below this many items a second thread costs more than it saves.</summary>
    private const int MinItems = 1 << 16;

    /// <summary>Calls <paramref name="part"/>(from, to) for [0, count/2) on another thread and [count/2, count) on this one, and waits for both.</summary>
    /// <param name="count">Number of items.</param>
    /// <param name="part">The loop over items [from, to).</param>
    /// <param name="minItems">Fewer items than this run on this thread alone; lower it for items that take long each.</param>
    public static void Split(int count, Action<int, int> part, int minItems = MinItems)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (count < minItems)
        {
            part(0, count);
            return;
        }
        var half = count / 2;
        var first = Task.Run(() => part(0, half));
        part(half, count);
        first.GetAwaiter().GetResult();
    }
}
