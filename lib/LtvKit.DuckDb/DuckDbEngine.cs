using System.Buffers;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Internals;

namespace LtvKit.DuckDb;

/// <summary><c>--engine duckdb</c>: the order-line rules as SQL in DuckDB, spilling to disk, over UTF-8 CSV or Parquet files (100M lines within 5.5 GB: BENCHMARKS.md).</summary>
/// <remarks>
/// <para>The rules are those of the in-memory engine (<see cref="OrderBook"/>; METRICS.md, DATA.md): an order is all
/// lines of one order id (across files; without an order id column each row is its own order); its date is its earliest
/// line's; a cancelled line is dropped and an order all of whose lines are cancelled is a cancelled order; its amount is the
/// net sum of its other lines; it is a purchase when that is above ¥0 (or ¥0 with <c>--zero-orders purchase</c>); its
/// product is that of its largest line (the first of equal ones), its channel that of its first non-cancelled line, its
/// kind 定期 or 頒布会 when any non-cancelled line says so; orders after the as-of date are counted, not kept; the as-of
/// date is the latest order date. The result is the same <see cref="OrderHistory"/> (customers in the order they first
/// appear, orders in input order), so the customer table and every metric after it are the same on both engines.</para>
/// <para>The cells are read by the kit's own rules: DuckDB reads the plain forms (<c>2024-01-05</c>,
/// <c>2024/01/05 10:22:33</c>, <c>-1200</c>) itself and hands every other distinct value to <see cref="DateText"/> and
/// <see cref="AmountText"/>, as it hands every distinct status to <see cref="CancelledStatus"/> and subscription value to
/// <see cref="OrderKinds"/>. What the in-memory engine would reject row by row — an empty customer or order id, a date or
/// amount it cannot read, an order whose lines disagree on the customer — the engine refuses (exit 2) with the first
/// rows, file and line, rather than reading the rest differently: its counts always reconcile with nothing rejected.
/// Line numbers are the in-memory engine's: the header is line 1, and line breaks inside quoted values count.</para>
/// <para>Out of core: DuckDB works within <see cref="MemoryLimit"/>, then <see cref="HistoryMemoryLimit"/>, and spills to a
/// temporary folder, deleted afterwards. The order history itself (about 40 bytes an order) is in memory, as on the
/// in-memory engine. The SQL avoids what DuckDB does not spill: no window over all lines or orders, no aggregate that
/// picks a text (product and channel are numbered first), results read as they stream.</para>
/// <para>It lives in its own project, LtvKit.DuckDb, so that the LtvKit.dll notebooks load does not carry DuckDB's
/// native library; LtvKit knows it only as an <see cref="IOrderEngine"/>.</para>
/// </remarks>
public sealed class DuckDbEngine : IOrderEngine
{
    /// <summary>DuckDB's memory limit while it reads the lines and makes the orders; beyond it, it spills to disk. At 2 GB the
    /// orders of a 100M-line file ran out of memory in one run of three (a part of that aggregate does not spill); at 4 GB
    /// it peaked at 4.0 GB.</summary>
    public const string MemoryLimit = "4GB";

    /// <summary>DuckDB's memory limit once the kit builds the order history (about 40 bytes an order, 3 GB at 100M lines):
    /// the two together stay within 8 GB.</summary>
    public const string HistoryMemoryLimit = "2GB";

    /// <summary>How many refused rows a message names.</summary>
    private const int ShownRows = 3;

    /// <summary>A row's place as file index × this + row: as the in-memory engine keeps it (a trillion lines per file).</summary>
    private const long FileStride = 1L << 40;

    /// <summary>The white space <see cref="string.Trim()"/> removes, as a SQL string: the kit trims every text cell so.</summary>
    private static readonly string WhiteSpace = Sql.Text(new string([.. Enumerable.Range(0, 0x3001).Where(c => char.IsWhiteSpace((char)c)).Select(c => (char)c)]));

    /// <summary>A cell that starts or ends with that white space (RE2): only those are trimmed, the others are left as they are (trim is slow).</summary>
    private const string EdgeSpace = @"^[\s\x{0B}\x{85}\p{Z}]|[\s\x{0B}\x{85}\p{Z}]$";

