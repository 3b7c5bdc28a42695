using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

/// <summary>Text with every kind of white space string.Trim knows, around ids.</summary>
public static class PaddedTexts
{
    public static Arbitrary<string> Text() =>
        Arb.From(Gen.Elements(" ", "\t", "\u3000", "\u00A0", "\u2003", "\u0085", "\r", "a", "顧客", "1", "\u200B", "é",
            "\u1680", "\u2028", "\u2029", "\u202F", "\u205F", "\u200A", "\uFEFF", "セ", "ル", "ー", "美容液", "mL", "\u3001")
            .ArrayOf()
            .Select(parts => string.Concat(parts)));
}

public class Utf8FieldTests
{
    [Property(Arbitrary = [typeof(PaddedTexts)], MaxTest = 5000)]
    public bool Trim_AnyText_SameAsStringTrim(string text) =>
        Encoding.UTF8.GetString(Utf8Field.Trim(Encoding.UTF8.GetBytes(text))) == text.Trim();

    [Property(MaxTest = 500)]
    public bool AmountText_AnyDecimal_ReadsBackExactly(decimal value)
    {
        value = decimal.Round(value, 4) % 1_000_000_000_000m;
        var text = value.ToString("#,0.####", CultureInfo.InvariantCulture);
        return AmountText.TryParse(text, out var read, out _) && read == value && read.Scale == (text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0);
    }
}
