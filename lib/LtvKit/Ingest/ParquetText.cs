using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace LtvKit.Ingest;

/// <summary>A Parquet file read as the CSV text of the same table, so that it goes through the same rows, rules and messages as a CSV file.</summary>
/// <remarks>
/// <para>The header is the column names; each row is the row's values as text: strings as they are, integers and decimals
/// in invariant digits (<c>1234.50</c>), dates <c>yyyy-MM-dd</c>, timestamps <c>yyyy-MM-dd HH:mm:ss</c>, booleans
/// <c>true</c>/<c>false</c>, null as an empty cell; quoted as CSV needs. These are the texts DuckDB casts the values
/// to (the duckdb engine), so both engines read a Parquet file alike. A message's line N is the file's row N − 1: the
/// column names are line 1, as in the CSV form.</para>
/// <para>The text is made a row group at a time, when read (a stream that cannot seek: <see cref="CsvSource"/> keeps a
/// temporary copy to read it again). Only flat columns are read; a nested one is an error naming it.</para>
/// </remarks>
internal sealed class ParquetText : Stream
{
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly string _path;
    private byte[] _buffer = [];
    private int _at;
    private int _nextGroup;

    private ParquetText(string path, ParquetReader reader, DataField[] fields)
    {
        _path = path;
        _reader = reader;
        _fields = fields;
        _buffer = Encoding.UTF8.GetBytes(string.Join(",", fields.Select(f => Quoted(f.Name))) + "\n");
    }

    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="InputException">The file is not a Parquet file, or has nested columns.</exception>
    public static ParquetText Open(string path, string what)
    {
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read the {what} as Parquet ({e.Message}).", e);
        }
        var fields = reader.Schema.GetDataFields();
        if (fields.FirstOrDefault(f => f.IsArray || f.Path.Length > 1) is { } nested)
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new InputException($"{path}: the column {nested.Path} is nested (a list or a group); the kit reads flat columns only.");
        }
        return new ParquetText(path, reader, fields);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_at == _buffer.Length)
        {
            if (_nextGroup == _reader.RowGroupCount)
                return 0;
            _buffer = Encoding.UTF8.GetBytes(RowGroup(_nextGroup++));
            _at = 0;
        }
        var n = Math.Min(count, _buffer.Length - _at);
        Array.Copy(_buffer, _at, buffer, offset, n);
        _at += n;
        return n;
    }

    /// <summary>One row group as CSV rows.</summary>
    private string RowGroup(int index)
    {
        using var group = _reader.OpenRowGroupReader(index);
        var rows = checked((int)group.RowCount);
        var columns = _fields.Select(f => Texts(group, f, rows)).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0)
                    text.Append(',');
                text.Append(Quoted(columns[c][r] ?? ""));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private string?[] Texts(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[rows];
            group.ReadAsync(field, values.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            return values;
        }
        return type switch
        {
            _ when type == typeof(int) => Values<int>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(long) => Values<long>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(short) => Values<short>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(decimal) => Values<decimal>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(double) => Values<double>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(DateOnly) => Values<DateOnly>(group, field, rows, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ when type == typeof(DateTime) => Values<DateTime>(group, field, rows, v => v.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')),
            _ when type == typeof(bool) => Values<bool>(group, field, rows, v => v ? "true" : "false"),
            _ => throw new InputException($"{_path}: the column {field.Name} is of type {type.Name}, which the kit does not read (text, integers, decimals, dates and timestamps)."),
        };
    }

    private static string?[] Values<T>(ParquetRowGroupReader group, DataField field, int rows, Func<T, string> text) where T : struct
    {
        var values = new T?[rows];
        group.ReadAsync<T>(field, values.AsMemory(), null).AsTask().GetAwaiter().GetResult();
        return [.. values.Select(v => v is { } value ? text(value) : null)];
    }

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