    /// <summary>A row's place fits in this many bits (1,024 files of a trillion lines), below the amount in the key of the largest line.</summary>
    private const int PositionBits = 50;

    /// <summary>Why the engine does not read an input: the message tells the user to run without it.</summary>
    public static InputException Refusal(string why) =>
        new($"--engine duckdb cannot read this input: {why}. Run without --engine duckdb (the default engine reads it).");

    public LoadedOrders Read(LoadOptions options, RejectLog rejects)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rejects);
        if (options.OrderFiles.Count == 0)
            throw new InputException("no orders file given (--orders FILE).");
        if (options.Preset is { } preset && preset != Preset.None)
            throw Refusal($"--preset {preset.ToString().ToLowerInvariant()} needs the default engine's rules");
        if (options.Identify is not null)
            throw Refusal("名寄せ (--identify) needs the default engine");
        if (options.FoldIds)
            throw Refusal("--fold-ids needs the default engine");
        var temp = Path.Combine(Path.GetTempPath(), $"ltvkit-duckdb-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            // A database file in the temporary folder, not :memory:: its tables (every order of a 100M-line file) are then
            // paged by DuckDB's buffer manager within the memory limit instead of held in memory whole.
            using var connection = new DuckDBConnection($"DataSource={Path.Combine(temp, "orders.duckdb")}");
            connection.Open();
            Execute(connection, $"SET memory_limit = '{MemoryLimit}'; SET temp_directory = {Sql.Text(temp)};");
            var files = options.OrderFiles.Select(path => DuckDbFile.Open(path, options, p => ParquetColumns(connection, p))).ToList();
            var basis = OrderReader.ChooseBasis([.. files.Select(f => (f.Path, f.Columns))], options.Amount);
            try
            {
                return Run(connection, files, basis, options, rejects);
            }
            catch (DuckDBException e)
            {
                // DuckDB's message names the line and the row; its advice on its own options is not for the user.
                var message = e.Message.Split(["Possible fixes", "Possible solutions"], 2, StringSplitOptions.None)[0].Trim();
                throw new InputException($"--engine duckdb could not read the orders: {message}{Environment.NewLine}Run without --engine duckdb: the default engine reports each bad row with its file, line and column.");
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static LoadedOrders Run(DuckDBConnection connection, List<DuckDbFile> files, AmountBasis basis, LoadOptions options, RejectLog rejects)
    {
        DefineMacros(connection);
        for (var i = 0; i < files.Count; i++)
            Execute(connection, $"CREATE TABLE f{i} AS {Lines(files[i], basis)}");
        // A row's rowid is its line in the file only when DuckDB keeps the order it read the rows in (its default); after
        // this nothing depends on the order rows are stored in (every result read back is sorted by a unique key), and
        // DuckDB needs less memory for large results when it need not keep their order.
        Execute(connection, "SET preserve_insertion_order = false");
        Execute(connection, "CREATE VIEW lines AS " + string.Join(" UNION ALL ", files.Select((_, i) => $"SELECT {i} AS file, rowid AS row, * FROM f{i}")));
        CellRules.Apply(connection);
        RefuseBadRows(connection, files, basis);
        Execute(connection, Names);
        Execute(connection, Orders);
        RefuseConflicts(connection, files);
        var asOf = options.AsOf ?? LatestOrderDate(connection) ?? throw rejects.NoUsableRows();
        var zero = options.ZeroOrders ?? ZeroOrders.NotPurchase;
        var counts = Counts(connection, asOf);
        var history = History(connection, asOf, zero, counts);
        return new LoadedOrders(history, basis, Preset.None, [.. files.Select(_ => TextEncodings.DisplayName(TextEncoding.Utf8))], DuplicateSamples(connection, files, counts));
    }

    private static void DefineMacros(DuckDBConnection connection) => Execute(connection, $"""
        CREATE MACRO trimmed(s) AS CASE WHEN regexp_matches(s, {Sql.Text(EdgeSpace)}) THEN trim(s, {WhiteSpace}) ELSE coalesce(s, '') END;
        CREATE MACRO fast_date(t) AS CASE
            WHEN regexp_full_match(t, '[0-9]{"{4}"}[-/][0-9]{"{2}"}[-/][0-9]{"{2}"}( ([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?')
                 AND substr(t, 5, 1) = substr(t, 8, 1) AND substr(t, 1, 4) BETWEEN '{DateText.EarliestYear}' AND '{DateText.LatestYear}'
            THEN CAST(try_strptime(replace(substr(t, 1, 10), '/', '-'), '%Y-%m-%d') AS DATE) END;
        CREATE MACRO fast_amount(t) AS CASE WHEN regexp_full_match(t, '-?[0-9]{"{1,14}"}') THEN CAST(t AS DECIMAL(18, 4)) END;
        """);

    /// <summary>The SQL of one file's rows: the fields the rules need, trimmed as the kit trims them, and a fingerprint of the whole row.</summary>
    private static string Lines(DuckDbFile file, AmountBasis basis)
    {
        var columns = file.Columns;
        string Cell(OrderField field) => columns.Has(field) ? $"c{columns[field]}" : "NULL";
        string Text(OrderField field) => columns.Has(field) ? $"trimmed(c{columns[field]})" : "''";
        var amount = basis == AmountBasis.Incl ? OrderField.AmountInclTax : OrderField.AmountExclTax;
        return $"""
            SELECT {(columns.Has(OrderField.OrderId) ? Text(OrderField.OrderId) : "CAST(NULL AS VARCHAR)")} AS order_id,
                   {Text(OrderField.CustomerId)} AS customer, {Text(OrderField.OrderDate)} AS date_text, {Text(amount)} AS amount_text,
                   {Text(OrderField.Product)} AS product, {Text(OrderField.Channel)} AS channel,
                   CAST({Cell(OrderField.Status)} AS VARCHAR) AS status, CAST({Cell(OrderField.Subscription)} AS VARCHAR) AS kind_text,
                   {StatusIsTimestamp(file)} AS status_is_timestamp,
                   hash({string.Join(", ", file.Headers.Select((_, i) => $"c{i}"))}) AS fingerprint
            FROM {file.Source()}
            """;
    }

    /// <summary>A status column named <c>Cancelled at</c> cancels with any value, as on the in-memory engine.</summary>
    private static string StatusIsTimestamp(DuckDbFile file) =>
        file.Columns.Has(OrderField.Status) && HeaderName.Normalize(file.Columns.HeaderOf(OrderField.Status)) == "cancelledat" ? "true" : "false";

    /// <summary>Every line with its cell values read: the input of the orders.</summary>
    private static readonly string ReadLines = $"""
        SELECT l.file * {FileStride} + l.row AS pos,
               coalesce(l.order_id, chr(0) || CAST(l.file * {FileStride} + l.row AS VARCHAR)) AS order_key,
               l.customer, coalesce(fast_date(l.date_text), DATE '0001-01-01' + d.day_number) AS day,
               coalesce(fast_amount(l.amount_text), a.amount) AS amount, coalesce(a.scale, 0) AS scale,
               CASE WHEN l.status_is_timestamp THEN trimmed(l.status) <> '' ELSE coalesce(s.cancelled, false) END AS cancelled,
               coalesce(k.kind, 0) AS kind, coalesce(p.idx, 0) AS product, coalesce(n.idx, 0) AS channel
        FROM lines l
        LEFT JOIN dates d ON d.date_text = l.date_text
        LEFT JOIN amounts a ON a.amount_text = l.amount_text
        LEFT JOIN statuses s ON s.status = l.status
        LEFT JOIN kinds k ON k.kind_text = l.kind_text
        LEFT JOIN names p ON p.name = l.product
        LEFT JOIN names n ON n.name = l.channel
        """;

    /// <summary>Every product and channel name of the lines, numbered by name from 1 (0 is none).</summary>
    private const string Names = """
        CREATE TABLE names AS SELECT name, CAST(row_number() OVER (ORDER BY name) AS INTEGER) AS idx
            FROM (SELECT product AS name FROM lines UNION SELECT channel FROM lines) WHERE name <> ''
        """;

    /// <summary>The orders: one row per order id (all of them, cancelled and after the as-of date too). The product is that of
    /// the largest line, the first of equal ones: the line with the largest amount × 2^50 + (2^50 − 1 − position). Product
    /// and channel are numbers in <c>names</c> before they are aggregated: DuckDB spills an aggregate that picks a number,
    /// not one that picks a text longer than 12 bytes (at a 200 MB limit on 10M lines, <c>arg_max</c> of the product name
    /// ran out of memory where <c>arg_max</c> of its number spilled).</summary>
    private static readonly string Orders = $"""
        CREATE TABLE orders AS
        WITH l AS ({ReadLines})
        SELECT order_key, min(pos) AS first_pos, min(customer) AS customer, max(customer) AS other_customer, min(day) AS day,
               count(*) AS rows, count(*) FILTER (WHERE cancelled) AS cancelled_rows,
               coalesce(sum(amount) FILTER (WHERE NOT cancelled), 0) AS amount,
               coalesce(max(scale) FILTER (WHERE NOT cancelled), 0) AS scale,
               coalesce(arg_max(product, CAST(amount * 10000 AS HUGEINT) * {1L << PositionBits} + ({(1L << PositionBits) - 1} - pos)) FILTER (WHERE NOT cancelled), 0) AS product,
               coalesce(arg_min(channel, pos) FILTER (WHERE NOT cancelled), 0) AS channel,
               coalesce(max(kind) FILTER (WHERE NOT cancelled), 0) AS kind
        FROM l GROUP BY order_key
        """;

    /// <summary>Refuses the input when a row is one the in-memory engine would reject: no customer or order id, a date or amount it cannot read.</summary>
    private static void RefuseBadRows(DuckDBConnection connection, List<DuckDbFile> files, AmountBasis basis)
    {
        var amount = basis == AmountBasis.Incl ? OrderField.AmountInclTax : OrderField.AmountExclTax;
        var fields = new[] { OrderField.CustomerId, OrderField.OrderId, OrderField.OrderDate, amount };
        var bad = Query(connection, $"""
            SELECT file, row, field, value, reason, count(*) OVER () AS total FROM (
                SELECT file, row, 0 AS field, '' AS value, 'no customer id' AS reason FROM lines WHERE customer = ''
                UNION ALL SELECT file, row, 1, '', 'the order id is empty' FROM lines WHERE order_id = ''
                UNION ALL SELECT l.file, l.row, 2, l.date_text, d.reason FROM lines l JOIN dates d USING (date_text) WHERE d.reason IS NOT NULL
                UNION ALL SELECT l.file, l.row, 3, l.amount_text, a.reason FROM lines l JOIN amounts a USING (amount_text) WHERE a.reason IS NOT NULL
            ) ORDER BY file, row LIMIT {ShownRows}
            """, r => (File: r.GetInt32(0), Row: r.GetInt64(1), Field: fields[r.GetInt32(2)], Value: r.GetString(3), Reason: r.GetString(4), Total: r.GetInt64(5)));
        if (bad.Count == 0)
            return;
        var place = Places(files, bad.Select(b => (b.File, b.Row)));
        var shown = bad.Select(b => $"  {place((b.File, b.Row))}: {files[b.File].HeaderOf(b.Field)} '{b.Value}': {b.Reason}");
        throw new InputException(string.Create(CultureInfo.InvariantCulture,
            $"--engine duckdb refuses the input: {bad[0].Total:N0} rows would be rejected by the default engine, and this engine rejects none (it reads all rows or none):{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{Environment.NewLine}Fix these rows, or run without --engine duckdb (it rejects such rows one by one and fails above 1%)."));
    }

    /// <summary>Refuses the input when the lines of an order disagree on the customer (the in-memory engine rejects all the order's rows).</summary>
    private static void RefuseConflicts(DuckDBConnection connection, List<DuckDbFile> files)
    {
        var conflicts = Query(connection, $"""
            SELECT order_key, customer, other_customer, first_pos, count(*) OVER () FROM orders WHERE customer <> other_customer ORDER BY first_pos LIMIT {ShownRows}
            """, r => (Order: r.GetString(0), First: r.GetString(1), Other: r.GetString(2), Position: r.GetInt64(3), Total: r.GetInt64(4)));
        if (conflicts.Count == 0)
            return;
        var place = Places(files, conflicts.Select(c => FileAndRow(c.Position)));
        var shown = conflicts.Select(c => $"  order {c.Order} (first line {place(FileAndRow(c.Position))}) has lines of customer '{c.First}' and of '{c.Other}'");
        throw new InputException(string.Create(CultureInfo.InvariantCulture,
            $"--engine duckdb refuses the input: the lines of {conflicts[0].Total:N0} orders disagree on the customer (the default engine rejects all their rows):{Environment.NewLine}{string.Join(Environment.NewLine, shown)}{Environment.NewLine}Fix these orders, or run without --engine duckdb."));
    }

    private static DateOnly? LatestOrderDate(DuckDBConnection connection) =>
        Query(connection, "SELECT date_diff('day', DATE '0001-01-01', max(day)) FROM orders", r => r.IsDBNull(0) ? (DateOnly?)null : DateOnly.FromDayNumber((int)r.GetInt64(0)))[0];

    /// <summary>Where every row went; nothing is rejected (<see cref="RefuseBadRows"/>). Duplicate lines: lines equal in every
    /// field as written (their fingerprint) to an earlier line of their order, counted anywhere in the file (the in-memory
    /// engine compares an order's first <see cref="OrderBook.ComparedLines"/> distinct lines: the same count below that).</summary>
    private static InputCounts Counts(DuckDBConnection connection, DateOnly asOf)
    {
        var day = Sql.Date(asOf);
        return Query(connection, $"""
            SELECT CAST(coalesce(sum(rows), 0) AS BIGINT), CAST(coalesce(sum(rows - cancelled_rows) FILTER (WHERE day <= {day}), 0) AS BIGINT),
                   CAST(coalesce(sum(cancelled_rows) FILTER (WHERE day <= {day}), 0) AS BIGINT), CAST(coalesce(sum(rows) FILTER (WHERE day > {day}), 0) AS BIGINT),
                   count(*) FILTER (WHERE day <= {day} AND cancelled_rows = rows),
                   (SELECT CAST(coalesce(sum(n - 1), 0) AS BIGINT) FROM (SELECT count(*) AS n FROM lines WHERE order_id IS NOT NULL GROUP BY order_id, fingerprint))
            FROM orders
            """, r => new InputCounts(Long(r, 0), Long(r, 1), 0, Long(r, 2), Long(r, 3), Long(r, 4)) { DuplicateLines = Long(r, 5) })[0];
    }

    private static long Long(System.Data.Common.DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    /// <summary>The orders that count, grouped by customer, each customer's in input order; customers in the order they first appear.</summary>
    /// <remarks>No window over all orders or customers (DuckDB does not spill one): a customer is known by the position of
    /// its first order and numbered here as the sorted rows arrive; an order's <see cref="Order.Sequence"/>, which only
    /// orders a customer's same-day orders, is its place in the customer-sorted list. The orders that do not count are
    /// skipped here, not filtered in SQL: with the filter DuckDB's estimate made the orders the join's build side, and the
    /// sort above that join ran out of memory.</remarks>
    private static OrderHistory History(DuckDBConnection connection, DateOnly asOf, ZeroOrders zero, InputCounts counts)
    {
        var day = Sql.Date(asOf);
        Execute(connection, $"SET memory_limit = '{HistoryMemoryLimit}'");
        Execute(connection, "CREATE TABLE customers AS SELECT customer, min(first_pos) AS first_pos FROM orders GROUP BY customer");
        var ids = new ArrayBufferWriter<byte>();
        var idStart = new List<int> { 0 };
        var firsts = new List<long>();
        Each(connection, "SELECT customer, first_pos FROM customers ORDER BY first_pos", r =>
        {
            var id = r.GetString(0);
            var span = ids.GetSpan(Encoding.UTF8.GetMaxByteCount(id.Length));
            ids.Advance(Encoding.UTF8.GetBytes(id, span));
            idStart.Add(ids.WrittenCount);
            firsts.Add(r.GetInt64(1));
        });
        var customerIds = new Utf8List(ids.WrittenSpan.ToArray(), [.. idStart]);
        var names = new List<string> { "" };
        Each(connection, "SELECT name FROM names ORDER BY idx", r => names.Add(r.GetString(0)));
        var kept = Query(connection, $"SELECT count(*) FROM orders WHERE day <= {day} AND cancelled_rows < rows", r => r.GetInt64(0))[0];
        var orders = new Order[kept];
        var start = new int[customerIds.Count + 1];
        var next = 0;
        var customer = 0;
        Each(connection, $"""
            SELECT c.first_pos, date_diff('day', DATE '0001-01-01', o.day), o.amount, o.scale, o.kind, o.product, o.channel,
                   o.day <= {day} AND o.cancelled_rows < o.rows AS kept
            FROM orders o JOIN customers c USING (customer)
            ORDER BY c.first_pos, o.first_pos
            """, r =>
        {
            if (!r.GetBoolean(7))
                return;
            var first = r.GetInt64(0);
            while (firsts[customer] != first)
                customer++;
            var amount = decimal.Round(r.GetDecimal(2), (int)Long(r, 3));
            var isPurchase = amount > 0 || (amount == 0 && zero == ZeroOrders.Purchase);
            orders[next] = new Order(customer, DateOnly.FromDayNumber((int)Long(r, 1)), amount, isPurchase, (OrderKind)Long(r, 4),
                (int)Long(r, 5), (int)Long(r, 6), next);
            start[customer + 1] = ++next;
        });
        for (var c = 1; c < start.Length; c++)
            start[c] = Math.Max(start[c], start[c - 1]);
        return new OrderHistory(asOf, counts, customerIds, names, orders, start);
    }

    /// <summary>A few lines that repeat an earlier line of their order, as file:line, for the warning.</summary>
    private static List<string> DuplicateSamples(DuckDBConnection connection, List<DuckDbFile> files, InputCounts counts)
    {
        if (counts.DuplicateLines == 0)
            return [];
        var repeats = Query(connection, $"""
            WITH l AS (SELECT file * {FileStride} + row AS pos, order_id, fingerprint FROM lines WHERE order_id IS NOT NULL),
                 repeated AS (SELECT order_id, fingerprint, min(pos) AS first_pos FROM l GROUP BY order_id, fingerprint HAVING count(*) > 1)
            SELECT l.pos FROM l JOIN repeated r USING (order_id, fingerprint) WHERE l.pos > r.first_pos ORDER BY l.pos LIMIT 5
            """, r => FileAndRow(r.GetInt64(0)));
        var place = Places(files, repeats);
        return [.. repeats.Select(place)];
    }

    /// <summary>A position (file index × <see cref="FileStride"/> + row) as its file and row.</summary>
    private static (int File, long Row) FileAndRow(long position) => ((int)(position / FileStride), position % FileStride);

    /// <summary><c>file:line</c> of the given rows, lines numbered as the in-memory engine numbers them (<see cref="DuckDbFile.LinesOf"/>).</summary>
    private static Func<(int File, long Row), string> Places(List<DuckDbFile> files, IEnumerable<(int File, long Row)> rows)
    {
        var lines = rows.GroupBy(r => r.File).ToDictionary(g => g.Key, g => files[g.Key].LinesOf(g.Select(r => r.Row)));
        return r => string.Create(CultureInfo.InvariantCulture, $"{files[r.File].Path}:{lines[r.File][r.Row]}");
    }

    private static List<string> ParquetColumns(DuckDBConnection connection, string path)
    {
        try
        {
            return Query(connection, $"DESCRIBE SELECT * FROM read_parquet({Sql.Text(path)})", r => r.GetString(0));
        }
        catch (DuckDBException e)
        {
            throw new InputException($"{path}: not a Parquet file DuckDB can read ({e.Message.Trim()}).");
        }
    }

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static List<T> Query<T>(DuckDBConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> row)
    {
        var rows = new List<T>();
        Each(connection, sql, r => rows.Add(row(r)));
        return rows;
    }

    private static void Each(DuckDBConnection connection, string sql, Action<System.Data.Common.DbDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Rows as DuckDB makes them, not a result materialised first: a sorted result of every order does not fit the memory limit.
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            row(reader);
    }
}
