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

    /// <summary>The header of column <paramref name="column"/> as written in the file.</summary>
    public string HeaderAt(int column) => _headers[column];

    /// <summary>True when the headers look like Shopify's orders export.</summary>
    public bool LooksLikeShopify =>
        Find(_headers, HeaderAliases.ShopifyLineItem) >= 0 && Find(_headers, HeaderAliases.ShopifyOrderNumber) >= 0 && Find(_headers, "Created at") >= 0;

    /// <summary>Finds each field's column: the <c>--map</c>ped header, else the file's one header of the field's strongest tier present.</summary>
    /// <param name="customerIdRequired">False when 名寄せ makes the customer id (the column, if any, is then a member id).</param>
    /// <exception cref="InputException">A required field has no column, or two columns are equally good names of one field.</exception>
    public static ColumnMap Resolve(string file, IReadOnlyList<string> headers, IReadOnlyDictionary<OrderField, string> map, bool customerIdRequired = true)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(map);
        var names = headers.ToArray();
        var normalized = names.Select(HeaderName.Normalize).ToArray();
        var mapped = map.Values.Select(HeaderName.Normalize).ToHashSet(StringComparer.Ordinal);
        var shopifyLayout = Find(names, HeaderAliases.ShopifyLineItem) >= 0;
        var index = new int[Enum.GetValues<OrderField>().Length];
        foreach (var field in Enum.GetValues<OrderField>())
        {
            if (map.TryGetValue(field, out var header))
            {
                var wanted = HeaderName.Normalize(header);
                var columns = Columns(normalized, name => name == wanted);
                if (columns.Count == 0)
                    throw new InputException($"{file}:1: --map names the column '{header}', which is not in the header. Headers found: {string.Join(", ", names)}");
                if (columns.Count > 1)
                    throw Ambiguous(file, names, field, columns);
                index[(int)field] = columns[0];
                continue;
            }
            index[(int)field] = -1;
            foreach (var tier in HeaderAliases.Tiers(field))
            {
                // "Name" is Shopify's order number; in any other file it is more likely a person's name.
                var aliases = tier.Where(a => !(field == OrderField.OrderId && a == HeaderAliases.ShopifyOrderNumber && !shopifyLayout))
                    .Select(HeaderName.Normalize).ToHashSet(StringComparer.Ordinal);
                // A column --map gives to another field is that field's, whatever its name.
                var columns = Columns(normalized, name => aliases.Contains(name) && !mapped.Contains(name));
                if (columns.Count > 1)
                    throw Ambiguous(file, names, field, columns);
                if (columns.Count == 1)
                {
                    index[(int)field] = columns[0];
                    break;
                }
            }
        }
        var result = new ColumnMap(names, index);
        if (customerIdRequired)
            result.Require(file, OrderField.CustomerId, "customer id");
        result.Require(file, OrderField.OrderDate, "order date");
        if (!result.Has(OrderField.AmountInclTax) && !result.Has(OrderField.AmountExclTax))
            throw Missing(file, names, "amount", [.. HeaderAliases.For(OrderField.AmountInclTax), .. HeaderAliases.For(OrderField.AmountExclTax)], "amount_incl");
        return result;
    }

    private static List<int> Columns(string[] normalized, Func<string, bool> matches)
    {
        var columns = new List<int>();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (matches(normalized[i]))
                columns.Add(i);
        }
        return columns;
    }

    /// <summary>Two columns that are equally good names of one field: the kit cannot know which one the file means.</summary>
    private static InputException Ambiguous(string file, string[] headers, OrderField field, List<int> columns)
    {
        var list = string.Join(" and ", columns.Select(c => string.Create(CultureInfo.InvariantCulture, $"'{headers[c]}' (column {c + 1})")));
        var sameName = columns.Select(c => HeaderName.Normalize(headers[c])).Distinct(StringComparer.Ordinal).Count() == 1;
        var fix = sameName
            ? $"Rename one of them in the file (and pick it with --map {HeaderName.MapName(field)}=<header> if both stay recognised)."
            : $"Say which one with --map {HeaderName.MapName(field)}=<header>, e.g. --map {HeaderName.MapName(field)}={headers[columns[0]]}.";
        return new InputException($"{file}:1: {list} could both be the {HeaderName.Describe(field)} — the file does not say which. {fix}");
    }

    private void Require(string file, OrderField field, string what)
    {
        if (!Has(field))
        {
            throw Missing(file, _headers, what, HeaderAliases.For(field), HeaderName.MapName(field));
        }
    }

    private static InputException Missing(string file, string[] headers, string what, IEnumerable<string> accepted, string mapName) =>
        HeaderLookup.NoColumn(file, headers, what, accepted, $" Map another column with --map {mapName}=<header>.");

    private static int Find(string[] headers, string name) => HeaderLookup.Find(headers, [name]);
}
