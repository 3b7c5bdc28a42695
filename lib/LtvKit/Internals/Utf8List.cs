using System.Collections;
using System.Text;

namespace LtvKit.Internals;

/// <summary>A read-only list of strings kept as UTF-8 in one array: each string is made when it is asked for.</summary>
/// <remarks>
/// Millions of customer ids as strings are millions of objects (about 40 bytes each for a short id) that most runs never
/// read: the metrics work on indexes. Here they take their bytes and 4 bytes each, in two arrays.
/// </remarks>
internal sealed class Utf8List : IReadOnlyList<string>
{
    private readonly byte[] _bytes;
    /// <summary>Where string i starts in <see cref="_bytes"/>; it ends where string i + 1 starts.</summary>
    private readonly int[] _start;

    /// <param name="bytes">The strings' bytes, one after the other.</param>
    /// <param name="start">Where each starts, and where the last ends (one more than <see cref="Count"/>).</param>
    public Utf8List(byte[] bytes, int[] start)
    {
        _bytes = bytes;
        _start = start;
    }

    public int Count => _start.Length - 1;

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Encoding.UTF8.GetString(_bytes, _start[index], _start[index + 1] - _start[index]);
        }
    }

    /// <summary>The <paramref name="index"/>-th string's UTF-8 bytes, without making the string.</summary>
    public ReadOnlySpan<byte> Bytes(int index) => _bytes.AsSpan(_start[index], _start[index + 1] - _start[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
