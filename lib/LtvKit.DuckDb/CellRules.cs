using System.Globalization;
using DuckDB.NET.Data;
using LtvKit.Ingest;

namespace LtvKit.DuckDb;

/// <summary>The kit's cell rules over DuckDB's distinct values: dates and amounts DuckDB does not read itself, statuses and subscription values.</summary>
/// <remarks>
/// A file has a handful of statuses and subscription values, and, beyond the plain forms that DuckDB reads
/// (<c>fast_date</c>, <c>fast_amount</c>), few distinct other dates and amounts; each distinct value goes once through
/// the in-memory engine's own rule (<see cref="DateText"/>, <see cref="AmountText"/>, <see cref="CancelledStatus"/>,
/// <see cref="OrderKinds"/>), so both engines read every cell alike. The verdicts are tables the lines are joined with:
/// <c>dates</c>, <c>amounts</c> (with the reason when the rule rejects the value), <c>statuses</c> and <c>kinds</c>.
/// </remarks>
internal static class CellRules
{
    /// <summary>The decimals DuckDB keeps of an amount (DECIMAL(18, 4)): an amount with more is refused.</summary>
    public const int AmountDecimals = 4;

    /// <summary>The integer digits of DECIMAL(18, 4).</summary>
    private const int AmountIntegerDigits = 14;

    public static void Apply(DuckDBConnection connection)
    {
        DuckDbEngine.Execute(connection, """
            CREATE TABLE dates (date_text VARCHAR, day_number INTEGER, reason VARCHAR);
            CREATE TABLE amounts (amount_text VARCHAR, amount DECIMAL(18, 4), scale INTEGER, reason VARCHAR);
            CREATE TABLE statuses (status VARCHAR, cancelled BOOLEAN);
            CREATE TABLE kinds (kind_text VARCHAR, kind TINYINT);
            """);
        var dates = Distinct(connection, "SELECT DISTINCT date_text FROM lines WHERE fast_date(date_text) IS NULL");
        Append(connection, "dates", dates, (row, text) =>
        {
            var ok = DateText.TryParse(text, out var date, out var reason);
            row.AppendValue(text).AppendValue(ok ? date.DayNumber : (int?)null).AppendValue(ok ? null : reason);
        });
        var amounts = Distinct(connection, "SELECT DISTINCT amount_text FROM lines WHERE fast_amount(amount_text) IS NULL");
        Append(connection, "amounts", amounts, (row, text) =>
        {
            var ok = AmountText.TryParse(text, out var amount, out var reason);
            if (ok && amount.Scale > AmountDecimals)
                (ok, reason) = (false, string.Create(CultureInfo.InvariantCulture, $"more than {AmountDecimals} decimals (--engine duckdb keeps {AmountDecimals}; the default engine reads it)"));
            if (ok && Math.Abs(decimal.Truncate(amount)).ToString(CultureInfo.InvariantCulture).Length > AmountIntegerDigits)
                (ok, reason) = (false, string.Create(CultureInfo.InvariantCulture, $"more than {AmountIntegerDigits} digits before the point (--engine duckdb keeps {AmountIntegerDigits}; the default engine reads it)"));
            row.AppendValue(text).AppendValue(ok ? amount : (decimal?)null).AppendValue(ok ? amount.Scale : (int?)null).AppendValue(ok ? null : reason);
        });
        var statuses = Distinct(connection, "SELECT DISTINCT status FROM lines WHERE status IS NOT NULL");
        Append(connection, "statuses", statuses, (row, text) => row.AppendValue(text).AppendValue(CancelledStatus.IsCancelled(text, anyValueCancels: false)));
        var kinds = Distinct(connection, "SELECT DISTINCT kind_text FROM lines WHERE kind_text IS NOT NULL");
        Append(connection, "kinds", kinds, (row, text) => row.AppendValue(text).AppendValue((sbyte)OrderKinds.Parse(text)));
    }

    private static List<string> Distinct(DuckDBConnection connection, string sql) => DuckDbEngine.Query(connection, sql, r => r.GetString(0));

    private static void Append(DuckDBConnection connection, string table, List<string> values, Action<IDuckDBAppenderRow, string> verdict)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var value in values)
        {
            var row = appender.CreateRow();
            verdict(row, value);
            row.EndRow();
        }
    }
}
