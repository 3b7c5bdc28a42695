namespace LtvKit.Internals;

/// <summary>The kit's one parallel helper: loops over independent items on two cores, and the merge of what each core found.</summary>
/// <remarks>
/// <para>The machines the kit runs on have two cores or more. Each loop here runs [0, count/2) on another thread and
/// [count/2, count) on the caller's, and waits for both; the first half's result comes first in every merge, so a
/// result never depends on the threads' timing. Below a minimum number of items everything runs on the caller's thread.</para>
/// <para>Domain code says what to do with one item and how two partial results combine (<see cref="ForEach(int, Action{int}, int)"/>,
/// <see cref="Aggregate{TAcc}"/>, <see cref="Keep{T}"/>, <see cref="Both{T1, T2}"/>); only the fast ingest path of this
/// folder works on the ranges themselves (<see cref="Split"/>).</para>
/// </remarks>
internal static class TwoCores
{
    /// <summary>Below this many items a second thread costs more than it saves.</summary>
    internal const int MinItems = 1 << 16;

    /// <summary>Whether item <paramref name="index"/> is kept, and as what.</summary>
    public delegate bool Pick<T>(int index, out T item);

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

    /// <summary>Calls <paramref name="body"/> for every item.</summary>
    public static void ForEach(int count, Action<int> body, int minItems = MinItems)
    {
        ArgumentNullException.ThrowIfNull(body);
        Split(count, (from, to) =>
        {
            for (var i = from; i < to; i++)
                body(i);
        }, minItems);
    }

    /// <summary>Calls <paramref name="body"/> for every item, each core with its own <paramref name="local"/> scratch state.</summary>
    public static void ForEach<TLocal>(int count, Func<TLocal> local, Action<int, TLocal> body, int minItems = MinItems)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(body);
        Split(count, (from, to) =>
        {
            var scratch = local();
            for (var i = from; i < to; i++)
                body(i, scratch);
        }, minItems);
    }

    /// <summary>Adds every item into an accumulator of each core's own (<paramref name="seed"/>), then merges the two, the first half's first.</summary>
    /// <param name="count">Number of items.</param>
    /// <param name="seed">Makes an empty accumulator.</param>
    /// <param name="add">Adds item i to the accumulator.</param>
    /// <param name="merge">Combines the first half's accumulator with the second's.</param>
    /// <param name="minItems">Fewer items than this run on this thread alone.</param>
    public static TAcc Aggregate<TAcc>(int count, Func<TAcc> seed, Action<int, TAcc> add, Func<TAcc, TAcc, TAcc> merge, int minItems = MinItems)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(merge);
        var halves = new TAcc[2];
        var split = false;
        Split(count, (from, to) =>
        {
            var acc = seed();
            for (var i = from; i < to; i++)
                add(i, acc);
            if (from == 0)
                halves[0] = acc;
            else
            {
                halves[1] = acc;
                split = true;
            }
        }, minItems);
        return split ? merge(halves[0], halves[1]) : halves[0];
    }

    /// <summary>The items <paramref name="pick"/> keeps, in item order, picked on two cores into one array.</summary>
    /// <returns>An array of at least <paramref name="count"/> slots whose first <c>Kept</c> hold the kept items.</returns>
    public static (T[] Items, int Kept) Keep<T>(int count, Pick<T> pick, int minItems = MinItems) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(pick);
        // Each half writes its items from the start of its range; the second half's then move down behind the first's.
        var items = BigArray.Uninitialized<T>(count);
        var starts = new int[2];
        var kept = new int[2];
        Split(count, (from, to) =>
        {
            var next = from;
            for (var i = from; i < to; i++)
            {
                if (pick(i, out var item))
                    items[next++] = item;
            }
            var half = from == 0 ? 0 : 1;
            starts[half] = from;
            kept[half] = next - from;
        }, minItems);
        Array.Copy(items, starts[1], items, kept[0], kept[1]);
        return (items, kept[0] + kept[1]);
    }

    /// <summary>Runs <paramref name="second"/> on another core while <paramref name="first"/> runs on this one, and returns both results.</summary>
    public static (T1 First, T2 Second) Both<T1, T2>(Func<T1> first, Func<T2> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var other = Task.Run(second);
        var mine = first();
        return (mine, other.GetAwaiter().GetResult());
    }
}
