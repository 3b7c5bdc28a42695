using System.Runtime.InteropServices;
using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Collections;

/// <summary>Interns byte strings (ids as UTF-8): each distinct key gets the next index, 0, 1, 2, …, and is stored once, packed.</summary>
/// <remarks>
/// Memory per key: its bytes and a length byte, 4 bytes of index, and 11 to 21 bytes of table (open addressing, at
/// most 3/4 full) — about 20 bytes besides the key, where a <c>Dictionary&lt;string, int&gt;</c> takes about 70. All of
/// it is native memory, given back by <see cref="Dispose"/> (see <see cref="ChunkedList{T}"/>). Keys are compared as
/// bytes: the reader hands over trimmed UTF-8, so equal text is equal bytes.
/// </remarks>
internal sealed unsafe class IdTable : IDisposable
{
    private const int InitialSlotBits = 10;
    /// <summary>Where a key added by <see cref="AddKeyless"/> is: nowhere.</summary>
    private const int NoKey = -1;
    private const ulong TagMask = 0xFFFFFFFF00000000;

    /// <summary>
    /// Per slot: the upper half of the key's hash, and the key's index + 1 (0 = empty slot). The slot a key belongs in
    /// is taken from the top bits of that half, so the table can grow without reading the keys again.
    /// </summary>
    private ulong* _slots;
    private int _slotBits = InitialSlotBits;
    private int _inSlots;
    /// <summary>Per key: where its length-prefixed bytes start in <see cref="_keys"/>.</summary>
    private readonly ChunkedList<int> _keyAt = new();
    private readonly ChunkedList<byte> _keys = new();

    public IdTable() => _slots = NewSlots(InitialSlotBits);

    ~IdTable() => FreeSlots();

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
        _slots[slot] = (hash & TagMask) | (uint)(index + 1);
        if (++_inSlots > (1 << _slotBits) / 4 * 3)
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
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _keys[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return _keys.Run(at, length);
    }

    public string StringOf(int index) => Encoding.UTF8.GetString(KeyOf(index));

    /// <summary>Gives the keys and the table back; the table cannot be used afterwards.</summary>
    public void Dispose()
    {
        _keyAt.Dispose();
        _keys.Dispose();
        FreeSlots();
        GC.SuppressFinalize(this);
    }

    private int Find(ReadOnlySpan<byte> key, ulong hash)
    {
        var mask = (1 << _slotBits) - 1;
        var tag = hash & TagMask;
        var slot = Home(tag);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0 || ((entry & TagMask) == tag && KeyOf((int)(uint)entry - 1).SequenceEqual(key)))
                return slot;
            slot = (slot + 1) & mask;
        }
    }

    private int Home(ulong tag) => (int)(tag >> (64 - _slotBits));

    /// <summary>Appends the key, length first (7 bits a byte), in one block of <see cref="_keys"/>.</summary>
    private int Store(ReadOnlySpan<byte> key)
    {
        if (key.Length > ChunkedList<byte>.BlockSize - 5)
            throw new InputException($"an id of {key.Length:N0} bytes: ids this long are not ids (a column mix-up?).");
        Span<byte> prefix = stackalloc byte[5];
        var length = (uint)key.Length;
        var used = 0;
        while (length >= 0x80)
        {
            prefix[used++] = (byte)(length | 0x80);
            length >>= 7;
        }
        prefix[used++] = (byte)length;
        var at = _keys.AddRun(used + key.Length);
        var run = _keys.Run(at, used + key.Length);
        prefix[..used].CopyTo(run);
        key.CopyTo(run[used..]);
        return at;
    }

    /// <summary>Doubles the table and puts every entry back where its hash now points.</summary>
    private void Grow()
    {
        var old = _slots;
        var oldLength = 1 << _slotBits;
        _slotBits++;
        _slots = NewSlots(_slotBits);
        var mask = (1 << _slotBits) - 1;
        for (var i = 0; i < oldLength; i++)
        {
            var entry = old[i];
            if (entry == 0)
                continue;
            var slot = Home(entry);
            while (_slots[slot] != 0)
                slot = (slot + 1) & mask;
            _slots[slot] = entry;
        }
        NativeMemory.Free(old);
    }

    private static ulong* NewSlots(int bits) => (ulong*)NativeMemory.AllocZeroed((nuint)1 << bits, sizeof(ulong));

    private void FreeSlots()
    {
        NativeMemory.Free(_slots);
        _slots = null;
    }
}
