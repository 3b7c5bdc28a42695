using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Collections;

/// <summary>Interns byte strings (ids as UTF-8): each distinct key gets the next index, 0, 1, 2, …, and is stored once, packed.</summary>
/// <remarks>
/// Memory per key: its bytes and a length byte in 1 MiB blocks, 4 bytes of index, and 8 to 16 bytes of table
/// (open addressing, at most 3/4 full) — about 20 bytes besides the key, where a <c>Dictionary&lt;string, int&gt;</c>
/// takes about 70. Keys are compared as bytes: the reader hands over trimmed UTF-8, so equal text is equal bytes.
/// </remarks>
internal sealed class IdTable
{
    private const int InitialSlotBits = 10;
    private const int BlockShift = 20;
    private const int BlockBytes = 1 << BlockShift;
    private const int MaxBlocks = 1 << (32 - BlockShift);
    /// <summary>Where a key added by <see cref="AddKeyless"/> is: nowhere.</summary>
    private const uint NoKey = uint.MaxValue;

    /// <summary>
    /// Per slot: the upper half of the key's hash, and the key's index + 1 (0 = empty slot). The slot a key belongs in
    /// is taken from the top bits of that half, so the table can grow without reading the keys again.
    /// </summary>
    private ulong[] _slots = new ulong[1 << InitialSlotBits];
    /// <summary>Per key: block &lt;&lt; 20 | offset of its length-prefixed bytes.</summary>
    private readonly ChunkedList<uint> _keyAt = new();
    private readonly List<byte[]> _blocks = [];
    private int _used;
    private int _inSlots;
    private int _slotBits = InitialSlotBits;

    public int Count => _keyAt.Count;

    public bool TryGet(ReadOnlySpan<byte> key, out int index)
    {
        var entry = _slots[Find(key, ByteHash.Of(key))];
        index = (int)(uint)entry - 1;
        return entry != 0;
    }

    /// <summary>The index of <paramref name="key"/>, added when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, out bool added)
    {
        var hash = ByteHash.Of(key);
        var slot = Find(key, hash);
        var entry = _slots[slot];
        added = entry == 0;
        if (!added)
            return (int)(uint)entry - 1;
        var index = Count;
        _keyAt.Add() = Store(key);
        _slots[slot] = (hash & 0xFFFFFFFF00000000) | (uint)(index + 1);
        if (++_inSlots > _slots.Length / 4 * 3)
            Grow();
        return index;
    }

    /// <summary>Takes the next index without a key (a row that is its own order, in a file without order ids).</summary>
    public int AddKeyless()
    {
        _keyAt.Add() = NoKey;
        return Count - 1;
    }

    /// <summary>The key of <paramref name="index"/>; empty for a keyless index.</summary>
    public ReadOnlySpan<byte> KeyOf(int index)
    {
        var at = _keyAt[index];
        if (at == NoKey)
            return [];
        var block = _blocks[(int)(at >> BlockShift)].AsSpan((int)(at & (BlockBytes - 1)));
        var length = 0;
        var shift = 0;
        int i;
        for (i = 0; ; i++)
        {
            length |= (block[i] & 0x7F) << shift;
            shift += 7;
            if (block[i] < 0x80)
                break;
        }
        return block.Slice(i + 1, length);
    }

    public string StringOf(int index) => Encoding.UTF8.GetString(KeyOf(index));

    /// <summary>Lets go of the keys and the table.</summary>
    public void Clear()
    {
        _slots = [];
        _keyAt.Clear();
        _blocks.Clear();
    }

    private int Find(ReadOnlySpan<byte> key, ulong hash)
    {
        var mask = _slots.Length - 1;
        var tag = hash & 0xFFFFFFFF00000000;
        var slot = Home(tag);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0 || ((entry & 0xFFFFFFFF00000000) == tag && KeyOf((int)(uint)entry - 1).SequenceEqual(key)))
                return slot;
            slot = (slot + 1) & mask;
        }
    }

    private int Home(ulong tag) => (int)(tag >> (64 - _slotBits));

    /// <summary>Appends the key, length first (7 bits a byte), to the current block, or to a new one when it does not fit.</summary>
    private uint Store(ReadOnlySpan<byte> key)
    {
        var need = key.Length + 5;
        if (_blocks.Count == 0 || _used + need > _blocks[^1].Length)
        {
            if (_blocks.Count == MaxBlocks)
                throw new InputException("more than 4 GB of distinct ids: too large for one machine's run (aggregate in DuckDB first, see README).");
            _blocks.Add(new byte[Math.Max(BlockBytes, need)]);
            _used = 0;
        }
        var block = _blocks[^1];
        var at = (uint)((_blocks.Count - 1) << BlockShift | _used);
        var length = (uint)key.Length;
        while (length >= 0x80)
        {
            block[_used++] = (byte)(length | 0x80);
            length >>= 7;
        }
        block[_used++] = (byte)length;
        key.CopyTo(block.AsSpan(_used));
        _used += key.Length;
        return at;
    }

    /// <summary>Doubles the table and puts every entry back where its hash now points.</summary>
    private void Grow()
    {
        var old = _slots;
        _slotBits++;
        _slots = new ulong[1 << _slotBits];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry == 0)
                continue;
            var slot = Home(entry);
            while (_slots[slot] != 0)
                slot = (slot + 1) & mask;
            _slots[slot] = entry;
        }
    }
}
