using System.Numerics;

namespace LtvKit.Internals;

/// <summary>A list of plain structs in large blocks of native memory: growing never copies, and clearing gives the memory back.</summary>
/// <remarks>
/// <para>A <see cref="List{T}"/> doubles by copying: at the moment it grows it holds the old and the new array, so a
/// list of 9 million order states would briefly need three times their size. Blocks of at least 32 MiB are added as
/// needed instead; the system hands them out zeroed and only the pages written to take memory.</para>
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

    private nint[] _blocks = [];

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
        foreach (var block in _blocks)
            NativeBlock.Free((void*)block);
        _blocks = [];
        Count = 0;
    }

    private void AddBlock()
    {
        var block = Count >> BlockShift;
        if (block == int.MaxValue >> BlockShift)
            throw new InvalidOperationException($"more than {int.MaxValue:N0} elements");
        if (block == _blocks.Length)
            Array.Resize(ref _blocks, Math.Max(4, _blocks.Length * 2));
        _blocks[block] = (nint)NativeBlock.Allocate((nuint)BlockSize * (nuint)sizeof(T), hugePagesFrom: block > 0 ? 0 : NativeBlock.SmallTable);
    }
}
