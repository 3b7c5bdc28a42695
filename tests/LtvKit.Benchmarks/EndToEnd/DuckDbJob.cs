using System.Globalization;
using DuckDB.NET.Data;

namespace LtvKit.Benchmarks.EndToEnd;

/// <summary>The same job as <c>ltvkit metrics</c>, in DuckDB: the customer table and the 10 segment counts of one orders file.</summary>
/// <remarks>
/// The definitions of METRICS.md, written for the sample shop's layout (注文ID, 顧客ID, 注文日 as yyyy/MM/dd HH:mm,
/// 金額(税込), ステータス): an order is all lines of one order id, dated by its earliest line; a line is cancelled when
/// its status says so; an order all of whose lines are cancelled is dropped; the as-of date is the latest order date;
/// a purchase is a non-cancelled order with a net amount above 0; a customer's revenue is the net sum of all their
/// non-cancelled orders; tenure = last − first purchase day, recency = as-of − last purchase day. Prints one line per
/// segment cell, <c>segment status customers revenue</c>, and a last line <c>customers N</c>.
/// </remarks>
internal static class DuckDbJob
{
    /// <param name="foreign">The file is <see cref="ForeignFile"/>'s layout (注文番号, 注文日 as yyyy-MM-dd HH:mm:ss, no status).</param>
    public static int Run(string file, bool foreign = false)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Query(file, foreign);
        using var reader = command.ExecuteReader();
        long customers = 0;
        while (reader.Read())
        {
            var count = reader.GetInt64(2);
            customers += count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{reader.GetString(0)} {reader.GetString(1)} {count} {reader.GetDecimal(3)}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"customers {customers}"));
        return 0;
    }

    private static string Query(string file, bool foreign) => $"""
        WITH lines AS (
            SELECT "{(foreign ? "注文番号" : "注文ID")}" AS order_id, "顧客ID" AS customer_id,
                   CAST(strptime("注文日", '{(foreign ? "%Y-%m-%d %H:%M:%S" : "%Y/%m/%d %H:%M")}') AS DATE) AS day,
                   CAST("金額(税込)" AS DECIMAL(18, 4)) AS amount,
                   {(foreign ? "false" : "coalesce(regexp_matches(\"ステータス\", 'キャンセル|取消|取り消し|(?i)cancel+ed'), false)")} AS cancelled
            FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)
        ),
        orders AS (
            SELECT order_id, any_value(customer_id) AS customer_id, min(day) AS day,
                   coalesce(sum(amount) FILTER (WHERE NOT cancelled), 0) AS amount, bool_and(cancelled) AS all_cancelled
            FROM lines GROUP BY order_id
        ),
        as_of AS (SELECT max(day) AS day FROM orders),
        kept AS (SELECT o.* FROM orders o, as_of WHERE NOT o.all_cancelled AND o.day <= as_of.day),
        customers AS (
            SELECT customer_id,
                   count(*) FILTER (WHERE amount > 0) AS orders,
                   count(DISTINCT day) FILTER (WHERE amount > 0) AS purchase_days,
                   sum(amount) AS revenue,
                   min(day) FILTER (WHERE amount > 0) AS first_purchase,
                   max(day) FILTER (WHERE amount > 0) AS last_purchase
            FROM kept GROUP BY customer_id
            HAVING count(*) FILTER (WHERE amount > 0) > 0
        ),
        classified AS (
            SELECT c.revenue, c.last_purchase - c.first_purchase AS tenure, as_of.day - c.last_purchase AS recency
            FROM customers c, as_of
        )
        SELECT CASE WHEN tenure = 0 THEN 'FirstTimer' WHEN tenure < 90 THEN 'Fledgling' WHEN revenue < 70000 THEN 'Steady'
                    WHEN tenure < 210 THEN 'Trendy' ELSE 'Loyal' END AS segment,
               CASE WHEN recency < 240 THEN 'Active' ELSE 'Churned' END AS status,
               count(*) AS customers, sum(revenue) AS revenue
        FROM classified GROUP BY ALL ORDER BY ALL
        """;
}
