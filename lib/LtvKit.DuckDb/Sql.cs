namespace LtvKit.DuckDb;

/// <summary>Values and names written into DuckDB SQL.</summary>
internal static class Sql
{
    /// <summary>A string literal.</summary>
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A quoted identifier (a header as written).</summary>
    public static string Name(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A date literal.</summary>
    public static string Date(DateOnly date) => "DATE '" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "'";
}
