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
    /// Adds a byte string, its length and then its bytes, to a running hash: a string of several (a line's fields) is
    /// hashed with one <see cref="Finish"/> at the end instead of one per string.
    /// </summary>
    public static ulong Add(ulong hash, ReadOnlySpan<byte> bytes)
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
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        return hash ^ (hash >> 33);
    }
}
