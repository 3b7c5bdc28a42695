using LtvKit.Internals;

namespace LtvKit.Ingest;

/// <summary>What a column's cells are read as (cancelled or not, 通常 or 定期), decided once per distinct value.</summary>
/// <remarks>
/// A status or order-kind column holds a handful of distinct values on millions of rows: the verdict is remembered
/// for the last cell and for the first <see cref="Remembered"/> distinct values; a column with more (timestamps?) has
/// the rest decided each time.
/// </remarks>
internal sealed class CellVerdicts<T>(CellVerdicts<T>.Decide decide) : IDisposable
{
    /// <summary>Decides the verdict of one cell's text (decoded, not trimmed).</summary>
    public delegate T Decide(ReadOnlySpan<char> text);

    public const int Remembered = 1024;

    private readonly IdTable _values = new();
    private readonly List<T> _verdicts = [];
    private readonly LastCell<T> _last = new();

    public T Of(ReadOnlySpan<byte> cell, ref char[] scratch)
    {
        if (_last.TryGet(cell, out var verdict))
            return verdict;
        if (_values.TryGet(cell, out var known))
        {
            verdict = _verdicts[known];
        }
        else
        {
            verdict = decide(Utf8Field.Decode(cell, ref scratch));
            if (_values.Count < Remembered)
            {
                _values.GetOrAdd(cell, out _);
                _verdicts.Add(verdict);
            }
        }
        _last.Remember(cell, verdict);
        return verdict;
    }

    public void Dispose() => _values.Dispose();
}
