using System.Security.Cryptography;
using System.Text;

namespace LtvKit.Ingest.Presets;

/// <summary>The normalised name, phone and address of 名寄せ, and the customer id made of them.</summary>
/// <remarks>
/// <para>Name and address: Unicode NFKC (full-width ＡＢＣ and half-width ｶﾅ folded), then every space removed (also the
/// ideographic space): <c>山田　太郎</c>, <c>山田 太郎</c> and <c>山田太郎</c> are one name. 旧字体 are not folded
/// (髙橋 and 高橋 stay two names).</para>
/// <para>Phone: the digits only (NFKC first, so full-width digits count); a leading <c>+81</c> (Japan's country code) becomes
/// <c>0</c>: <c>+81 90-1234-5678</c> and <c>090(1234)5678</c> are one phone.</para>
/// <para>The id is the rule's prefix (<c>NP</c> name+phone, <c>NA</c> name+address) and the first 12 hex digits (48 bits) of
/// the SHA-256 of <c>name U+001F contact</c> in UTF-8: the same person gets the same id in every run, every file and the
/// customer master, and the id shows no personal data. Two people share an id only by a hash collision, about one
/// chance in 10⁵ for a shop of 10⁵ customers.</para>
/// </remarks>
public static class PersonKey
{
    /// <summary>The hex digits of the id kept from the hash.</summary>
    public const int IdHexDigits = 12;

    public static string Name(string text) => WithoutSpaces(text);

    public static string Address(string text) => WithoutSpaces(text);

    public static string Phone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).Trim();
        var digits = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiDigit(c))
                digits.Append(c);
        }
        if (folded.StartsWith("+81", StringComparison.Ordinal) && digits.Length > 2)
        {
            digits.Remove(0, 2);
            if (digits.Length == 0 || digits[0] != '0')
                digits.Insert(0, '0');
        }
        return digits.ToString();
    }

    /// <summary>The normalised contact of <paramref name="rule"/>: <see cref="Phone"/> or <see cref="Address"/>.</summary>
    public static string Contact(IdentifyRule rule, string text) => rule == IdentifyRule.NamePhone ? Phone(text) : Address(text);

    /// <summary>The customer id of a normalised name and contact (see the remarks).</summary>
    public static string Id(IdentifyRule rule, string name, string contact)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name + "\u001F" + contact), hash);
        return (rule == IdentifyRule.NamePhone ? "NP" : "NA") + Convert.ToHexStringLower(hash[..(IdHexDigits / 2)]);
    }

    private static string WithoutSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
                builder.Append(c);
        }
        return builder.ToString();
    }
}
