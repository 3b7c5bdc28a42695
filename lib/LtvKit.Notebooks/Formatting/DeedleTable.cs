using System.Globalization;
using System.Reflection;
using Deedle;

namespace LtvKit.Notebooks.Formatting;

/// <summary>The first rows of a Deedle frame or series, keyed by their row keys, with the shape "rows × columns".</summary>
/// <remarks>Missing values (Deedle's NA) show as empty cells.</remarks>
internal static class DeedleTable
{
    private static readonly MethodInfo FrameMethod = typeof(DeedleTable).GetMethod(nameof(FrameOf), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SeriesMethod = typeof(DeedleTable).GetMethod(nameof(SeriesOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>A table of <paramref name="value"/> when it is a <c>Frame&lt;R, C&gt;</c> or <c>Series&lt;K, V&gt;</c>; otherwise null.</summary>
    public static Table? TryCreate(object value, int maxRows)
    {
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (!type.IsGenericType)
                continue;
            var definition = type.GetGenericTypeDefinition();
            var method = definition == typeof(Frame<,>) ? FrameMethod : definition == typeof(Series<,>) ? SeriesMethod : null;
            if (method is not null)
                return (Table)method.MakeGenericMethod(type.GetGenericArguments()).Invoke(null, [value, maxRows])!;
        }
        return null;
    }

    private static Table FrameOf<TRow, TColumn>(Frame<TRow, TColumn> frame, int maxRows)
        where TRow : notnull
        where TColumn : notnull
    {
        var columnKeys = frame.ColumnKeys.ToList();
        var columns = columnKeys.Select(key => frame.GetColumn<object>(key)).ToList();
        var rows = frame.RowKeys.Take(maxRows)
            .Select(key => (IReadOnlyList<object?>)[key, .. columns.Select(column => ValueOrNull(column.TryGet(key)))])
            .ToList();
        return new Table(["", .. columnKeys.Select(key => CellText.Of(key))], rows, Caption("Frame", frame.RowCount, columnKeys.Count, rows.Count));
    }

    private static Table SeriesOf<TKey, TValue>(Series<TKey, TValue> series, int maxRows)
        where TKey : notnull
    {
        var rows = series.Keys.Take(maxRows)
            .Select(key => (IReadOnlyList<object?>)[key, ValueOrNull(series.TryGet(key))])
            .ToList();
        return new Table(["", "value"], rows, Caption("Series", series.KeyCount, 1, rows.Count));
    }

    private static object? ValueOrNull<T>(OptionalValue<T> value) => value.HasValue ? value.Value : null;

    private static string Caption(string kind, int rowCount, int columnCount, int shown) =>
        string.Create(CultureInfo.InvariantCulture, $"Deedle {kind}: {rowCount:N0} rows × {columnCount} columns")
        + (shown < rowCount ? string.Create(CultureInfo.InvariantCulture, $" (first {shown} shown)") : "");
}
