namespace LtvKit.Ingest.Presets;

/// <summary>Where a person's name, phone and address are in a file, for 名寄せ: each a list of layouts, each layout the columns joined.</summary>
/// <remarks>
/// Carts split these: 楽天 writes 注文者名字 and 注文者名前, the phone as 注文者電話番号1–3 and the address in three
/// columns; EC-CUBE writes お名前(姓) and お名前(名). A layout is used when the file has all its columns; its values are
/// joined in order (and normalised by <see cref="PersonKey"/>, which removes every space, so the joining adds none).
/// The preset's layouts come first, then <see cref="General"/>.
/// </remarks>
public sealed record PersonColumns(IReadOnlyList<string[]> Name, IReadOnlyList<string[]> Phone, IReadOnlyList<string[]> Address)
{
    public static readonly PersonColumns None = new([], [], []);

    /// <summary>The names found in hand-made CSVs and in the carts' member exports (会員CSV).</summary>
    public static readonly PersonColumns General = new(
        [["氏名"], ["名前"], ["お名前"], ["顧客名"], ["注文者名"], ["購入者名"], ["name"], ["customer_name"], ["姓", "名"], ["お名前(姓)", "お名前(名)"], ["last_name", "first_name"]],
        [["電話番号"], ["電話"], ["TEL"], ["phone"], ["注文者電話番号"]],
        [["住所"], ["address"], ["注文者住所"], ["都道府県", "住所1", "住所2"], ["都道府県", "市区町村", "番地"]]);

    /// <summary>Finds the columns of each part in <paramref name="headers"/>: the preset's layouts first, then the general names.</summary>
    public PersonColumnIndex Resolve(IReadOnlyList<string> headers) => new(
        First(headers, [.. Name, .. General.Name]), First(headers, [.. Phone, .. General.Phone]), First(headers, [.. Address, .. General.Address]));

    private static int[] First(IReadOnlyList<string> headers, IEnumerable<string[]> layouts)
    {
        foreach (var layout in layouts)
        {
            var columns = layout.Select(h => HeaderLookup.Find(headers, [h])).ToArray();
            if (columns.All(c => c >= 0))
                return columns;
        }
        return [];
    }
}

/// <summary>The resolved columns of each part of a person (empty when the file has none), and their headers for messages.</summary>
public sealed record PersonColumnIndex(int[] Name, int[] Phone, int[] Address);
