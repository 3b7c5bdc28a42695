using System.Globalization;

namespace LtvKit.Ingest;

/// <summary>Streams the usable rows of one or more orders files; every other row goes to the <see cref="RejectLog"/>.</summary>
/// <remarks>
/// One pass, one row in memory at a time. A row is rejected — with file, line, column and reason —
/// when it has the wrong number of fields or broken quotes, no customer id, or a date or amount that
/// cannot be read. Rows are counted in <see cref="RowsRead"/> whether used or not (blank lines are not rows).
/// </remarks>
public sealed class OrderReader
{
    /// <summary>Progress is reported every this many rows.</summary>
    public const int ProgressEveryRows = 1 << 20;

    private readonly LoadOptions _options;
    private readonly RejectLog _rejects;
    private readonly Action<long>? _progress;

    public OrderReader(LoadOptions options, RejectLog rejects, Action<long>? progress = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _rejects = rejects ?? throw new ArgumentNullException(nameof(rejects));
        _progress = progress;
        if (options.OrderFiles.Count == 0)
            throw new InputException("no orders file given (--orders FILE).");
    }

    public long RowsRead { get; private set; }

    /// <summary>The amount basis in use; known once <see cref="Read"/> has opened the files.</summary>
    public AmountBasis Basis { get; private set; }

    /// <summary>The preset in use (given, or detected from the first file's headers).</summary>
    public Preset Preset { get; private set; }

    public IReadOnlyList<string> Encodings { get; private set; } = [];

    public IEnumerable<OrderLine> Read()
    {
        var files = new List<OrderFile>();
        try
        {
            foreach (var path in _options.OrderFiles)
                files.Add(OrderFile.Open(path, _options));
            Preset = files[0].Preset;
            Basis = ChooseBasis(files);
            Encodings = files.Select(f => TextEncodings.DisplayName(f.Encoding)).ToArray();
            foreach (var file in files)
            {
                var lines = file.Preset == Preset.Cdnow ? ReadCdnow(file) : ReadCsv(file);
                foreach (var line in lines)
                    yield return line;
            }
        }
        finally
        {
            foreach (var file in files)
                file.Dispose();
        }
    }

    private AmountBasis ChooseBasis(List<OrderFile> files)
    {
        if (files[0].Preset == Preset.Cdnow)
            return AmountBasis.Incl;
        bool AllHave(OrderField field) => files.All(f => f.Columns!.Has(field));
        if (_options.Amount is { } forced)
        {
            var field = forced == AmountBasis.Incl ? OrderField.AmountInclTax : OrderField.AmountExclTax;
            var lacking = files.FirstOrDefault(f => !f.Columns!.Has(field));
            if (lacking is not null)
                throw new InputException($"{lacking.Path}: --amount {(forced == AmountBasis.Incl ? "incl" : "excl")} was asked for, but the file has no {(forced == AmountBasis.Incl ? "tax-included (税込)" : "tax-excluded (税抜)")} amount column. Accepted names: {string.Join(", ", HeaderAliases.For(field))}.");
            return forced;
        }
        if (AllHave(OrderField.AmountInclTax))
            return AmountBasis.Incl;
        if (AllHave(OrderField.AmountExclTax))
            return AmountBasis.Excl;
        throw new InputException($"the orders files disagree on the amount: some have only a tax-included column, others only a tax-excluded one ({string.Join(", ", files.Select(f => f.Path))}). Pass --amount and --map so that every file has the same one.");
    }

    private IEnumerable<OrderLine> ReadCsv(OrderFile file)
    {
        var source = file.Source;
        var csv = source.Record;
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
        var statusIsTimestamp = iStatus >= 0 && HeaderName.Normalize(columns.HeaderOf(OrderField.Status)) == "cancelledat";
        while (source.Read())
        {
            RowsRead++;
            if (_progress is not null && RowsRead % ProgressEveryRows == 0)
                _progress(RowsRead);
            var row = new RowSource(file.Path, source.Line);
            if (csv.Count != columns.ColumnCount)
            {
                Reject(row, "", "", string.Create(CultureInfo.InvariantCulture,
                    $"the row has {csv.Count} fields, the header has {columns.ColumnCount} (a comma inside an unquoted value?)"));
                continue;
            }
            if (source.MalformedQuotes)
            {
                Reject(row, "", "", "broken quotes (a \" inside a value that is not in quotes)");
                continue;
            }
            string? orderId = null;
            if (iOrder >= 0)
            {
                orderId = csv[iOrder].Trim();
                if (orderId.Length == 0)
                {
                    Reject(row, columns.HeaderOf(OrderField.OrderId), "", "the order id is empty");
                    continue;
                }
            }
            var customer = csv[iCustomer].Trim();
            if (customer.Length == 0)
            {
                Reject(row, columns.HeaderOf(OrderField.CustomerId), "", "no customer id");
                continue;
            }
            var dateText = csv[iDate];
            if (!DateText.TryParse(dateText, out var date, out var why))
            {
                Reject(row, columns.HeaderOf(OrderField.OrderDate), dateText, why);
                continue;
            }
            var amountText = csv[iAmount];
            decimal? amount = null;
            if (!(shopify && string.IsNullOrWhiteSpace(amountText)))
            {
                if (!AmountText.TryParse(amountText, out var value, out why))
                {
                    Reject(row, columns.HeaderOf(amountField), amountText, why);
                    continue;
                }
                amount = value;
            }
            decimal refund = 0;
            if (iRefund >= 0 && !string.IsNullOrWhiteSpace(csv[iRefund]) && !AmountText.TryParse(csv[iRefund], out refund, out why))
            {
                Reject(row, columns.HeaderOf(OrderField.RefundedAmount), csv[iRefund], why);
                continue;
            }
            var cancelled = iStatus >= 0 && CancelledStatus.IsCancelled(csv[iStatus], statusIsTimestamp);
            yield return new OrderLine(row, orderId, customer, date, amount,
                iProduct >= 0 ? csv[iProduct].Trim() : "", iChannel >= 0 ? csv[iChannel].Trim() : "",
                cancelled, refund, Fingerprint(csv));
        }
    }

    /// <summary>CDNOW: whitespace-separated, no header: master id, customer id, yyyymmdd, number of CDs, dollar value.</summary>
    private IEnumerable<OrderLine> ReadCdnow(OrderFile file)
    {
        long line = 0;
        string? text;
        while ((text = file.Source.Text.ReadLine()) is not null)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            RowsRead++;
            var source = new RowSource(file.Path, line);
            var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 5)
            {
                Reject(source, "", text, $"expected 5 fields (master id, customer id, yyyymmdd, CDs, dollars), found {parts.Length}");
                continue;
            }
            if (!DateText.TryParse(parts[2], out var date, out var why))
            {
                Reject(source, "date", parts[2], why);
                continue;
            }
            if (!AmountText.TryParse(parts[4], out var amount, out why))
            {
                Reject(source, "dollar value", parts[4], why);
                continue;
            }
            yield return new OrderLine(source, null, parts[1], date, amount, "", "", false, 0, 0);
        }
    }

    private void Reject(RowSource source, string column, string value, string reason) =>
        _rejects.Add(new Reject(source.File, source.Line, column, value, reason));

    /// <summary>FNV-1a over every field as written, to tell identical lines apart from merely similar ones.</summary>
    private static ulong Fingerprint(CsvHelper.CsvParser csv)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < csv.Count; i++)
        {
            foreach (var c in csv[i])
                hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ 0x1F) * 1099511628211UL;
        }
        return hash;
    }
}
