namespace LtvKit.Ingest.Presets;

/// <summary>A Japanese cart's or marketplace's order export, described as data: which columns, which values, which quirks.</summary>
/// <remarks>
/// <para>Each layout is written from the cart's published column list (one file per cart, <c>CartPresets.*.cs</c>); the
/// kit reads only the columns named here, the others are ignored. A column is used when the file has it: the
/// required fields (customer id unless 名寄せ makes it, order date, an amount) are checked as for any file.</para>
/// <para><see cref="OrderFieldsOnEveryRow"/>: exports with one row per item repeat the order's total and status on each
/// row; as with Shopify, they are read from the order's first row and its other rows are used rows with amount 0
/// (the rows of one order are consecutive, as the carts write them).</para>
/// </remarks>
public sealed record CartPreset
{
    public required Preset Preset { get; init; }

    /// <summary>The name given to <c>--preset</c> (<c>rakuten</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the export is, in words (<c>楽天市場 RMS 受注データ</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The field separator: a comma, or a tab (Amazon).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>The header of each field, in the file's spelling; the first one the file has is used.</summary>
    public required IReadOnlyDictionary<OrderField, string[]> Columns { get; init; }

    /// <summary>A time-of-day column beside the date column (注文時間): joined to the date and checked as one value.</summary>
    public string? TimeColumn { get; init; }

    /// <summary>The dates are instants in UTC (Amazon's <c>purchase-date</c>): converted to the calendar date of <see cref="LoadOptions.TimeZone"/>.</summary>
    public bool DatesInUtc { get; init; }

    /// <summary>The status values that mean cancelled, exactly (after NFKC and trimming); null = the general rule of <see cref="CancelledStatus"/>.</summary>
    public IReadOnlyList<string>? CancelledValues { get; init; }

    /// <summary>One row per item, with the order's total and status repeated on each (see the remarks).</summary>
    public bool OrderFieldsOnEveryRow { get; init; }

    /// <summary>The orderer's name, phone and address columns for 名寄せ (<see cref="PersonColumns"/>); empty parts = the general names.</summary>
    public PersonColumns Person { get; init; } = PersonColumns.None;

    /// <summary>名寄せ by default: the export has no customer id (楽天).</summary>
    public IdentifyRule? DefaultIdentify { get; init; }

    /// <summary>Headers that, all present, say the file is this export (detection).</summary>
    public required IReadOnlyList<string> Signature { get; init; }

    /// <summary>The description of <paramref name="preset"/>, or null for a preset that is not a cart's (none, Shopify, CDNOW).</summary>
    public static CartPreset? For(Preset preset) => CartPresets.All.FirstOrDefault(p => p.Preset == preset);

    /// <summary>True when the order-level fields are on the order's first row and its other rows count 0 (Shopify and the per-item cart exports).</summary>
    public static bool HasOrderFieldsOnFirstRow(Preset preset) => preset == Preset.Shopify || For(preset)?.OrderFieldsOnEveryRow == true;

    /// <summary>The one cart export whose <see cref="Signature"/> the headers have, or null when none or several do.</summary>
    public static CartPreset? Detect(IReadOnlyList<string> headers)
    {
        var matches = CartPresets.All.Where(p => p.Signature.All(h => HeaderLookup.Find(headers, [h]) >= 0)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Parses a <c>--preset</c> name of a cart (<c>rakuten</c>, <c>ec-cube</c>); null when it names none.</summary>
    public static CartPreset? Parse(string name) =>
        CartPresets.All.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The field map the file gets from this preset: each field's first listed header the file has.</summary>
    public Dictionary<OrderField, string> MapFor(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<OrderField, string>();
        foreach (var (field, names) in Columns)
        {
            var found = names.FirstOrDefault(n => HeaderLookup.Find(headers, [n]) >= 0);
            if (found is not null)
                map[field] = found;
        }
        return map;
    }
}
