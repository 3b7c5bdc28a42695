namespace LtvKit.Ingest;

/// <summary>The last cell of a column that was read, as bytes, with what it was read as: the next row often repeats it.</summary>
/// <remarks>
/// An export in time order writes the same order date (to the minute) on row after row: comparing a few bytes is much
/// cheaper than decoding and parsing them again. Only cells that were read successfully are remembered.
/// </remarks>
internal sealed class LastCell<T>
{
    /// <summary>Longer cells are not remembered: a date or an amount is far shorter.</summary>
    private const int MaxBytes = 64;

    private readonly byte[] _bytes = new byte[MaxBytes];
    private int _length = -1;
    private T _value = default!;

    /// <summary>The value of <paramref name="cell"/> when it is the same bytes as the cell remembered last.</summary>
    public bool TryGet(ReadOnlySpan<byte> cell, out T value)
    {
        value = _value;
        return cell.Length == _length && cell.SequenceEqual(_bytes.AsSpan(0, _length));
    }

    public void Remember(ReadOnlySpan<byte> cell, T value)
    {
        if (cell.Length > MaxBytes)
            return;
        cell.CopyTo(_bytes);
        _length = cell.Length;
        _value = value;
    }
}
