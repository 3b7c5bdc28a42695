using System.Globalization;
using System.Text;
using LtvKit.Io;

namespace LtvKit.Sample;

/// <summary>Generates a synthetic Japanese mail-order shop: <c>orders.csv</c> and <c>customers.csv</c>.</summary>
/// <remarks>
/// <para>The orders follow a purchase-and-dropout process (see <see cref="ShopModel"/> for the story and
/// every number): customers arrive over the period with growth and seasonality, buy at a personal
/// rate, drop out after a purchase with a personal probability, and spend around a personal mean.
/// The first channel and first product change how likely a customer is to come back, so the
/// tables by first channel and first product differ.</para>
/// <para>Edge cases are sprinkled at small rates, each one an ingest rule of DATA.md and METRICS.md §1:
/// multi-line orders, two orders by one customer on one day, cancelled orders (キャンセル on every
/// line), returns (own order id, negative amount, 返品, dated after the original), free samples
/// (¥0, 発送済), a product name with a comma (quoted), and 発送準備中 orders in the last days.</para>
/// <para>Files: UTF-8 with a byte-order mark, or CP932 (Shift_JIS); CRLF line ends; dates
/// <c>2024/01/05 10:22</c>; amounts plain integers, line amount = price × quantity, 税抜 =
/// round(税込 ÷ 1.08) for foods and health foods and round(税込 ÷ 1.10) for cosmetics. The orders
/// are sorted by date, then order id. Each file is written atomically.</para>
/// <para>Streaming: memory is O(customers), never O(order lines) — ten million lines (four million
/// customers) are generated in about 230 MB; see <see cref="OrderSimulation"/> for why the file comes out sorted anyway.</para>
/// <para>Deterministic: the same <see cref="SampleOptions"/> give byte-identical files, in any culture.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = SampleShop.Generate("data-samples", new SampleOptions { Customers = 3_000, Seed = 42 });
/// Console.WriteLine(result); // 7,445 order lines (6,475 orders) of 3,000 customers; edge cases: …
/// </code>
/// </example>
public static class SampleShop
{
    public const string OrdersFileName = "orders.csv";
    public const string CustomersFileName = "customers.csv";
    public const string AdSpendFileName = "ad_spend.csv";

    /// <summary>The header of <c>orders.csv</c>, Japanese as a cart system exports it.</summary>
    public static IReadOnlyList<string> OrderHeaders { get; } =
        ["注文ID", "顧客ID", "注文日", "商品名", "カテゴリ", "数量", "金額(税込)", "金額(税抜)", "チャネル", "ステータス", "受注種別"];

    /// <summary>The header of <c>ad_spend.csv</c>: what each paid channel cost per month (read by <c>--ad-spend</c>).</summary>
    public static IReadOnlyList<string> AdSpendHeaders { get; } = ["月", "媒体", "広告費"];

    /// <summary>The header of <c>customers.csv</c>, the customer master.</summary>
    public static IReadOnlyList<string> CustomerHeaders { get; } =
        ["顧客ID", "氏名", "性別", "年代", "都道府県", "メールアドレス", "電話番号"];

    /// <summary>Writes <c>orders.csv</c>, <c>customers.csv</c> and <c>ad_spend.csv</c> into <paramref name="folder"/> (created if missing).</summary>
    /// <param name="folder">The output folder. Existing files of the same names are replaced atomically.</param>
    /// <param name="options">What shop to generate.</param>
    /// <param name="progress">Told how far the simulation is, about 200 times per run; synchronous callers see every report.</param>
    /// <param name="cancellationToken">Stops the run; the target files stay as they were.</param>
    /// <exception cref="Ingest.InputException">An option is out of range (the message says which).</exception>
    public static SampleResult Generate(string folder, SampleOptions options, IProgress<SampleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        options.Validate();
        var ordersPath = Path.GetFullPath(Path.Combine(folder, OrdersFileName));
        var customersPath = Path.GetFullPath(Path.Combine(folder, CustomersFileName));
        var adSpendPath = Path.GetFullPath(Path.Combine(folder, AdSpendFileName));

        SampleResult? result = null;
        AtomicFile.WriteStream(ordersPath, stream => result = WriteOrders(stream, options, progress, cancellationToken));
        AtomicFile.WriteStream(customersPath, stream => WriteCustomers(stream, options));
        AtomicFile.WriteStream(adSpendPath, stream => WriteAdSpend(stream, result!.AdSpend, options.Encoding));
        return result! with { OrdersPath = ordersPath, CustomersPath = customersPath, AdSpendPath = adSpendPath };
    }

    /// <summary>Writes the ad spend (header included): one row per paid channel and month, <c>2024-01,Instagram広告,156000</c>.</summary>
    public static void WriteAdSpend(Stream output, IReadOnlyList<Ingest.AdSpend> spend, SampleEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(spend);
        var text = new EncodedText(encoding);
        output.Write(text.Preamble);
        output.Write(text.Row(AdSpendHeaders));
        foreach (var row in spend)
            output.Write(text.Row([row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), row.Channel, row.Cost.ToString(CultureInfo.InvariantCulture)]));
    }

    /// <summary>Writes the orders file (header included) to <paramref name="output"/>.</summary>
    public static SampleResult WriteOrders(Stream output, SampleOptions options, IProgress<SampleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        options.Validate();
        return new OrderSimulation(options).Run(output, progress, cancellationToken);
    }

    /// <summary>Writes the customer master (header included) to <paramref name="output"/>; returns the number of rows.</summary>
    public static int WriteCustomers(Stream output, SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        options.Validate();
        return CustomerMasterWriter.Write(output, options);
    }

    /// <summary>The <see cref="Encoding"/> of a <see cref="SampleEncoding"/>: UTF-8 with BOM, or CP932.</summary>
    /// <remarks>Registers the code-pages provider the first time CP932 is asked for (.NET ships it, but does not register it).</remarks>
    public static Encoding GetEncoding(SampleEncoding encoding) => encoding switch
    {
        SampleEncoding.Utf8 => AtomicFile.Utf8WithBom,
        SampleEncoding.ShiftJis => ShiftJis.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Use Utf8 or ShiftJis."),
    };

    /// <summary>Like <see cref="GetEncoding"/>, but throwing rather than writing '?' for a character it cannot encode.</summary>
    internal static Encoding GetStrictEncoding(SampleEncoding encoding) => encoding switch
    {
        SampleEncoding.Utf8 => StrictUtf8,
        SampleEncoding.ShiftJis => StrictShiftJis.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Use Utf8 or ShiftJis."),
    };

    private const int ShiftJisCodePage = 932;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> ShiftJis = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(ShiftJisCodePage);
    });

    private static readonly Lazy<Encoding> StrictShiftJis = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(ShiftJisCodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });
}
