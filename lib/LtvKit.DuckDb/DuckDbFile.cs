using LtvKit.Ingest;
using LtvKit.Ingest.Presets;
using LtvKit.Internals;

namespace LtvKit.DuckDb;

/// <summary>One orders file as the duckdb engine reads it: its header, where each field is, and the SQL that reads it.</summary>
/// <remarks>
/// The header is resolved by the kit's own rules (<see cref="OrderFile"/> for a CSV file, <see cref="ColumnMap"/> for the
/// column names of a Parquet file), so <c>--map</c> and the header aliases mean the same on both engines. A CSV file must
/// be UTF-8 in the kit's standard layout (not a cart's or Shopify's, whose order fields need the in-memory engine's rules);
/// every value is read as text (<c>c0</c>, <c>c1</c> … in header order) and goes through the same rules as a CSV cell.
/// </remarks>
internal sealed class DuckDbFile
{
    private DuckDbFile(string path, bool isParquet, IReadOnlyList<string> headers, ColumnMap columns)
    {
        Path = path;
        IsParquet = isParquet;
        Headers = headers;
        Columns = columns;
    }

    public string Path { get; }

    public bool IsParquet { get; }

    public IReadOnlyList<string> Headers { get; }

    public ColumnMap Columns { get; }

    /// <summary>Reads the header and refuses what the engine cannot read as the in-memory engine does.</summary>
    /// <param name="parquetColumns">The column names of a Parquet file, from DuckDB.</param>
    public static DuckDbFile Open(string path, LoadOptions options, Func<string, IReadOnlyList<string>> parquetColumns)
    {
        if (path == CsvSource.StandardInput)
            throw DuckDbEngine.Refusal("it reads files by name, not standard input (--orders -)");
        if (!File.Exists(path))
            throw new InputException($"{path}: the orders file does not exist.");
        if (ParquetText.IsParquet(path))
        {
            var headers = parquetColumns(path);
            if (CartPreset.Detect(headers) is { } cart)
                throw DuckDbEngine.Refusal($"{path} has the headers of {cart.Title}, whose order fields need the default engine's rules");
            var columns = ColumnMap.Resolve(path, headers, options.Map);
            if (columns.LooksLikeShopify)
                throw DuckDbEngine.Refusal($"{path} has Shopify's headers, whose order fields need the default engine's rules");
            return new DuckDbFile(path, true, headers, columns);
        }
        using var file = OrderFile.Open(path, options);
        if (file.Preset != Preset.None)
            throw DuckDbEngine.Refusal($"{path} is read as {file.Cart?.Title ?? file.Preset.ToString()}, whose order fields need the default engine's rules");
        if (file.Encoding != TextEncoding.Utf8)
            throw DuckDbEngine.Refusal($"{path} is {TextEncodings.DisplayName(file.Encoding)}; it reads UTF-8 CSV and Parquet");
        return new DuckDbFile(path, false, file.Headers, file.Columns!);
    }

    /// <summary>The query of this file's rows as text: columns <c>c0</c>, <c>c1</c> … in header order, in file order.</summary>
    public string Source()
    {
        var path = Sql.Text(Path);
        if (IsParquet)
            return $"(SELECT {string.Join(", ", Headers.Select((h, i) => $"CAST({Sql.Name(h)} AS VARCHAR) AS c{i}"))} FROM read_parquet({path}))";
        var columns = string.Join(", ", Headers.Select((_, i) => $"'c{i}': 'VARCHAR'"));
        return $"read_csv({path}, header = false, skip = 1, auto_detect = false, delim = ',', quote = '\"', escape = '\"', " +
               $"columns = {{{columns}}}, strict_mode = true, null_padding = false)";
    }

    /// <summary>The line each of <paramref name="rows"/> (DuckDB's row numbers: 0 is the first after the header) starts on, as
    /// the in-memory engine numbers lines: in a CSV file the line its record starts on, line breaks inside quoted values
    /// counted and blank lines skipped (the file is read again up to the last row asked for, with the kit's own reader: for
    /// messages only); in a Parquet file row + 2 (its column names are line 1, <see cref="ParquetText"/>).</summary>
    public Dictionary<long, long> LinesOf(IEnumerable<long> rows)
    {
        var wanted = rows.ToHashSet();
        if (IsParquet)
            return wanted.ToDictionary(row => row, row => row + 2);
        var lines = new Dictionary<long, long>();
        using var stream = File.OpenRead(Path);
        var reader = new CsvRecordReader(stream, checkUtf8: false);
        if (!reader.Read())
            return lines;
        for (var row = 0L; lines.Count < wanted.Count && reader.Read(); row++)
        {
            if (wanted.Contains(row))
                lines[row] = reader.Line;
        }
        return lines;
    }

    /// <summary>The header of <paramref name="field"/> in this file, for messages.</summary>
    public string HeaderOf(OrderField field) => Columns.Has(field) ? Columns.HeaderOf(field) : field.ToString();
}
