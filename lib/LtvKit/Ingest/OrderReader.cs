using System.Globalization;
using System.Text;
using LtvKit.Ingest.Presets;
using LtvKit.Internals;

namespace LtvKit.Ingest;

/// <summary>Streams the usable rows of one or more orders files; every other row goes to the <see cref="RejectLog"/>.</summary>
/// <remarks>
/// One pass, one row in memory at a time. A row is rejected — with file, line, column and reason —
/// when it has the wrong number of fields or broken quotes, no customer id, or a date or amount that
/// cannot be read. Rows are counted in <see cref="RowsRead"/> whether used or not (blank lines are not rows): a record
/// is one row, and a record broken by a runaway quote counts as the physical lines it took.
/// </remarks>
public sealed class OrderReader : IDisposable
{
    /// <summary>Progress is reported every this many rows.</summary>
    public const int ProgressEveryRows = 1 << 20;

    private const int GuessedBytesPerRow = 128;

    private readonly LoadOptions _options;
    private readonly RejectLog _rejects;
    private readonly Action<long>? _progress;
    private readonly List<OrderFile> _files = [];
    /// <summary>Whether a status cancels (<see cref="CancelsOrder"/>): most rows have the same few (発送済).</summary>
    private readonly CellVerdicts<bool> _statuses;
    private readonly CellVerdicts<OrderKind> _kinds = new(OrderKinds.Parse);
    /// <summary>The order date of the last row read: rows in time order repeat it.</summary>
    private readonly LastCell<DateOnly> _lastDate = new();
    private char[] _chars = new char[256];
    /// <summary>The cart's cancelling status values (NFKC), or null for the general rule of <see cref="CancelledStatus"/>.</summary>
    private HashSet<string>? _cancelledValues;
    private byte[] _foldedId = new byte[64];

