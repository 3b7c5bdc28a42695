namespace LtvKit.Sample;

/// <summary>Writes <c>customers.csv</c>: one fake, realistic-looking master row per customer id of the orders file.</summary>
/// <remarks>The personal fields come from a random stream of their own, keyed by (seed, customer), so
/// changing how names are made never changes the orders, and the reverse.</remarks>
internal static class CustomerMasterWriter
{
    private const ulong PersonStream = 3;
    private const int PhoneNumbersPerPrefix = 10_000;

    public static int Write(Stream output, SampleOptions options)
    {
        var text = new EncodedText(options.Encoding);
        var surnames = text.Fields(People.Surnames.Select(n => n.Kanji));
        var female = text.Fields(People.FemaleNames.Select(n => n.Kanji));
        var male = text.Fields(People.MaleNames.Select(n => n.Kanji));
        var genders = text.Fields(People.Genders.Select(g => g.Label));
        var ages = text.Fields(People.AgeBands.Select(a => a.Label));
        var prefectures = text.Fields(People.Prefectures.Select(p => p.Label));
        var space = text.Field("\u3000"); // the full-width space Japanese systems put between family and given name
        var surnameRomaji = Ascii(People.Surnames.Select(n => n.Romaji));
        var femaleRomaji = Ascii(People.FemaleNames.Select(n => n.Romaji));
        var maleRomaji = Ascii(People.MaleNames.Select(n => n.Romaji));
        var genderCumulative = Draw.Cumulative(People.Genders.Select(g => g.Weight).ToArray());
        var ageCumulative = Draw.Cumulative(People.AgeBands.Select(a => a.Weight).ToArray());
        var prefectureCumulative = Draw.Cumulative(People.Prefectures.Select(p => p.Weight).ToArray());
        byte[][] mobilePrefixes = ["090-0000-"u8.ToArray(), "080-0000-"u8.ToArray(), "070-0000-"u8.ToArray()];

        var o = new CsvBytes(output);
        o.Put(text.Preamble);
        o.Put(text.Row(SampleShop.CustomerHeaders));
        for (var k = 0; k < options.Customers; k++)
        {
            var rng = SplitMix64.ForStream(options.Seed, PersonStream, k);
            var gender = Draw.FromCumulative(ref rng, genderCumulative);
            var age = Draw.FromCumulative(ref rng, ageCumulative);
            var prefecture = Draw.FromCumulative(ref rng, prefectureCumulative);
            var surname = rng.NextInt(surnames.Length);
            // 未回答 customers get a name of either kind, as in life.
            var isMale = gender == 1 || (gender == 2 && rng.Chance(0.5));
            var given = rng.NextInt(isMale ? male.Length : female.Length);

            o.BeginRow();
            o.Put("C"u8);
            o.Integer(k + 1L, 7);
            o.Comma();
            o.Put(surnames[surname]);
            o.Put(space);
            o.Put(isMale ? male[given] : female[given]);
            o.Comma();
            o.Put(genders[gender]);
            o.Comma();
            o.Put(ages[age]);
            o.Comma();
            o.Put(prefectures[prefecture]);
            o.Comma();
            o.Put(isMale ? maleRomaji[given] : femaleRomaji[given]);
            o.Put("."u8);
            o.Put(surnameRomaji[surname]);
            o.Integer(k + 1L);
            o.Put("@example.jp"u8);
            o.Comma();
            o.Put(mobilePrefixes[k / PhoneNumbersPerPrefix % mobilePrefixes.Length]);
            o.Integer((k + 1L) % PhoneNumbersPerPrefix, 4);
            o.EndRow();
        }
        o.Flush();
        return options.Customers;
    }

    private static byte[][] Ascii(IEnumerable<string> texts) => texts.Select(System.Text.Encoding.ASCII.GetBytes).ToArray();
}
