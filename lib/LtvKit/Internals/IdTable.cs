using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Internals;

/// <summary>Interns byte strings (ids as UTF-8): each distinct key gets the next index, 0, 1, 2, …, and is stored once, packed.</summary>
/// <remarks>
/// Memory per key: its bytes, a length byte and its index (4 bytes), 4 bytes to find it by index (unless the table is
/// made without <c>keysByIndex</c>), and 11 to 21 bytes of table (open addressing, at most 3/4 full) — about 25 bytes
/// besides the key, where a <c>Dictionary&lt;string, int&gt;</c> takes about 70. A slot points at the key's bytes, which start with its index: finding a known key reads the slot and
/// then one place in memory. All of
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
    /// Per slot: the upper half of the key's hash, and where the key is in <see cref="_keys"/> + 1 (0 = empty slot). The
    /// slot a key belongs in is taken from the top bits of that half, so the table can grow without reading the keys.
    /// </summary>
    private ulong* _slots;
    private int _slotBits = InitialSlotBits;
    private int _inSlots;
    /// <summary>Per key: where it is in <see cref="_keys"/>; null when the table keeps no keys by index.</summary>
    private readonly ChunkedList<int>? _keyAt;
    private int _count;
    /// <summary>Per key: its index (4 bytes), its length (7 bits a byte) and its bytes.</summary>
    private readonly ChunkedList<byte> _keys = new();
    /// <summary>Touches the pages of a table sized ahead on another core (<see cref="FreshPages"/>).</summary>
    private readonly FreshPages _freshSlots = new();

    /// <param name="expectedKeys">How many keys are likely: the table starts that large instead of doubling its way there.</param>
    /// <param name="keysByIndex">
    /// Keep where each key is by its index, for <see cref="KeyOf"/>, <see cref="StringOf"/> and <see cref="Strings"/>
    /// (4 bytes a key); without it, only the lookups work.
    /// </param>
    public IdTable(long expectedKeys = 0, bool keysByIndex = true)
    {
        _keyAt = keysByIndex ? new ChunkedList<int>() : null;
        while (_slotBits < 30 && expectedKeys > (1L << _slotBits) / 4 * 3)
            _slotBits++;
        _slots = NewSlots(_slotBits);
        // A table sized for millions of keys is filled at random places, so every page of it is touched early on.
        var bytes = ((nuint)1 << _slotBits) * sizeof(ulong);
        if (bytes > NativeBlock.SmallTable)
            _freshSlots.TryTouch((nint)_slots, bytes, this);
    }

    ~IdTable() => FreeSlots();

    public int Count => _count;

    public bool TryGet(ReadOnlySpan<byte> key, out int index) => TryGet(key, ByteHash.Of(key), out index);

    /// <param name="hash">The key's <see cref="ByteHash"/>, computed ahead.</param>
    public bool TryGet(ReadOnlySpan<byte> key, ulong hash, out int index)
    {
        var entry = _slots[Find(key, hash)];
        index = entry == 0 ? -1 : IndexAt(entry);
        return entry != 0;
    }

    /// <summary>The index of <paramref name="key"/>, added when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, out bool added) => GetOrAdd(key, ByteHash.Of(key), out added);

    /// <param name="hash">The key's <see cref="ByteHash"/>, computed ahead.</param>
    public int GetOrAdd(ReadOnlySpan<byte> key, ulong hash, out bool added)
    {
        var slot = Find(key, hash);
        var entry = _slots[slot];
        added = entry == 0;
        if (!added)
            return IndexAt(entry);
        var index = _count++;
        var at = Store(key, index);
        if (_keyAt is not null)
            _keyAt.Add() = at;
        _slots[slot] = (hash & TagMask) | (uint)(at + 1);
        if (++_inSlots > (1 << _slotBits) / 4 * 3)
            Grow();
        return index;
    }

    /// <summary>
    /// Asks the processor to fetch the slot of a key that will be looked up soon. A big table is a cache miss per
    /// lookup; a batch of lines fetches ahead so that the misses overlap (see <see cref="PrefetchKey"/>).
    /// </summary>
    public void PrefetchSlot(ulong hash)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(_slots + Home(hash & TagMask));
    }

    /// <summary>Asks the processor to fetch the key the slot points at (after <see cref="PrefetchSlot"/>, a few lookups earlier).</summary>
    public void PrefetchKey(ulong hash)
    {
        var entry = _slots[Home(hash & TagMask)];
        if (Sse.IsSupported && entry != 0)
            Sse.Prefetch0(Unsafe.AsPointer(ref MemoryMarshal.GetReference(_keys.FromIndex((int)(uint)entry - 1))));
    }

    /// <summary>Takes the next index without a key (a row that is its own order, in a file without order ids).</summary>
    public int AddKeyless()
    {
        if (_keyAt is not null)
            _keyAt.Add() = NoKey;
        return _count++;
    }

    /// <summary>The key of <paramref name="index"/>; empty for a keyless index.</summary>
    public ReadOnlySpan<byte> KeyOf(int index)
    {
        if (_keyAt is null)
            throw new InvalidOperationException("the table was made without keys by index");
        var at = _keyAt[index];
        return at == NoKey ? [] : KeyAt(at);
    }

    public string StringOf(int index) => Encoding.UTF8.GetString(KeyOf(index));

    /// <summary>Every key, by index, as strings made when asked for (a keyless index is the empty string).</summary>
    public Utf8List Strings()
    {
        // The stored keys with their heads are more than their bytes: the pages of the array past the end stay untouched.
        var bytes = BigArray.Uninitialized<byte>(_keys.Count);
        var start = BigArray.Uninitialized<int>(Count + 1);
        var used = 0;
        for (var i = 0; i < Count; i++)
        {
            start[i] = used;
            var key = KeyOf(i);
            key.CopyTo(bytes.AsSpan(used));
            used += key.Length;
        }
        start[Count] = used;
        return new Utf8List(bytes, start);
    }

    /// <summary>Gives the keys and the table back; the table cannot be used afterwards.</summary>
    public void Dispose()
    {
        _keyAt?.Dispose();
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
            if (entry == 0 || ((entry & TagMask) == tag && KeyAt((int)(uint)entry - 1).SequenceEqual(key)))
                return slot;
            slot = (slot + 1) & mask;
        }
    }

    private int Home(ulong tag) => (int)(tag >> (64 - _slotBits));

    /// <summary>The index of the key a slot entry points at.</summary>
    private int IndexAt(ulong entry) => BinaryPrimitives.ReadInt32LittleEndian(_keys.FromIndex((int)(uint)entry - 1));

    /// <summary>The key stored at <paramref name="at"/> in <see cref="_keys"/>.</summary>
    private ReadOnlySpan<byte> KeyAt(int at)
    {
        var record = _keys.FromIndex(at);
        var length = 0;
        var shift = 0;
        var i = sizeof(int);
        byte b;
        do
        {
            b = record[i++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return record.Slice(i, length);
    }

    /// <summary>Appends the key's index, length (7 bits a byte) and bytes, in one block of <see cref="_keys"/>.</summary>
    private int Store(ReadOnlySpan<byte> key, int index)
    {
        if (key.Length > ChunkedList<byte>.BlockSize - 9)
            throw new InputException($"an id of {key.Length:N0} bytes: ids this long are not ids (a column mix-up?).");
        Span<byte> head = stackalloc byte[9];
        BinaryPrimitives.WriteInt32LittleEndian(head, index);
        var used = sizeof(int);
        var length = (uint)key.Length;
        while (length >= 0x80)
        {
            head[used++] = (byte)(length | 0x80);
            length >>= 7;
        }
        head[used++] = (byte)length;
        var at = _keys.AddRun(used + key.Length);
        var run = _keys.Run(at, used + key.Length);
        head[..used].CopyTo(run);
        key.CopyTo(run[used..]);
        return at;
    }

    /// <summary>Doubles the table and puts every entry back where its hash now points.</summary>
    private void Grow()
    {
        _freshSlots.Wait();
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
        NativeBlock.Free(old);
    }

    /// <summary>A table of 2^<paramref name="bits"/> slots; in huge pages from 4 MiB (2^19 slots), where it is more than a small file's.</summary>
    private static ulong* NewSlots(int bits)
    {
        var bytes = ((nuint)1 << bits) * sizeof(ulong);
        return (ulong*)NativeBlock.Allocate(bytes, hugePagesFrom: bytes >= NativeBlock.SmallTable ? 0 : bytes);
    }

    private void FreeSlots()
    {
        _freshSlots.Wait();
        NativeBlock.Free(_slots);
        _slots = null;
    }
}
