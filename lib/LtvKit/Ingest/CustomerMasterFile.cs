using LtvKit.Ingest.Presets;

namespace LtvKit.Ingest;

/// <summary>Reads the optional customer master, keyed by customer id.</summary>
/// <remarks>
/// With 名寄せ (<c>--identify</c>), the orders' customer ids are made from name and phone (or address), so the master's
/// rows are keyed the same way (<see cref="PersonKey.Id"/> of its name and phone or address columns, e.g. a cart's
/// 会員CSV with お名前(姓), お名前(名) and 電話番号), not by its 会員ID: a member and the orders they placed as a guest
/// meet on one id. Two master rows of one person are an error, as two rows of one id are.
/// </remarks>
public static class CustomerMasterFile
{
    /// <param name="identify">The 名寄せ rule the orders were read with, or null to join on the customer id column.</param>
    /// <param name="person">The cart's name, phone and address columns, before the general names.</param>
    /// <param name="foldIds">Key the profiles by the folded id (<see cref="CustomerIdFold"/>), as the orders are with <c>--fold-ids</c>.</param>
    public static IReadOnlyDictionary<string, CustomerProfile> Read(string path, TextEncoding encoding = TextEncoding.Auto, IdentifyRule? identify = null, PersonColumns? person = null,
        bool foldIds = false)
    {
        using var source = CsvSource.Open(path, encoding, "customer master");
        path = source.Path;
        var headers = source.ReadHeader();
        int Optional(params string[] names) => HeaderLookup.Find(headers, names);
        var columns = (person ?? PersonColumns.None).Resolve(headers);
        var id = identify is null ? HeaderLookup.Require(path, headers, "customer id", HeaderAliases.For(OrderField.CustomerId)) : -1;
        var contact = identify == IdentifyRule.NamePhone ? columns.Phone : columns.Address;
        if (identify is { } needed && (columns.Name.Length == 0 || contact.Length == 0))
            throw new InputException($"{path}: 名寄せ ({IdentifyRules.Name(needed)}) joins the customer master on name and {IdentifyRules.Contact(needed)}, but it has no {(columns.Name.Length == 0 ? "name" : IdentifyRules.Contact(needed))} column. Headers found: {string.Join(", ", headers)}.");
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
            string Joined(int[] parts) => string.Concat(parts.Select(Get));
            string key;
            if (identify is { } rule)
            {
                var normalName = PersonKey.Name(Joined(columns.Name));
                var normalContact = PersonKey.Contact(rule, Joined(contact));
                if (normalName.Length == 0 || normalContact.Length == 0)
                    throw new InputException($"{path}:{source.Line}: the {(normalName.Length == 0 ? "name" : IdentifyRules.Contact(rule))} is empty — 名寄せ ({IdentifyRules.Name(rule)}) needs it to join the row to the orders.");
                key = PersonKey.Id(rule, normalName, normalContact);
            }
            else
            {
                key = foldIds ? CustomerIdFold.Fold(Get(id)) : Get(id);
                if (key.Length == 0)
                    throw new InputException($"{path}:{source.Line}: {headers[id]} is empty — every customer master row needs a customer id.");
            }
            var fullName = name >= 0 ? Get(name) : Joined(columns.Name);
            if (!profiles.TryAdd(key, new CustomerProfile(key, fullName, Get(gender), Get(age), Get(address), Get(email), Get(phone))))
                throw new InputException(identify is null
                    ? $"{path}:{source.Line}: customer id '{key}' appears twice in the customer master{(foldIds ? " (ids folded by --fold-ids)" : "")}."
                    : $"{path}:{source.Line}: the same person (名寄せ {IdentifyRules.Name(identify.Value)}, id {key}) appears twice in the customer master.");
        }
        return profiles;
    }
}
