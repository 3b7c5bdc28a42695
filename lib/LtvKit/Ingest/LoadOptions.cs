using LtvKit.Internals;

namespace LtvKit.Ingest;

/// <summary>Which amount column is the money of the analysis.</summary>
public enum AmountBasis
{
    /// <summary>Tax included (税込): the default whenever every orders file has such a column.</summary>
    Incl,
    /// <summary>Tax excluded (税抜).</summary>
    Excl,
}

/// <summary>Whether a ¥0 order (free sample, replacement) counts as a purchase.</summary>
public enum ZeroOrders
{
    /// <summary>Default: a ¥0 order is not a purchase, so sample requests do not pose as first purchases and hide the real F2.</summary>
    NotPurchase,
    /// <summary>A ¥0 order is a purchase (the CDNOW data set counts them; <c>--preset cdnow</c> implies it).</summary>
    Purchase,
}

/// <summary>A known export layout with semantics beyond its headers.</summary>
public enum Preset
{
    None,
    /// <summary>
    /// Shopify's orders export: one row per line item; order-level fields (<c>Total</c>, <c>Subtotal</c>,
    /// <c>Cancelled at</c>, <c>Refunded Amount</c>) are read from the order's first row, its other rows are
    /// used rows with amount 0; <c>Email</c> identifies the customer.
    /// </summary>
    Shopify,
    /// <summary>The CDNOW files, whitespace-separated: the sample (master id, customer id, yyyymmdd, CDs, dollars; no header) or the master (a header, then customer id, yyyymmdd, CDs, dollars); each row its own order.</summary>
    Cdnow,
    /// <summary>楽天市場 RMS 受注データ (<see cref="Presets.CartPresets.Rakuten"/>).</summary>
    Rakuten,
    /// <summary>Amazon 注文レポート, tab-separated, dates in UTC (<see cref="Presets.CartPresets.Amazon"/>).</summary>
    Amazon,
    /// <summary>EC-CUBE 受注CSV (<see cref="Presets.CartPresets.EcCube"/>).</summary>
    EcCube,
    /// <summary>futureshop 受注データ (<see cref="Presets.CartPresets.Futureshop"/>).</summary>
    Futureshop,
    /// <summary>MakeShop 注文データ (<see cref="Presets.CartPresets.Makeshop"/>).</summary>
    Makeshop,
    /// <summary>Yahoo!ショッピング 注文データ (<see cref="Presets.CartPresets.Yahoo"/>).</summary>
    Yahoo,
}

/// <summary>What to read and how: everything that decides which rows become purchases.</summary>
/// <remarks>Defaults are the kit's documented defaults; <see cref="Default"/> is pinned by a test.</remarks>
public sealed record LoadOptions
{
    public static readonly LoadOptions Default = new();

    /// <summary>The orders files (monthly exports are common); read in order as one stream of rows.</summary>
    public IReadOnlyList<string> OrderFiles { get; init; } = [];

    /// <summary>Optional customer master (顧客ID, 氏名, …), joined on customer id.</summary>
    public string? CustomerFile { get; init; }

    /// <summary>The as-of date (基準日). Default: the latest order date over all rows that are not rejected.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Forced amount basis; null = tax included when every file has that column, else tax excluded.</summary>
    public AmountBasis? Amount { get; init; }

    public TextEncoding Encoding { get; init; } = TextEncoding.Auto;

    /// <summary>Explicit header names for fields (<c>--map customer_id=お客様コード</c>), over the aliases.</summary>
    public IReadOnlyDictionary<OrderField, string> Map { get; init; } = new Dictionary<OrderField, string>();

    /// <summary>Customer ids that differ only by width, case or surrounding space are one customer, under their folded id
    /// (<see cref="CustomerIdFold"/>), in the orders, the customer master and the survey. Default: compared exactly, and such ids reported.</summary>
    public bool FoldIds { get; init; }

    /// <summary>Null = detect (a file with Shopify's headers is read as Shopify, one with a cart's as that cart's).</summary>
    public Preset? Preset { get; init; }

    /// <summary>名寄せ: make the customer id from name + phone or name + address (<see cref="Presets.IdentifyRule"/>); null = the preset's default (楽天: name + phone), else the customer id column.</summary>
    public Presets.IdentifyRule? Identify { get; init; }

    /// <summary>The time zone of the calendar date, for exports whose dates are in UTC (Amazon). Asia/Tokyo: the shops are Japanese.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById(TokyoZoneId);

    /// <summary>Asia/Tokyo (JST, UTC+9, no daylight saving time): the default <see cref="TimeZone"/>.</summary>
    public const string TokyoZoneId = "Asia/Tokyo";

    /// <summary>Null = ¥0 orders are not purchases, except with <see cref="Ingest.Preset.Cdnow"/>.</summary>
    public ZeroOrders? ZeroOrders { get; init; }

    /// <summary>Where to write the rejected rows (CSV), or null.</summary>
    public string? RejectsPath { get; init; }

    /// <summary>Any rejected row fails the run.</summary>
    public bool Strict { get; init; }

    /// <summary>Above this share of rejected rows the run fails: the file was probably misread (wrong column, wrong format).</summary>
    public double MaxRejectedShare { get; init; } = 0.01;

    /// <summary>The engine that reads the files; null = the kit's own, in memory (<c>--engine duckdb</c>: LtvKit.DuckDb).</summary>
    public IOrderEngine? Engine { get; init; }
}
