namespace LtvKit.Ingest;

/// <summary>One orders file, opened: its encoding, its header and where each field is.</summary>
/// <remarks>Opening reads only the header, so that the amount basis can be chosen over all files before any row is read.</remarks>
public sealed class OrderFile : IDisposable
{
    private OrderFile(CsvSource source, Preset preset, ColumnMap? columns)
    {
        Source = source;
        Preset = preset;
        Columns = columns;
    }

    public CsvSource Source { get; }

    public string Path => Source.Path;

    public TextEncoding Encoding => Source.Encoding;

    /// <summary>The preset in use: as given, or Shopify when the headers are Shopify's.</summary>
    public Preset Preset { get; }

    /// <summary>Where each field is; null for the header-less CDNOW files.</summary>
    public ColumnMap? Columns { get; }

    public static OrderFile Open(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cdnow = options.Preset == Ingest.Preset.Cdnow;
        var source = CsvSource.Open(path, options.Encoding, "orders file", csv: !cdnow);
        try
        {
            if (cdnow)
                return new OrderFile(source, Preset.Cdnow, null);
            var headers = source.ReadHeader();
            if (source.Lines > 1 || source.MalformedQuotes)
                throw new InputException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{source.Path}:1: the header row has a broken quote{(source.Lines > 1 ? $" that runs over {source.Lines:N0} lines" : "")} — fix the \" in the first line."));
            var columns = ColumnMap.Resolve(source.Path, headers, options.Map);
            var preset = options.Preset ?? (columns.LooksLikeShopify ? Preset.Shopify : Preset.None);
            return new OrderFile(source, preset, columns);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public void Dispose() => Source.Dispose();
}
