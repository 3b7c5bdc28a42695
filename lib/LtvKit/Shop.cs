using System.Globalization;
using LtvKit.Customers;
using LtvKit.Ingest.Presets;
using LtvKit.Ingest;
using LtvKit.Internals;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit;

/// <summary>A shop's order exports, read: the customer table and what is needed to compute every KPI.</summary>
/// <remarks>
/// The steps of seed 001 — CSV → 顧客ID → customer table → LTV and repeat rate — as one call each:
/// <code>
/// var shop = Shop.Load("data-samples/orders.csv");
/// var customers = shop.Customers;          // one row per customer
/// var groups = shop.Segment();             // five groups × 既存/離脱
/// var kpis = shop.Kpis();                  // LTV, repeat rate, F2, …
/// </code>
/// </remarks>
public sealed class Shop
{
    private Shop(CustomerTable customers, AmountBasis basis, Preset preset, IReadOnlyList<string> encodings, RejectLog rejects,
        IReadOnlyList<string> duplicateSamples, IReadOnlyDictionary<string, CustomerProfile> profiles, MatchReport? matches)
    {
        Matches = matches;
        Customers = customers;
        AmountBasis = basis;
        Preset = preset;
        Encodings = encodings;
        RejectSamples = rejects.Samples;
        RejectsByReason = rejects.ByReason.ToList();
        DuplicateSamples = duplicateSamples;
        Profiles = profiles;
    }

    public CustomerTable Customers { get; }

    public DateOnly AsOf => Customers.AsOf;

    public AmountBasis AmountBasis { get; }

    public Preset Preset { get; }

    /// <summary>The encoding each orders file was read in.</summary>
    public IReadOnlyList<string> Encodings { get; }

    /// <summary>Where every row went: read = used + rejected + cancelled + after the as-of date.</summary>
    public InputCounts Input => Customers.History.Input;

    public IReadOnlyList<Reject> RejectSamples { get; }

    public IReadOnlyList<KeyValuePair<string, long>> RejectsByReason { get; }

    public IReadOnlyList<string> DuplicateSamples { get; }

    /// <summary>The customer master, keyed by customer id (empty when none was given).</summary>
    public IReadOnlyDictionary<string, CustomerProfile> Profiles { get; }

    /// <summary>What 名寄せ did (<c>--identify</c>, or the 楽天 preset's default); null when the customer ids were read from the file. Holds personal data.</summary>
    public MatchReport? Matches { get; }

    public static Shop Load(params string[] orderFiles) => Load(new LoadOptions { OrderFiles = orderFiles });

    /// <summary>Reads the orders files in one pass and builds the customer table.</summary>
    /// <exception cref="InputException">A file cannot be read, a required column is missing, or too many rows are rejected.</exception>
    public static Shop Load(LoadOptions options, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var rejects = new RejectLog(options.RejectsPath);
        LoadedOrders loaded;
        if (options.Engine is { } engine)
        {
            loaded = engine.Read(options, rejects);
            rejects.Complete();
        }
        else
        {
            loaded = ReadInMemory(options, rejects, progress);
        }
        CheckRejects(loaded.History.Input, rejects, options);
        var profiles = options.CustomerFile is null
            ? new Dictionary<string, CustomerProfile>()
            : CustomerMasterFile.Read(options.CustomerFile, options.Encoding, loaded.Matches?.Rule, CartPreset.For(loaded.Preset)?.Person, options.FoldIds);
        return new Shop(CustomerTable.Build(loaded.History), loaded.Basis, loaded.Preset, loaded.Encodings, rejects, loaded.DuplicateSamples, profiles, loaded.Matches?.Report());
    }

    /// <summary>The kit's own engine: one pass over the files, the orders kept in memory (<see cref="OrderBook"/>).</summary>
    private static LoadedOrders ReadInMemory(LoadOptions options, RejectLog rejects, Action<long>? progress)
    {
        using var reader = new OrderReader(options, rejects, progress);
        using var book = new OrderBook(reader.Preset, rejects, reader.ExpectedRows);
        reader.ReadInto(book.Add);
        var zero = options.ZeroOrders ?? (reader.Preset == Ingest.Preset.Cdnow ? ZeroOrders.Purchase : ZeroOrders.NotPurchase);
        OrderHistory history;
        try
        {
            history = book.Close(reader.RowsRead, options.AsOf, zero);
        }
        finally
        {
            rejects.Complete();
        }
        return new LoadedOrders(history, reader.Basis, reader.Preset, reader.Encodings, book.DuplicateSamples, reader.Matches);
    }

    private static void CheckRejects(InputCounts input, RejectLog rejects, LoadOptions options)
    {
        if (input.RowsRejected == 0)
            return;
        var share = (double)input.RowsRejected / input.RowsRead;
        string? failure = null;
        if (options.Strict)
            failure = string.Create(CultureInfo.InvariantCulture, $"--strict: {input.RowsRejected:N0} of {input.RowsRead:N0} rows rejected.");
        else if (share > options.MaxRejectedShare)
            failure = string.Create(CultureInfo.InvariantCulture,
                $"{input.RowsRejected:N0} of {input.RowsRead:N0} rows ({share * 100:0.0}%) were rejected — more than {options.MaxRejectedShare * 100:0.#}%, so the file was probably misread (wrong column, format or encoding).");
        if (failure is not null)
            throw rejects.Failure(failure);
    }

    /// <summary>Each customer's group and 既存/離脱 status; the default is the five groups of seed 000.</summary>
    public Segmentation Segment(SegmentThresholds? thresholds = null, SegmentRules? rules = null) =>
        Segmentation.Classify(Customers, thresholds, rules);

    /// <summary>Every KPI, with the default parameters or those of a config.</summary>
    public Kpis Kpis(AnalysisConfig? config = null, IEnumerable<SurveyAnswer>? survey = null)
    {
        config ??= AnalysisConfig.Default;
        return Metrics.Kpis.Compute(Customers, AmountBasis, Segment(config.Thresholds, config.Rules), config.Metrics, survey);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Customers.Count:N0} customers as of {AsOf:yyyy-MM-dd}; {Input}");
}
