using System.Buffers.Binary;
using System.Numerics;

namespace LtvKit.Collections;

/// <summary>A fast 64-bit hash of a short byte string (ids, fields): eight bytes per multiply.</summary>
/// <remarks>Not for security: used to intern ids and to tell identical lines apart from merely similar ones.</remarks>
internal static class ByteHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Multiplier = 0xBF58476D1CE4E5B9;

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = Seed ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }
        if (!bytes.IsEmpty)
        {
            ulong tail = 0;
            for (var i = bytes.Length - 1; i >= 0; i--)
                tail = tail << 8 | bytes[i];
            hash = Mix(hash, tail);
        }
        return Finish(hash);
    }

    /// <summary>Adds one value to a running hash.</summary>
    public static ulong Mix(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * Multiplier, 31);

    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        return hash ^ (hash >> 33);
    }
}
