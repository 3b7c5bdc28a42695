using System.Buffers.Binary;
using System.Numerics;

namespace LtvKit.Internals;

/// <summary>A fast 64-bit hash of a short byte string (ids, fields): eight bytes per multiply.</summary>
/// <remarks>Not for security: used to intern ids and to tell identical lines apart from merely similar ones.</remarks>
internal static class ByteHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Multiplier = 0xBF58476D1CE4E5B9;

    public static ulong Of(ReadOnlySpan<byte> bytes) => Finish(Add(Seed, bytes));

    /// <summary>
    /// A hash of a record's fields: <paramref name="joined"/> holds them with one separator byte between each two, and
    /// <paramref name="lengths"/> their lengths, which tell where each ends (so a field holding the separator is told
    /// apart). Four lanes take 32 bytes a round, so that their multiplies overlap instead of waiting on each other.
    /// </summary>
    public static ulong OfFields(ReadOnlySpan<byte> joined, ReadOnlySpan<int> lengths)
    {
        ulong a = Seed, b = Seed ^ 1, c = Seed ^ 2, d = Seed ^ 3;
        var bytes = joined;
        while (bytes.Length >= 32)
        {
            a = Mix(a, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            b = Mix(b, BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
            c = Mix(c, BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]));
            d = Mix(d, BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));
            bytes = bytes[32..];
        }
        var hash = (ulong)lengths.Length;
        for (var i = 0; i < lengths.Length; i += 2)
            hash = Mix(hash, (uint)lengths[i] | (i + 1 < lengths.Length ? (ulong)(uint)lengths[i + 1] << 32 : 0));
        return Finish(Add(Mix(Mix(Mix(Mix(hash, a), b), c), d), bytes));
    }

    /// <summary>Adds a byte string, its length and then its bytes, to a running hash.</summary>
    private static ulong Add(ulong hash, ReadOnlySpan<byte> bytes)
    {
        hash = Mix(hash, (ulong)bytes.Length);
        while (bytes.Length >= 8)
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }
        return bytes.IsEmpty ? hash : Mix(hash, Tail(bytes));
    }

    /// <summary>
    /// The last 1 to 7 bytes as one value, read in at most two loads instead of a byte at a time. With the length
    /// known (it is mixed in first), the value tells the bytes apart: two overlapping 4-byte reads cover 4 to 7 bytes, and
    /// the first, middle and last byte cover 1 to 3.
    /// </summary>
    private static ulong Tail(ReadOnlySpan<byte> bytes) => bytes.Length >= 4
        ? (ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes) << 32 | BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..])
        : (ulong)bytes[0] << 16 | (ulong)bytes[bytes.Length / 2] << 8 | bytes[^1];

    /// <summary>Adds one value to a running hash.</summary>
    private static ulong Mix(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * Multiplier, 31);

    /// <summary>Spreads every bit of a running hash over all the bits of the result.</summary>
    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        return hash ^ (hash >> 33);
    }
}
