namespace LtvKit.Ingest;

/// <summary>A row of the customer master (seed 001: 顧客ID; 名前・性別・年代; 住所・メール・電話番号).</summary>
/// <remarks>Name, address, e-mail and phone are personal data: reports mask them unless asked not to.</remarks>
public sealed record CustomerProfile(string Id, string Name, string Gender, string AgeBand, string Address, string Email, string Phone);

/// <summary>Reads the optional customer master, keyed by customer id.</summary>
public static class CustomerMaster
{
    /// <param name="foldIds">Key the profiles by the folded id (<see cref="CustomerIdFold"/>), as the orders are with <c>--fold-ids</c>.</param>
    public static IReadOnlyDictionary<string, CustomerProfile> Read(string path, TextEncoding encoding = TextEncoding.Auto, bool foldIds = false)
    {
        using var source = CsvSource.Open(path, encoding, "customer master");
        var headers = source.ReadHeader();
        var id = HeaderLookup.Require(source.Path, headers, "customer id", HeaderAliases.For(OrderField.CustomerId));
        int Optional(params string[] names) => HeaderLookup.Find(headers, names);
        var name = Optional("氏名", "名前", "顧客名", "name", "customer_name");
        var gender = Optional("性別", "gender");
        var age = Optional("年代", "年齢", "age", "age_band");
        var address = Optional("住所", "都道府県", "address", "prefecture");
        var email = Optional("メールアドレス", "メール", "email", "e-mail");
        var phone = Optional("電話番号", "電話", "phone", "tel");
        var profiles = new Dictionary<string, CustomerProfile>(StringComparer.Ordinal);
        while (source.Read())
        {
            if (source.Count != headers.Length)
                throw new InputException($"{source.Path}:{source.Line}: the row has {source.Count} fields, the header has {headers.Length}.");
            string Get(int i) => i >= 0 ? source.GetString(i).Trim() : "";
            var key = foldIds ? CustomerIdFold.Fold(Get(id)) : Get(id);
            if (key.Length == 0)
                throw new InputException($"{source.Path}:{source.Line}: {headers[id]} is empty — every customer master row needs a customer id.");
            if (!profiles.TryAdd(key, new CustomerProfile(key, Get(name), Get(gender), Get(age), Get(address), Get(email), Get(phone))))
                throw new InputException($"{source.Path}:{source.Line}: customer id '{key}' appears twice in the customer master{(foldIds ? " (ids folded by --fold-ids)" : "")}.");
        }
        return profiles;
    }
}
