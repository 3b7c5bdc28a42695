using System.Globalization;
using System.Text;

namespace LtvKit.Ingest;

/// <summary>Header names as the kit compares them: case-, width- and space-insensitive.</summary>
/// <remarks>
/// <c>金額（税込）</c>, <c>金額(税込)</c> and <c>金額 (税込)</c> are one header; so are <c>ORDER_ID</c>,
/// <c>order_id</c> and <c>ｏｒｄｅｒ＿ｉｄ</c>. Full-width characters are folded by Unicode NFKC.
/// </remarks>
public static class HeaderName
{
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var folded = header.Trim().TrimStart('\uFEFF').Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The field's name in <c>--map field=header</c> (<c>customer_id</c>): what <see cref="ParseField"/> reads.</summary>
    public static string MapName(OrderField field) => field switch
    {
        OrderField.OrderId => "order_id",
        OrderField.CustomerId => "customer_id",
        OrderField.OrderDate => "order_date",
        OrderField.AmountInclTax => "amount_incl",
        OrderField.AmountExclTax => "amount_excl",
        OrderField.Product => "product",
        OrderField.Category => "category",
        OrderField.Channel => "channel",
        OrderField.Status => "status",
        OrderField.RefundedAmount => "refunded_amount",
        OrderField.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The field in words, for messages ("customer id").</summary>
    public static string Describe(OrderField field) => field switch
    {
        OrderField.AmountInclTax => "tax-included amount (税込)",
        OrderField.AmountExclTax => "tax-excluded amount (税抜)",
        OrderField.RefundedAmount => "refunded amount",
        _ => MapName(field).Replace('_', ' '),
    };

    /// <summary>Parses a <c>--map field=header</c> field name (e.g. <c>customer_id</c>, <c>amount_incl</c>).</summary>
    public static OrderField ParseField(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Normalize(name).Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return key switch
        {
            "orderid" => OrderField.OrderId,
            "customerid" => OrderField.CustomerId,
            "orderdate" or "date" => OrderField.OrderDate,
            "amount" or "amountincl" or "amountincltax" => OrderField.AmountInclTax,
            "amountexcl" or "amountexcltax" => OrderField.AmountExclTax,
            "product" => OrderField.Product,
            "category" => OrderField.Category,
            "channel" => OrderField.Channel,
            "status" => OrderField.Status,
            "refundedamount" => OrderField.RefundedAmount,
            "subscription" => OrderField.Subscription,
            _ => throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"--map: unknown field '{name}'. Known fields: order_id, customer_id, order_date, amount_incl, amount_excl, product, category, channel, status, refunded_amount, subscription.")),
        };
    }

    /// <summary>Column-map entries <c>field=header</c> (<c>customer_id=お客様コード</c>) as the map <see cref="LoadOptions.Map"/> takes.</summary>
    /// <param name="entries">The entries, one per <c>--map</c> or per <c>;</c>-separated part.</param>
    /// <param name="what">Where they came from, for the message (<c>--map</c>, <c>columnMap</c>).</param>
    /// <param name="example">A well-formed entry as the user would write it there.</param>
    /// <exception cref="InputException">An entry is not field=header, or names no field.</exception>
    public static Dictionary<OrderField, string> ParseMap(IEnumerable<string> entries, string what, string example)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<OrderField, string>();
        foreach (var entry in entries)
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == entry.Length - 1)
                throw new InputException($"{what}: '{entry}' is not field=header (e.g. {example}).");
            map[ParseField(entry[..eq])] = entry[(eq + 1)..];
        }
        return map;
    }
}
