using LtvKit.Ingest;

namespace LtvKit;

/// <summary>
/// The load options of a notebook's <c>parameters</c> cell: plain texts, so that VS Code users edit
/// them in the cell and headless runs set them (<c>ltvkit notebook run --param</c>, papermill's <c>-p</c>).
/// </summary>
/// <remarks>
/// The texts read as the CLI's options do: <c>encoding</c> as <c>--encoding</c> (auto, utf-8,
/// shift_jis), <c>columnMap</c> as <c>--map</c> entries separated by <c>;</c>
/// (<c>customer_id=お客様コード;order_date=受注日</c>), <c>asOf</c> as <c>--as-of</c>. An empty text
/// is the default: no customer master, no map, the latest order date.
/// </remarks>
public static class ShopParameters
{
    /// <param name="ordersPath">One orders file, or several separated by <c>;</c> (monthly exports), read in order.</param>
    /// <param name="customersPath">The customer master, or empty for none.</param>
    /// <param name="encoding">auto, utf-8 or shift_jis.</param>
    /// <param name="columnMap"><c>field=header</c> entries separated by <c>;</c>, or empty.</param>
    /// <param name="asOf">The as-of date (基準日), yyyy-MM-dd, or empty for the latest order date.</param>
    /// <exception cref="InputException">A text does not read; the message names the parameter.</exception>
    public static LoadOptions LoadOptions(string ordersPath, string customersPath = "", string encoding = "auto", string columnMap = "", string asOf = "")
    {
        ArgumentNullException.ThrowIfNull(ordersPath);
        var orders = Entries(ordersPath);
        if (orders.Length == 0)
            throw new InputException("ordersPath: give the orders file (several separated by ';').");
        var map = HeaderName.ParseMap(Entries(columnMap ?? ""), "columnMap", "customer_id=お客様コード");
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(asOf))
            date = DateText.TryParse(asOf, out var parsed, out var why) ? parsed : throw new InputException($"asOf: '{asOf}' is {why}.");
        return new LoadOptions
        {
            OrderFiles = orders,
            CustomerFile = string.IsNullOrWhiteSpace(customersPath) ? null : customersPath,
            Encoding = TextEncodings.Parse(string.IsNullOrWhiteSpace(encoding) ? "auto" : encoding),
            Map = map,
            AsOf = date,
        };
    }

    private static string[] Entries(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
