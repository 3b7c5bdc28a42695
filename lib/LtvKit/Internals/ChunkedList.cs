using System.Numerics;

namespace LtvKit.Internals;

/// <summary>A list of plain structs in large blocks of native memory: growing never copies, and clearing gives the memory back.</summary>
/// <remarks>
/// <para>A <see cref="List{T}"/> doubles by copying: at the moment it grows it holds the old and the new array, so a
/// list of 9 million order states would briefly need three times their size. Blocks of at least 32 MiB are added as
/// needed instead; the system hands them out zeroed and only the pages written to take memory.</para>
/// <para>The pages a few MiB past the last element are touched on another core before the list fills them
/// (<see cref="FreshPages"/>), so that the thread filling the list does not wait on the kernel clearing them.</para>
/// <para>Why native memory: the garbage collector keeps the memory of freed arrays for later use, so after the order
/// book is closed the process would keep its size while the customer table is built on top. Native blocks of this
/// size are mapped and unmapped whole (above the C library's 32 MiB threshold for reusing them), so
/// <see cref="Dispose"/> returns them to the system at once.</para>
/// </remarks>
internal sealed unsafe class ChunkedList<T> : IDisposable where T : unmanaged
{
    /// <summary>Elements per block: the power of two that makes a block larger than 32 MiB.</summary>
    private static readonly int BlockShift = BitOperations.Log2((uint)((32 << 20) / sizeof(T))) + 1;
    private static readonly int BlockMask = (1 << BlockShift) - 1;

    /// <summary>How far ahead of the last element its pages are touched on another core (<see cref="FreshPages"/>).</summary>
    private const int TouchAheadBytes = 4 << 20;

    private static readonly int TouchAhead = TouchAheadBytes / sizeof(T);

    private nint[] _blocks = [];
    /// <summary>Allocated blocks: the next one is allocated early when its pages are touched ahead.</summary>
    private int _allocated;
    private readonly FreshPages _fresh = new();
    /// <summary>Elements before this index have had their pages touched, or asked to be.</summary>
    private long _touchedTo;
    /// <summary>
    /// When <see cref="Count"/> reaches this, the next pages are asked to be touched; not before the first block's small
    /// pages are filled (<see cref="NativeBlock.SmallTable"/>), so that a small file's list touches nothing it does not fill.
    /// </summary>
    private long _touchAt = (long)NativeBlock.SmallTable / sizeof(T);

    ~ChunkedList() => Free();

    public int Count { get; private set; }

    /// <summary>Elements per block: the longest run <see cref="AddRun"/> can add.</summary>
    public static int BlockSize => 1 << BlockShift;

    public ref T this[int index] => ref ((T*)_blocks[index >> BlockShift])[index & BlockMask];

    /// <summary>Appends a zeroed element and returns it to be filled in.</summary>
    public ref T Add()
    {
        if ((Count & BlockMask) == 0)
            AddBlock();
        if (Count >= _touchAt)
            TouchAheadOf(Count);
        return ref this[Count++];
    }

    /// <summary>Appends <paramref name="length"/> zeroed elements that lie in one block (skipping the rest of the current one if needed); returns the index of the first.</summary>
    public int AddRun(int length)
    {
        if (length > BlockSize)
            throw new ArgumentOutOfRangeException(nameof(length), length, "longer than a block");
        if (Count == 0 || (Count & BlockMask) + length > BlockSize || (Count & BlockMask) == 0)
        {
            Count = (Count + BlockMask) & ~BlockMask;
            AddBlock();
        }
        var first = Count;
        Count += length;
        if (Count >= _touchAt)
            TouchAheadOf(Count);
        return first;
    }

    /// <summary>The <paramref name="length"/> elements from <paramref name="index"/>, a run added by <see cref="AddRun"/>.</summary>
    public Span<T> Run(int index, int length) => new((T*)_blocks[index >> BlockShift] + (index & BlockMask), length);

    /// <summary>The elements from <paramref name="index"/> to the end of its block (a run starting there lies within).</summary>
    public Span<T> FromIndex(int index) => new((T*)_blocks[index >> BlockShift] + (index & BlockMask), BlockSize - (index & BlockMask));

    /// <summary>Gives every block back; the list is empty afterwards.</summary>
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        _fresh.Wait();
        foreach (var block in _blocks.AsSpan(0, _allocated))
            NativeBlock.Free((void*)block);
        _blocks = [];
        _allocated = 0;
        Count = 0;
        _touchedTo = 0;
        _touchAt = (long)NativeBlock.SmallTable / sizeof(T);
    }

    /// <summary>Allocates the block of element <see cref="Count"/>, unless it was allocated early to be touched.</summary>
    private void AddBlock()
    {
        if ((Count >> BlockShift) == _allocated)
            Allocate();
    }

    private void Allocate()
    {
        var block = _allocated;
        if (block == int.MaxValue >> BlockShift)
            throw new InvalidOperationException($"more than {int.MaxValue:N0} elements");
        if (block == _blocks.Length)
            Array.Resize(ref _blocks, Math.Max(4, _blocks.Length * 2));
        _blocks[block] = (nint)NativeBlock.Allocate((nuint)BlockSize * (nuint)sizeof(T), hugePagesFrom: block > 0 ? 0 : NativeBlock.SmallTable);
        _allocated++;
    }

    /// <summary>
    /// Asks another core to touch the pages from where the last request ended to <see cref="TouchAhead"/> elements past
    /// <paramref name="count"/> (within one block, allocating the next block when the range reaches it); asks again
    /// halfway there, or soon when the last request still runs.
    /// </summary>
    private void TouchAheadOf(long count)
    {
        var from = Math.Max(_touchedTo, count);
        var block = (int)(from >> BlockShift);
        if (block == int.MaxValue >> BlockShift)
        {
            _touchAt = long.MaxValue;
            return;
        }
        if (block == _allocated)
            Allocate();
        var to = Math.Min(count + TouchAhead, ((long)block + 1) << BlockShift);
        var start = _blocks[block] + (nint)((from & BlockMask) * sizeof(T));
        if (_fresh.TryTouch(start, (nuint)((to - from) * sizeof(T)), this))
        {
            _touchedTo = to;
            _touchAt = count + TouchAhead / 2;
        }
        else
            _touchAt = count + TouchAhead / 8;
    }
}
