namespace LtvKit.Ingest.Presets;

/// <summary>名寄せ: how orders without a trustworthy customer id are joined into customers.</summary>
/// <remarks>
/// The customer id becomes <see cref="PersonKey.Id"/> of the orderer's normalised name and phone (or address), on
/// every row: a member's guest checkout joins the member's orders. Two orders with the same name but another phone
/// (another address) stay two customers; the match report lists such pairs.
/// </remarks>
public enum IdentifyRule
{
    /// <summary><c>name+phone</c>: 氏名 + 電話番号.</summary>
    NamePhone,
    /// <summary><c>name+address</c>: 氏名 + 住所.</summary>
    NameAddress,
}

/// <summary>The <c>--identify</c> names of <see cref="IdentifyRule"/>.</summary>
public static class IdentifyRules
{
    public static string Name(IdentifyRule rule) => rule == IdentifyRule.NamePhone ? "name+phone" : "name+address";

    /// <summary>The contact part in words (phone, address), for messages.</summary>
    public static string Contact(IdentifyRule rule) => rule == IdentifyRule.NamePhone ? "phone" : "address";

    public static IdentifyRule Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "name+phone" => IdentifyRule.NamePhone,
        "name+address" => IdentifyRule.NameAddress,
        _ => throw new InputException($"--identify: '{text}' is neither name+phone nor name+address."),
    };
}