    /// <summary>Opens every orders file and reads its header, so that the preset and the amount basis are known before any row.</summary>
    public OrderReader(LoadOptions options, RejectLog rejects, Action<long>? progress = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _rejects = rejects ?? throw new ArgumentNullException(nameof(rejects));
        _progress = progress;
        _statuses = new(CancelsOrder);
        if (options.OrderFiles.Count == 0)
            throw new InputException("no orders file given (--orders FILE).");
        try
        {
            foreach (var path in options.OrderFiles)
                _files.Add(OrderFile.Open(path, options));
            Preset = _files[0].Preset;
            var odd = _files.FirstOrDefault(f => f.Cart != _files[0].Cart || f.Identify != _files[0].Identify);
            if (odd is not null)
                throw new InputException($"{odd.Path} is read as {Describe(odd)}, but {_files[0].Path} as {Describe(_files[0])}: read different exports in separate runs, or pass --preset and --identify.");
            if (_files[0].Cart?.CancelledValues is { } values)
                _cancelledValues = values.Select(v => v.Normalize(NormalizationForm.FormKC)).ToHashSet(StringComparer.Ordinal);
            if (_files[0].Identify is { } rule)
                Matches = new MatchLog(rule);
            Basis = _files[0].Preset == Preset.Cdnow ? AmountBasis.Incl : ChooseBasis([.. _files.Select(f => (f.Path, f.Columns!))], options.Amount);
            Encodings = _files.Select(f => TextEncodings.DisplayName(f.Encoding)).ToArray();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public long RowsRead { get; private set; }

    /// <summary>The amount basis in use.</summary>
    public AmountBasis Basis { get; }

    /// <summary>The preset in use (given, or detected from the first file's headers).</summary>
    public Preset Preset { get; }

    public IReadOnlyList<string> Encodings { get; } = [];

    /// <summary>What 名寄せ did, when the customers are made by it; else null.</summary>
    public MatchLog? Matches { get; }

    /// <summary>
    /// About how many rows the files hold, from their size at 128 bytes a row: a guess to size tables with, not a
    /// count. The sample shop's rows are about 107 bytes and exports with many columns run to 300, so a table sized
    /// on it starts at worst about twice too large, or doubles once more on the way.
    /// </summary>
    public long ExpectedRows => _files.Sum(f => f.Source.Length) / GuessedBytesPerRow;

    /// <summary>Reads every row of every file, in order: usable rows go to <paramref name="book"/>, the others to the rejects.</summary>
    public void ReadInto(OrderLineHandler book)
    {
        ArgumentNullException.ThrowIfNull(book);
        foreach (var file in _files)
        {
            if (file.Preset == Preset.Cdnow)
                ReadCdnow(file, book);
            else
                ReadCsv(file, book);
        }
    }

    public void Dispose()
    {
        foreach (var file in _files)
            file.Dispose();
        _statuses.Dispose();
        _kinds.Dispose();
    }

    private static string Describe(OrderFile file) =>
        (file.Cart?.Title ?? (file.Preset == Preset.None ? "a plain CSV" : file.Preset.ToString())) + (file.Identify is { } rule ? $" with 名寄せ {IdentifyRules.Name(rule)}" : "");

    /// <summary>The amount column of the analysis: the forced one (which every file must have), else tax included when every file has it, else tax excluded.</summary>
    internal static AmountBasis ChooseBasis(IReadOnlyList<(string Path, ColumnMap Columns)> files, AmountBasis? forced)
    {
        bool AllHave(OrderField field) => files.All(f => f.Columns.Has(field));
        if (forced is { } basis)
        {
            var field = basis == AmountBasis.Incl ? OrderField.AmountInclTax : OrderField.AmountExclTax;
            var lacking = files.FirstOrDefault(f => !f.Columns.Has(field));
            if (lacking.Columns is not null)
                throw new InputException($"{lacking.Path}: --amount {(basis == AmountBasis.Incl ? "incl" : "excl")} was asked for, but the file has no {(basis == AmountBasis.Incl ? "tax-included (税込)" : "tax-excluded (税抜)")} amount column. Accepted names: {string.Join(", ", HeaderAliases.For(field))}.");
            return basis;
        }
        if (AllHave(OrderField.AmountInclTax))
            return AmountBasis.Incl;
        if (AllHave(OrderField.AmountExclTax))
            return AmountBasis.Excl;
        throw new InputException($"the orders files disagree on the amount: some have only a tax-included column, others only a tax-excluded one ({string.Join(", ", files.Select(f => f.Path))}). Pass --amount and --map so that every file has the same one.");
    }

    private void ReadCsv(OrderFile file, OrderLineHandler book)
    {
        var source = file.Source;
        var columns = file.Columns!;
        var shopify = file.Preset == Preset.Shopify;
        var amountField = Basis == AmountBasis.Incl ? OrderField.AmountInclTax : OrderField.AmountExclTax;
        var iOrder = columns[OrderField.OrderId];
        var iCustomer = columns[OrderField.CustomerId];
        var iDate = columns[OrderField.OrderDate];
        var iAmount = columns[amountField];
        var iProduct = columns[OrderField.Product];
        var iChannel = columns[OrderField.Channel];
        var iStatus = columns[OrderField.Status];
        var iRefund = columns[OrderField.RefundedAmount];
        var iKind = columns[OrderField.Subscription];
        var statusIsTimestamp = iStatus >= 0 && HeaderName.Normalize(columns.HeaderOf(OrderField.Status)) == "cancelledat";
        var shopifyOrder = shopify && iOrder >= 0 ? new ShopifyOrderRow() : null;
        var cart = file.Cart;
        var dates = cart is { TimeColumn: not null } or { DatesInUtc: true }
            ? new CartDates(cart.TimeColumn is null ? -1 : HeaderLookup.Find(file.Headers, [cart.TimeColumn]), cart.DatesInUtc, _options.TimeZone)
            : null;
        var identifier = file.Identify is { } rule
            ? new PersonIdentifier(file.Path, file.Headers, rule, (cart?.Person ?? PersonColumns.None).Resolve(file.Headers), iCustomer, Matches!)
            : null;
        while (source.Read())
        {
            RowsRead++;
            if (_progress is not null && RowsRead % ProgressEveryRows == 0)
                _progress(RowsRead);
            var row = new RowSource(file.Path, source.Line);
            if (source.Lines > 1 && (source.Count != columns.ColumnCount || source.MalformedQuotes))
            {
                RejectRunawayQuote(file, source);
                continue;
            }
            if (source.Count != columns.ColumnCount)
            {
                Reject(row, "", "", string.Create(CultureInfo.InvariantCulture,
                    $"the row has {source.Count} fields, the header has {columns.ColumnCount} (a comma inside an unquoted value?)"));
                continue;
            }
            if (source.MalformedQuotes)
            {
                Reject(row, "", "", "broken quotes (a \" inside a value that is not in quotes)");
                continue;
            }
            ReadOnlySpan<byte> orderId = default;
            if (iOrder >= 0)
            {
                orderId = Utf8Field.Trim(source[iOrder]);
                if (orderId.IsEmpty)
                {
                    Reject(row, columns.HeaderOf(OrderField.OrderId), "", "the order id is empty");
                    continue;
                }
            }
            var sameOrder = shopifyOrder?.Continues(orderId) == true;
            DateOnly date;
            string why;
            ReadOnlySpan<byte> customer;
            if (identifier is not null)
            {
                customer = identifier.Identify(source, orderId, out var column, out why);
                if (customer.IsEmpty)
                {
                    Reject(row, column, "", why);
                    continue;
                }
            }
            else
            {
                customer = Utf8Field.Trim(source[iCustomer]);
                if (_options.FoldIds)
                    customer = CustomerIdFold.Fold(customer, ref _foldedId);
                if (customer.IsEmpty && sameOrder)
                    customer = shopifyOrder!.Customer;
                if (customer.IsEmpty)
                {
                    Reject(row, columns.HeaderOf(OrderField.CustomerId), "", "no customer id");
                    continue;
                }
            }
            if (dates is not null)
            {
                if (!dates.TryRead(source, iDate, out date, out var text, out why))
                {
                    Reject(row, columns.HeaderOf(OrderField.OrderDate), text, why);
                    continue;
                }
            }
            else if (sameOrder && Utf8Field.Trim(source[iDate]).IsEmpty)
            {
                date = shopifyOrder!.Date;
            }
            else if (!_lastDate.TryGet(source[iDate], out date))
            {
                if (!DateText.TryParse(Utf8Field.Decode(source[iDate], ref _chars), out date, out why))
                {
                    Reject(row, columns.HeaderOf(OrderField.OrderDate), Utf8Field.Text(source[iDate]), why);
                    continue;
                }
                _lastDate.Remember(source[iDate], date);
            }
            decimal? amount = null;
            if (!(shopify && Utf8Field.Trim(source[iAmount]).IsEmpty))
            {
                if (!AmountText.TryParse(source[iAmount], ref _chars, out var value, out why))
                {
                    Reject(row, columns.HeaderOf(amountField), Utf8Field.Text(source[iAmount]), why);
                    continue;
                }
                amount = value;
            }
            decimal refund = 0;
            if (iRefund >= 0 && !Utf8Field.Trim(source[iRefund]).IsEmpty && !AmountText.TryParse(source[iRefund], ref _chars, out refund, out why))
            {
                Reject(row, columns.HeaderOf(OrderField.RefundedAmount), Utf8Field.Text(source[iRefund]), why);
                continue;
            }
            var cancelled = iStatus >= 0 && IsCancelled(source[iStatus], statusIsTimestamp);
            var kind = iKind >= 0 ? _kinds.Of(source[iKind], ref _chars) : OrderKind.Regular;
            shopifyOrder?.Remember(orderId, customer, date);
            book(new OrderLine(row, orderId, customer, date, amount,
                iProduct >= 0 ? Utf8Field.Trim(source[iProduct]) : [], iChannel >= 0 ? Utf8Field.Trim(source[iChannel]) : [],
                cancelled, refund, kind, source.Fingerprint));
        }
    }

    /// <summary>
    /// A record that spans several lines and still does not parse — the wrong number of fields, or a quote that closes
    /// before text or never closes — is a quote left open by mistake, not a value with line breaks (RFC 4180): the
    /// lines it swallowed were most likely rows. Every one of its lines is a rejected row (so the 1% rule counts
    /// them), each reject naming the line and the column where the quote opened.
    /// </summary>
    private void RejectRunawayQuote(OrderFile file, CsvSource source)
    {
        RowsRead += source.Lines - 1;
        var field = source.MultiLineField;
        var opened = field >= 0 && field < file.Columns!.ColumnCount ? $"in {file.Columns.HeaderAt(field)} " : "";
        var value = field >= 0 ? source[field] : [];
        var firstLine = value.IndexOfAny((byte)'\r', (byte)'\n');
        var start = Utf8Field.Text(firstLine < 0 ? value : value[..firstLine]);
        var shown = start.Length > 40 ? start[..40] + "…" : start;
        var last = source.Line + source.Lines - 1;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"a quote opened {opened}on line {source.Line:N0} never closes properly: the quoted value (\"{shown}\") runs over {source.Lines:N0} lines, to line {last:N0}, so all {source.Lines:N0} are rejected (they are probably rows). Fix the stray \" in the file.");
        for (var line = source.Line; line <= last; line++)
            _rejects.Add(new Reject(file.Path, line, "", "", reason));
    }

    /// <summary>The status's verdict, remembered per distinct value (a file has a handful); for Shopify's <c>Cancelled at</c>, whether it is set.</summary>
    private bool IsCancelled(ReadOnlySpan<byte> status, bool anyValueCancels) =>
        anyValueCancels ? !Utf8Field.Trim(status).IsEmpty : _statuses.Of(status, ref _chars);

    /// <summary>Whether a status text cancels: by <see cref="CancelledStatus"/>, or by the cart's own values.</summary>
    private bool CancelsOrder(ReadOnlySpan<char> text) => _cancelledValues is null
        ? CancelledStatus.IsCancelled(text, anyValueCancels: false)
        : _cancelledValues.Contains(text.Trim().ToString().Normalize(NormalizationForm.FormKC));

    /// <summary>
    /// CDNOW, whitespace-separated: CDNOW_sample.txt (no header; master id, customer id, yyyymmdd, CDs, dollars) or
    /// CDNOW_master.txt (a header line <c>customer_id date number_of_cds dollar_value</c>, then those four fields).
    /// </summary>
    private void ReadCdnow(OrderFile file, OrderLineHandler book)
    {
        long line = 0;
        var first = true;
        string? text;
        while ((text = file.Source.ReadLine()) is not null)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (first && parts[0].Equals("customer_id", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue; // the master file's header line
            }
            first = false;
            RowsRead++;
            var source = new RowSource(file.Path, line);
            if (parts.Length is not (4 or 5))
            {
                Reject(source, "", text, $"expected 5 fields (master id, customer id, yyyymmdd, CDs, dollars) or 4 (customer id, yyyymmdd, CDs, dollars), found {parts.Length}");
                continue;
            }
            var customer = parts.Length == 5 ? 1 : 0;
            if (!DateText.TryParse(parts[customer + 1], out var date, out var why))
            {
                Reject(source, "date", parts[customer + 1], why);
                continue;
            }
            if (!AmountText.TryParse(parts[customer + 3], out var amount, out why))
            {
                Reject(source, "dollar value", parts[customer + 3], why);
                continue;
            }
            book(new OrderLine(source, [], Encoding.UTF8.GetBytes(_options.FoldIds ? CustomerIdFold.Fold(parts[customer]) : parts[customer]), date, amount, [], [], false, 0, OrderKind.Regular, 0));
        }
    }

    private void Reject(RowSource source, string column, string value, string reason) =>
        _rejects.Add(new Reject(source.File, source.Line, column, value, reason));
}
