using System.Globalization;
using System.Text.Json;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>The result both engines must agree on: customers and revenue per segment cell.</summary>
internal sealed record SegmentCounts(SortedDictionary<string, (long Customers, decimal Revenue)> Cells)
{
    public long Customers => Cells.Values.Sum(c => c.Customers);

    /// <summary>From <c>ltvkit metrics --format json</c>.</summary>
    public static SegmentCounts FromLtvKit(string json)
    {
        using var document = JsonDocument.Parse(json);
        var cells = new SortedDictionary<string, (long, decimal)>(StringComparer.Ordinal);
        foreach (var cell in document.RootElement.GetProperty("segments").EnumerateArray())
        {
            var key = cell.GetProperty("segment").GetString() + " " + cell.GetProperty("status").GetString();
            var customers = cell.GetProperty("customers").GetInt64();
            if (customers > 0)
                cells[key] = (customers, cell.GetProperty("revenue").GetDecimal());
        }
        return new SegmentCounts(cells);
    }

    /// <summary>From the lines <see cref="DuckDbJob"/> prints.</summary>
    public static SegmentCounts FromDuckDb(string text)
    {
        var cells = new SortedDictionary<string, (long, decimal)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 4)
                cells[parts[0] + " " + parts[1]] = (long.Parse(parts[2], CultureInfo.InvariantCulture), decimal.Parse(parts[3], CultureInfo.InvariantCulture));
        }
        return new SegmentCounts(cells);
    }

    /// <summary>Null when equal, else the first difference.</summary>
    public string? Difference(SegmentCounts other)
    {
        foreach (var key in Cells.Keys.Union(other.Cells.Keys))
        {
            var mine = Cells.GetValueOrDefault(key);
            var theirs = other.Cells.GetValueOrDefault(key);
            if (mine.Customers != theirs.Customers || mine.Revenue != theirs.Revenue)
                return string.Create(CultureInfo.InvariantCulture, $"{key}: ltvkit {mine.Customers} customers ¥{mine.Revenue}, DuckDB {theirs.Customers} customers ¥{theirs.Revenue}");
        }
        return null;
    }
}
