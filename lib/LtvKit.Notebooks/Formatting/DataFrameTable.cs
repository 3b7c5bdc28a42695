using System.Globalization;
using Microsoft.Data.Analysis;

namespace LtvKit.Notebooks.Formatting;

/// <summary>The first rows of a Microsoft.Data.Analysis <see cref="DataFrame"/>, with its shape "rows × columns".</summary>
internal static class DataFrameTable
{
    public static Table Create(DataFrame frame, int maxRows)
    {
        var rowCount = frame.Rows.Count;
        var shown = (int)Math.Min(rowCount, maxRows);
        var columns = frame.Columns.Select(c => c.Name).ToList();
        var rows = new List<IReadOnlyList<object?>>(shown);
        for (long r = 0; r < shown; r++)
            rows.Add([.. frame.Columns.Select(c => c[r])]);
        var caption = string.Create(CultureInfo.InvariantCulture, $"DataFrame: {rowCount:N0} rows × {columns.Count} columns");
        if (shown < rowCount)
            caption += string.Create(CultureInfo.InvariantCulture, $" (first {shown} shown)");
        return new Table(columns, rows, caption);
    }
}
