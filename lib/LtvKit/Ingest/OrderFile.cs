using LtvKit.Ingest.Presets;

namespace LtvKit.Ingest;

/// <summary>One orders file, opened: its encoding, its header and where each field is.</summary>
/// <remarks>
/// Opening reads only the header, so that the amount basis can be chosen over all files before any row is read.
/// Without <c>--preset</c>, the header decides: Shopify's headers, or the <see cref="CartPreset.Signature"/> of exactly
/// one cart; a file whose only header cell holds tabs is read again tab-separated when that makes a cart's header
/// (Amazon). A preset's columns come before the aliases; <c>--map</c> comes before both.
/// </remarks>
public sealed class OrderFile : IDisposable
{
    private OrderFile(CsvSource source, Preset preset, ColumnMap? columns, CartPreset? cart, IdentifyRule? identify, IReadOnlyList<string> headers)
    {
        Source = source;
        Preset = preset;
        Columns = columns;
        Cart = cart;
        Identify = identify;
        Headers = headers;
    }

    public CsvSource Source { get; }

    public string Path => Source.Path;

    public TextEncoding Encoding => Source.Encoding;

    /// <summary>The preset in use: as given, or the one the headers show (Shopify, a cart).</summary>
    public Preset Preset { get; }

    /// <summary>Where each field is; null for the header-less CDNOW files.</summary>
    public ColumnMap? Columns { get; }

    /// <summary>The cart export's description, when the preset is a cart's.</summary>
    public CartPreset? Cart { get; }

    /// <summary>名寄せ in use: as given, or the cart's default; null = the customer id column.</summary>
    public IdentifyRule? Identify { get; }

    /// <summary>The header row as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    public static OrderFile Open(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cdnow = options.Preset == Ingest.Preset.Cdnow;
        var cart = options.Preset is { } given ? CartPreset.For(given) : null;
        var source = CsvSource.Open(path, options.Encoding, "orders file", csv: !cdnow, delimiter: cart?.Delimiter ?? ',');
        try
        {
            if (cdnow)
                return new OrderFile(source, Preset.Cdnow, null, null, null, []);
            var headers = ReadHeader(source);
            if (options.Preset is null)
            {
                cart = CartPreset.Detect(headers);
                if (cart is null && headers is [var only] && only.Contains('\t', StringComparison.Ordinal)
                    && CartPreset.Detect(only.Split('\t')) is { Delimiter: '\t' } tabbed)
                {
                    source = source.WithDelimiter('\t');
                    headers = ReadHeader(source);
                    cart = tabbed;
                }
            }
            var map = cart?.MapFor(headers) ?? [];
            foreach (var (field, header) in options.Map)
                map[field] = header;
            var identify = options.Identify ?? cart?.DefaultIdentify;
            var columns = ColumnMap.Resolve(source.Path, headers, map, customerIdRequired: identify is null);
            var preset = options.Preset ?? cart?.Preset ?? (columns.LooksLikeShopify ? Preset.Shopify : Preset.None);
            return new OrderFile(source, preset, columns, cart, identify, headers);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private static string[] ReadHeader(CsvSource source)
    {
        var headers = source.ReadHeader();
        if (source.Lines > 1 || source.MalformedQuotes)
            throw new InputException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{source.Path}:1: the header row has a broken quote{(source.Lines > 1 ? $" that runs over {source.Lines:N0} lines" : "")} — fix the \" in the first line."));
        return headers;
    }

    public void Dispose() => Source.Dispose();
}
