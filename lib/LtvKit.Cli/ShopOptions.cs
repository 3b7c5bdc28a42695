using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LtvKit.Ingest;
using LtvKit.Ingest.Presets;
using LtvKit.Io;
using LtvKit.Metrics;

namespace LtvKit.Cli;

/// <summary>The options every analysis command shares: which files, how to read them, which parameters.</summary>
internal sealed class ShopOptions
{
    private readonly Option<string[]> _orders = new("--orders", "-o") { Description = "Orders CSV or Parquet (.parquet) file(s); repeat for monthly exports; - reads standard input. Default: the bundled sample shop (data-samples/orders.csv).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _customers = new("--customers") { Description = "Customer master CSV (顧客ID, 氏名, …), joined on customer id; - reads standard input." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "As-of date (基準日), yyyy-MM-dd. Default: the latest order date in the data." };
    private readonly Option<string?> _config = new("--config") { Description = "JSON file with thresholds, custom groups, F2 window, costs, trial products and the upgrade window (see lib/LtvKit/AnalysisConfig.cs)." };
    private readonly Option<string?> _amount = new("--amount") { Description = "Amount basis: incl (税込, default when the column exists) or excl (税抜)." };
    private readonly Option<string> _encoding = new("--encoding") { Description = "Input encoding: auto (default), utf-8 or shift_jis.", DefaultValueFactory = _ => "auto" };
    private readonly Option<string[]> _map = new("--map") { Description = "Map a field to a header, e.g. --map customer_id=お客様コード (repeatable)." };
    private readonly Option<string?> _preset = new("--preset") { Description = "Export layout: shopify, cdnow, rakuten (楽天 RMS), amazon (注文レポート, tab-separated, UTC dates), ec-cube, futureshop, makeshop, yahoo, or none. Shopify and the carts are detected by their headers when unambiguous." };
    private readonly Option<string?> _identify = new("--identify") { Description = "名寄せ: make the customer id from name+phone or name+address (NFKC, spaces removed; phone digits, +81 → 0), for exports without a customer id or with guest checkouts. Default for --preset rakuten: name+phone. Writes a match report (see --match-report)." };
    private readonly Option<string?> _matchReport = new("--match-report") { Description = $"Where 名寄せ writes its match report CSV. It holds PERSONAL DATA (names, phones, addresses of same-name pairs left apart): keep it with the client's data, never in a report. Default: {MatchReportFile} beside --out; none when the output goes to standard output." };
    private readonly Option<string?> _timeZone = new("--time-zone") { Description = $"Time zone of the calendar date for exports whose dates are in UTC (amazon). Default: {LoadOptions.TokyoZoneId}." };
    private readonly Option<string?> _rejects = new("--rejects") { Description = "Write every rejected row (file, line, column, value, reason) to this CSV." };
    private readonly Option<bool> _strict = new("--strict") { Description = "Fail (exit code 2) on any rejected row." };
    private readonly Option<string?> _zeroOrders = new("--zero-orders") { Description = "¥0 orders: skip (default: not purchases) or purchase." };
    private readonly Option<bool> _foldIds = new("--fold-ids") { Description = "Merge customer ids that differ only by width or case (Ｃ０００１, c0001 → C0001): each id is taken in Unicode NFKC, trimmed and upper-cased, in the orders, customer master and survey. Default: kept apart, with a warning." };
    private readonly Option<string?> _survey = new("--survey") { Description = "NPS survey CSV (customer id, score 0–10); - reads standard input." };
    private readonly Option<double?> _grossMargin = new("--gross-margin") { Description = "Gross margin (粗利率) as a fraction, e.g. 0.6, for profit LTV." };
    private readonly Option<decimal?> _cpo = new("--cpo") { Description = "CPO: acquisition cost per first order, in yen." };
    private readonly Option<decimal?> _retentionCost = new("--retention-cost") { Description = "Retention cost per customer over 12 months, in yen." };
    private readonly Option<string?> _engine = new("--engine") { Description = $"memory (default): the kit's own engine, every input it knows. duckdb: the same rules as SQL in DuckDB (memory limit {DuckDb.DuckDbEngine.MemoryLimit}, {DuckDb.DuckDbEngine.HistoryMemoryLimit} while the kit holds the orders, then temporary files: a 100M-line file in about 6½ minutes and 5.5 GB, see BENCHMARKS.md): UTF-8 CSV in the standard layout (any headers the aliases or --map resolve) or Parquet; it refuses (exit 2) Shift_JIS, standard input, --preset, carts and Shopify, --identify, --fold-ids and files with rows the default engine would reject." };
    private readonly Option<string?> _adSpend = new("--ad-spend") { Description = "Ad spend CSV (月, 媒体, 広告費) for CPO per channel and month and the acquisition payback; needs --gross-margin." };

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[_orders, _customers, _asOf, _config, _amount, _encoding, _map, _preset, _identify, _matchReport, _timeZone, _rejects, _strict, _zeroOrders, _foldIds, _survey, _grossMargin, _cpo, _retentionCost, _adSpend, _engine])
            command.Options.Add(option);
    }

    /// <summary>Reads the shop as the options say, with progress on stderr when it is a terminal.</summary>
    /// <param name="parsed">The command line.</param>
    /// <param name="outputs">The command's own output options and their paths: refused, before anything is read, when one
    /// is an input file (as is <c>--rejects</c>).</param>
    public (Shop Shop, AnalysisConfig Config, IReadOnlyList<SurveyAnswer>? Survey) Load(ParseResult parsed, params (string Option, string? Path)[] outputs)
    {
        var orders = parsed.GetValue(_orders) is { Length: > 0 } given ? given : null;
        var customers = parsed.GetValue(_customers);
        if (orders is null)
        {
            var sample = BundledSample.Folder();
            orders = [Path.Combine(sample, "orders.csv")];
            var master = Path.Combine(sample, "customers.csv");
            if (customers is null && File.Exists(master))
                customers = master;
            Console.Error.WriteLine($"No --orders given: using the bundled sample shop in {Path.GetRelativePath(Environment.CurrentDirectory, sample)}.");
        }
        // Beside the first output file; none when the output goes to standard output (no personal data left in the current folder).
        var matchReport = parsed.GetValue(_matchReport)
            ?? (outputs.Select(o => o.Path).FirstOrDefault(p => p is not null) is { } output
                ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".", MatchReportFile)
                : null);
        (string Option, string? Path)[] inputs =
        [
            .. orders.Select(o => ("--orders", (string?)o)), ("--customers", customers), ("--config", parsed.GetValue(_config)),
            ("--survey", parsed.GetValue(_survey)), ("--ad-spend", parsed.GetValue(_adSpend)),
        ];
        RefuseStandardInputTwice(inputs);
        OutputPaths.RefuseInputs([.. outputs, ("--rejects", parsed.GetValue(_rejects)), ("--match-report", parsed.GetValue(_matchReport))],
            inputs.Where(i => i.Path != CsvSource.StandardInput));
        var options = new LoadOptions
        {
            OrderFiles = orders,
            CustomerFile = customers,
            AsOf = parsed.GetValue(_asOf) is { } asOf ? ParseDate(asOf) : null,
            Amount = parsed.GetValue(_amount) switch
            {
                null => null,
                "incl" => AmountBasis.Incl,
                "excl" => AmountBasis.Excl,
                var other => throw new InputException($"--amount: '{other}' is neither incl nor excl."),
            },
            Encoding = TextEncodings.Parse(parsed.GetValue(_encoding)!),
            Map = HeaderName.ParseMap(parsed.GetValue(_map) ?? [], "--map", "--map customer_id=お客様コード"),
            Preset = parsed.GetValue(_preset) switch
            {
                null => null,
                var p when p.Equals("shopify", StringComparison.OrdinalIgnoreCase) => Preset.Shopify,
                var p when p.Equals("cdnow", StringComparison.OrdinalIgnoreCase) => Preset.Cdnow,
                var p when p.Equals("none", StringComparison.OrdinalIgnoreCase) => Preset.None,
                var p when CartPreset.Parse(p) is { } cart => cart.Preset,
                var other => throw new InputException($"--preset: unknown preset '{other}'. Use shopify, cdnow, {string.Join(", ", CartPresets.All.Select(c => c.Name))} or none."),
            },
            Identify = parsed.GetValue(_identify) is { } identify ? IdentifyRules.Parse(identify) : null,
            TimeZone = parsed.GetValue(_timeZone) is { } zone ? FindTimeZone(zone) : LoadOptions.Default.TimeZone,
            ZeroOrders = parsed.GetValue(_zeroOrders) switch
            {
                null => null,
                "purchase" => ZeroOrders.Purchase,
                "skip" => ZeroOrders.NotPurchase,
                var other => throw new InputException($"--zero-orders: '{other}' is neither skip nor purchase."),
            },
            RejectsPath = parsed.GetValue(_rejects),
            Strict = parsed.GetValue(_strict),
            FoldIds = parsed.GetValue(_foldIds),
            Engine = parsed.GetValue(_engine) switch
            {
                null or "memory" => null,
                "duckdb" => new DuckDb.DuckDbEngine(),
                var other => throw new InputException($"--engine: '{other}' is neither memory nor duckdb."),
            },
        };
        var config = parsed.GetValue(_config) is { } path ? AnalysisConfig.Read(path) : AnalysisConfig.Default;
        config = WithCosts(config, parsed, options.Encoding);
        var clock = Stopwatch.StartNew();
        Action<long>? progress = Console.IsErrorRedirected ? null : rows =>
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {rows:N0} rows read ({rows / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0} rows/s)   "));
        var shop = Shop.Load(options, progress);
        if (progress is not null && shop.Input.RowsRead >= OrderReader.ProgressEveryRows)
            Console.Error.WriteLine();
        ReportWarnings(shop, options);
        if (shop.Matches is { } matches)
        {
            if (matchReport is not null)
                AtomicFile.WriteText(matchReport, AtomicFile.Utf8WithBom, matches.Write);
            Console.Error.WriteLine(matchReport is null
                ? $"{matches}. Pass --match-report FILE for the match report (personal data: names and phones or addresses)."
                : $"{matches}. Match report (personal data: names and phones or addresses) in {matchReport}.");
        }
        var survey = parsed.GetValue(_survey) is { } surveyPath ? SurveyFile.Read(surveyPath, options.Encoding, options.FoldIds) : null;
        return (shop, config, survey);
    }

    private AnalysisConfig WithCosts(AnalysisConfig config, ParseResult parsed, TextEncoding encoding)
    {
        var margin = parsed.GetValue(_grossMargin);
        var cpo = parsed.GetValue(_cpo);
        var retention = parsed.GetValue(_retentionCost);
        var adSpend = parsed.GetValue(_adSpend);
        if (margin is <= 0 or > 1)
            throw new InputException($"--gross-margin is a fraction between 0 and 1 (got {margin}); 60% is 0.6.");
        if (adSpend is not null)
        {
            if (margin is null)
                throw new InputException("--ad-spend needs --gross-margin: the payback compares gross profit with the CPO.");
            config = config with { Metrics = config.Metrics with { AdSpend = new AdSpendCosts(AdSpendFile.Read(adSpend, encoding), margin.Value) } };
        }
        if (cpo is null && retention is null && (margin is null || adSpend is not null))
            return config;
        if (margin is null || cpo is null)
            throw new InputException("profit LTV needs both --gross-margin and --cpo (--retention-cost is optional).");
        return config with { Metrics = config.Metrics with { Costs = new Costs(margin.Value, cpo.Value, retention ?? 0) } };
    }

    /// <summary>Standard input can be read once: <c>-</c> for two inputs (orders and customers, or two orders files) is refused.</summary>
    private static void RefuseStandardInputTwice(IEnumerable<(string Option, string? Path)> inputs)
    {
        var readers = inputs.Where(i => i.Path == CsvSource.StandardInput).Select(i => i.Option).ToList();
        if (readers.Count > 1)
            throw new InputException($"standard input (-) is given {readers.Count} times ({string.Join(", ", readers.Select(o => o + " -"))}), but it can be read only once. Give all but one of them as files.");
    }

    private static void ReportWarnings(Shop shop, LoadOptions options)
    {
        var input = shop.Input;
        if (shop.Preset == Preset.Shopify && options.Preset is null)
            Console.Error.WriteLine("Read as a Shopify orders export (its headers); pass --preset none to read it as a plain CSV.");
        if (CartPreset.For(shop.Preset) is { } cart && options.Preset is null)
            Console.Error.WriteLine($"Read as {cart.Title} (its headers); pass --preset none to read it as a plain CSV.");
        if (input.RowsRejected > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input.RowsRejected:N0} of {input.RowsRead:N0} rows rejected:"));
            foreach (var (reason, count) in shop.RejectsByReason.Take(5))
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,8:N0} × {reason}"));
            foreach (var reject in shop.RejectSamples.Take(5))
                Console.Error.WriteLine($"  e.g. {reject}");
            Console.Error.WriteLine(options.RejectsPath is null ? "  Pass --rejects FILE to get every rejected row." : $"  Every rejected row is in {options.RejectsPath}.");
        }
        if (input.ReturnsWithoutPurchase.Customers > 0)
            Console.Error.WriteLine($"Note: {input.ReturnsWithoutPurchase}: their rows are used, but a customer without a purchase is not in the customer table.");
        if (input.SimilarCustomerIds.Groups > 0)
            Console.Error.WriteLine($"Warning: {input.SimilarCustomerIds}. Pass --fold-ids to merge them.");
        if (input.DuplicateLines > 0)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Warning: {input.DuplicateLines:N0} lines are identical to another line of the same order (kept, not dropped), e.g. {string.Join(", ", shop.DuplicateSamples)}. Overlapping exports?"));
    }

    /// <summary>The match report's file name when <c>--match-report</c> is not given.</summary>
    private const string MatchReportFile = "match-report.csv";

    private static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InputException($"--time-zone: '{id}' is not a time zone this machine knows (e.g. {LoadOptions.TokyoZoneId}, UTC).", e);
        }
    }

    private static DateOnly ParseDate(string text) =>
        DateText.TryParse(text, out var date, out var why) ? date : throw new InputException($"--as-of: '{text}' is {why}.");
}
