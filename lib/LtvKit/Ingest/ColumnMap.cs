using System.Globalization;

namespace LtvKit.Ingest;

/// <summary>Where each <see cref="OrderField"/> is in one file's header row.</summary>
public sealed class ColumnMap
{
    private readonly int[] _index;
    private readonly string[] _headers;

    private ColumnMap(string[] headers, int[] index)
    {
        _headers = headers;
        _index = index;
    }

    public int ColumnCount => _headers.Length;

    /// <summary>The column index of <paramref name="field"/>, or −1 when the file has no such column.</summary>
    public int this[OrderField field] => _index[(int)field];

    public bool Has(OrderField field) => _index[(int)field] >= 0;

    /// <summary>The header as written in the file (for error messages).</summary>
    public string HeaderOf(OrderField field) => _headers[_index[(int)field]];

    /// <summary>True when the headers look like Shopify's orders export.</summary>
    public bool LooksLikeShopify =>
        Find(_headers, HeaderAliases.ShopifyLineItem) >= 0 && Find(_headers, HeaderAliases.ShopifyOrderNumber) >= 0 && Find(_headers, "Created at") >= 0;

    public static ColumnMap Resolve(string file, IReadOnlyList<string> headers, IReadOnlyDictionary<OrderField, string> map)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(map);
        var names = headers.ToArray();
        var index = new int[Enum.GetValues<OrderField>().Length];
        foreach (var field in Enum.GetValues<OrderField>())
        {
            if (map.TryGetValue(field, out var mapped))
            {
                index[(int)field] = Find(names, mapped);
                if (index[(int)field] < 0)
                    throw new InputException($"{file}: --map names the column '{mapped}', which is not in the header. Headers found: {string.Join(", ", names)}");
                continue;
            }
            index[(int)field] = -1;
            foreach (var alias in HeaderAliases.For(field))
            {
                // "Name" is Shopify's order number; in any other file it is more likely a person's name.
                if (field == OrderField.OrderId && alias == HeaderAliases.ShopifyOrderNumber && Find(names, HeaderAliases.ShopifyLineItem) < 0)
                    continue;
                var found = Find(names, alias);
                if (found >= 0 && !map.Values.Any(v => HeaderName.Normalize(v) == HeaderName.Normalize(names[found])))
                {
                    index[(int)field] = found;
                    break;
                }
            }
        }
        var result = new ColumnMap(names, index);
        result.Require(file, OrderField.CustomerId, "customer id");
        result.Require(file, OrderField.OrderDate, "order date");
        if (!result.Has(OrderField.AmountInclTax) && !result.Has(OrderField.AmountExclTax))
            throw Missing(file, names, "amount", [.. HeaderAliases.For(OrderField.AmountInclTax), .. HeaderAliases.For(OrderField.AmountExclTax)], "amount_incl");
        return result;
    }

    private void Require(string file, OrderField field, string what)
    {
        if (!Has(field))
        {
            var mapName = field switch { OrderField.CustomerId => "customer_id", _ => "order_date" };
            throw Missing(file, _headers, what, HeaderAliases.For(field), mapName);
        }
    }

    private static InputException Missing(string file, string[] headers, string what, IEnumerable<string> accepted, string mapName) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"{file}: no {what} column. Headers found: {string.Join(", ", headers)}. Accepted names: {string.Join(", ", accepted)}. Map another column with --map {mapName}=<header>."));

    private static int Find(string[] headers, string name) => HeaderLookup.Find(headers, [name]);
}
