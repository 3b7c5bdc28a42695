namespace LtvKit.Collections;

/// <summary>A list of structs in fixed blocks: growing never copies, and a few million elements never need one huge array.</summary>
/// <remarks>
/// A <see cref="List{T}"/> doubles by copying: at the moment it grows it holds the old and the new array, so a list of
/// 9 million order states would briefly need three times their size. Blocks of 65,536 elements are added as needed.
/// </remarks>
internal sealed class ChunkedList<T> where T : struct
{
    private const int BlockShift = 16;
    private const int BlockSize = 1 << BlockShift;
    private const int BlockMask = BlockSize - 1;

    private T[][] _blocks = [];

    public int Count { get; private set; }

    public ref T this[int index] => ref _blocks[index >> BlockShift][index & BlockMask];

    /// <summary>Appends a default element and returns it to be filled in.</summary>
    public ref T Add()
    {
        if ((Count & BlockMask) == 0)
            AddBlock();
        return ref this[Count++];
    }

    /// <summary>Appends <paramref name="length"/> default elements (a power of two up to the block size) that lie in one block, and returns the index of the first.</summary>
    public int AddRun(int length)
    {
        if ((Count & BlockMask) == 0)
            AddBlock();
        var first = Count;
        Count += length;
        return first;
    }

    /// <summary>The <paramref name="length"/> elements from <paramref name="index"/>, a run added by <see cref="AddRun"/>.</summary>
    public Span<T> Run(int index, int length) => _blocks[index >> BlockShift].AsSpan(index & BlockMask, length);

    /// <summary>Lets go of every block.</summary>
    public void Clear()
    {
        _blocks = [];
        Count = 0;
    }

    private void AddBlock()
    {
        var block = Count >> BlockShift;
        if (block == _blocks.Length)
            Array.Resize(ref _blocks, Math.Max(4, _blocks.Length * 2));
        _blocks[block] = new T[BlockSize];
    }
}
