using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LtvKit.Ingest;
using LtvKit.Internals;

namespace LtvKit.Tests.Internals;

/// <summary>Text made of the characters that matter to a CSV reader, and a few that do not.</summary>
public static class CsvTexts
{
    public static Arbitrary<string> Text() =>
        Arb.From(Gen.Elements("a", "b", "1", ",", ",", "\"", "\"", "\n", "\r\n", "\r", " ", "日本", "é", "\u3000")
            .ArrayOf()
            .Select(parts => string.Concat(parts)));
}

/// <summary>Long text of mostly plain records (read 32 bytes at a time), with a rare quote or lone CR among them.</summary>
public static class LongCsvTexts
{
    public static Arbitrary<string> Text() =>
        Arb.From(Gen.Frequency(
                (30, Gen.Elements("abc", "1", "C0000123", "2024/01/05 10:22", "日本語の商品", "é", " ", "\u3000")),
                (12, Gen.Constant(",")),
                (4, Gen.Elements("\n", "\r\n")),
                (1, Gen.Elements("\"", "\"q,\"\"x\"", "\r", ",,", "\n\n")))
            .ArrayOf()
            .Select(parts => string.Concat(parts)));
}

/// <summary>The reader of the orders files against CsvHelper's RFC 4180 mode, which the kit used before.</summary>
public class CsvRecordReaderTests
{
    private sealed record Record(long Line, string[] Fields, bool Malformed);

    private static List<Record> Ours(string text, int bufferBytes, char delimiter = ',')
    {
        var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), checkUtf8: true, bufferBytes, delimiter);
        var records = new List<Record>();
        while (reader.Read())
        {
            var fields = new string[reader.Count];
            for (var i = 0; i < fields.Length; i++)
                fields[i] = Encoding.UTF8.GetString(reader[i]);
            records.Add(new Record(reader.Line, fields, reader.Malformed));
        }
        return records;
    }

    /// <summary>CsvHelper as the kit configured it; its line is the line the record ends on, less the line breaks inside fields.</summary>
    private static List<Record> CsvHelpers(string text)
    {
        var bad = false;
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            BadDataFound = _ => bad = true,
            IgnoreBlankLines = true,
        });
        var records = new List<Record>();
        while (parser.Read())
        {
            var fields = parser.Record!;
            var breaks = fields.Sum(f => f.Count(c => c == '\n'));
            records.Add(new Record(parser.RawRow - breaks, fields, bad));
            bad = false;
        }
        return records;
    }

    /// <summary>Tab-separated text reads as the same text with its tabs and commas swapped reads comma-separated (Amazon's reports).</summary>
    [Property(Arbitrary = [typeof(LongCsvTexts)], MaxTest = 300)]
    public bool Read_TabDelimiter_IsTheCommaReadingWithTabsAndCommasSwapped(string text, PositiveInt buffer)
    {
        static string Swap(string t) => string.Concat(t.Select(c => c == ',' ? '\t' : c == '\t' ? ',' : c));
        var size = Math.Max(4, buffer.Get % 64);
        var comma = Ours(text, size);
        var tab = Ours(Swap(text), size, '\t');
        return comma.Count == tab.Count && comma.Zip(tab).All(p =>
            p.First.Line == p.Second.Line && p.First.Malformed == p.Second.Malformed && p.First.Fields.Select(Swap).SequenceEqual(p.Second.Fields));
    }

    [Property(Arbitrary = [typeof(CsvTexts)], MaxTest = 500)]
    public bool Read_AnyText_SameRecordsAsCsvHelper(string text, PositiveInt buffer)
    {
        // Lone CRs inside quotes count as line breaks here and not in CsvHelper's arithmetic: compared separately below.
        if (text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal))
            return true;
        // CsvHelper takes a "" that ends the file inside a quoted field as a closing quote; the kit as a quote in an
        // unclosed field (malformed). With a line break after it both see an unclosed field.
        if (text.EndsWith('"'))
            text += "\n";
        var ours = Ours(text, 1 + buffer.Get % 64);
        var theirs = CsvHelpers(text);
        return ours.Count == theirs.Count && ours.Zip(theirs).All(pair =>
            pair.First.Malformed == pair.Second.Malformed
            && pair.First.Fields.Length == pair.Second.Fields.Length
            && pair.First.Line == pair.Second.Line
            && (pair.First.Malformed || pair.First.Fields.SequenceEqual(pair.Second.Fields)));
    }

    [Property(Arbitrary = [typeof(LongCsvTexts)], MaxTest = 300)]
    public bool Read_LongText_SameRecordsAsCsvHelper(string text)
    {
        text = string.Concat(Enumerable.Repeat(text, 6));
        if (text.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal) || text.EndsWith('"'))
            return true;
        var ours = Ours(text, 1 << 16);
        var theirs = CsvHelpers(text);
        return ours.Count == theirs.Count && ours.Zip(theirs).All(pair =>
            pair.First.Malformed == pair.Second.Malformed
            && pair.First.Line == pair.Second.Line
            && (pair.First.Malformed || pair.First.Fields.SequenceEqual(pair.Second.Fields)));
    }

    [Property(Arbitrary = [typeof(LongCsvTexts)], MaxTest = 300)]
    public bool Read_LongText_TinyBuffer_SameRecordsAsLargeBuffer(string text, PositiveInt buffer)
    {
        text = string.Concat(Enumerable.Repeat(text, 6));
        var small = Ours(text, 1 + buffer.Get % 80);
        var large = Ours(text, 1 << 16);
        return small.Count == large.Count && small.Zip(large).All(p => p.First.Line == p.Second.Line && p.First.Malformed == p.Second.Malformed && p.First.Fields.SequenceEqual(p.Second.Fields));
    }

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxyz,0123456789,ABCDEFGHIJ\r\nsecond,record,of,four,fields,and,more,text\rthird\n\nfourth,\"q\"\n", new long[] { 1, 2, 3, 5 })]
    [InlineData("a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,1,2,3,4,5,6,7,8,9,0,a,b,c,d,e,f,g,h\n1,2\n", new long[] { 1, 2 })]
    public void Read_PlainRecords_FieldsAndLinesAsWritten(string text, long[] lines)
    {
        var records = Ours(text, 1 << 16);
        Assert.Equal(lines, records.Select(r => r.Line));
        Assert.Equal(Ours(text, 3).Select(r => string.Join("|", r.Fields)), records.Select(r => string.Join("|", r.Fields)));
        Assert.Equal(text.Split('\n', '\r')[0].Split(','), records[0].Fields);
    }

    [Property(Arbitrary = [typeof(CsvTexts)], MaxTest = 300)]
    public bool Read_TinyBuffer_SameRecordsAsLargeBuffer(string text, PositiveInt buffer)
    {
        var small = Ours(text, 1 + buffer.Get % 16);
        var large = Ours(text, 1 << 16);
        return small.Count == large.Count && small.Zip(large).All(p => p.First.Line == p.Second.Line && p.First.Malformed == p.Second.Malformed && p.First.Fields.SequenceEqual(p.Second.Fields));
    }

    [Theory]
    [InlineData("a,b\r1,2\r3,4", new long[] { 1, 2, 3 })]
    [InlineData("a,b\r\r\n1,2", new long[] { 1, 3 })]
    [InlineData("a,\"x\ry\"\n1,2", new long[] { 1, 3 })]
    public void Read_LoneCarriageReturn_IsALineBreak(string text, long[] lines) =>
        Assert.Equal(lines, Ours(text, 4).Select(r => r.Line));

    [Theory]
    [InlineData("1,ab\"c\n", 2)]
    [InlineData("1,\"ab\"c,d\n", 3)]
    [InlineData("1,\"never closed\n2,3\n", 2)]
    public void Read_StrayQuote_IsMalformed(string text, int fields)
    {
        var record = Ours(text, 8).First();
        Assert.True(record.Malformed);
        Assert.Equal(fields, record.Fields.Length);
    }

    [Fact]
    public void Read_EscapedQuotesAcrossTheBufferEnd_AreOneQuoteEach()
    {
        var record = Assert.Single(Ours("\"a\"\"b\"\"\"\"c\",\"\"\"\"\n", 3));
        Assert.Equal(["a\"b\"\"c", "\""], record.Fields);
        Assert.False(record.Malformed);
    }

    [Fact]
    public void Read_InvalidUtf8_Throws()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n").Concat(new byte[] { 0x83, 0x41, (byte)'\n' }).ToArray();
        var reader = new CsvRecordReader(new MemoryStream(bytes), checkUtf8: true, 4);
        Assert.Throws<DecoderFallbackException>(() => { while (reader.Read()) { } });
    }

    [Fact]
    public void Fingerprint_EqualFields_EqualHashHoweverQuotedOrWhereverTheBufferEnds()
    {
        // The plain reading (no quote, within the buffer) and the field-by-field one must agree: the same record in a
        // 1 MiB buffer, in 5-byte reads (so it crosses the buffer's end), and with quotes.
        const string Plain = "A1,C1,2024-01-05,美容液 30mL,5000,Instagram,発送済,通常,おまけ付き,1,2\n";
        var fingerprints = new[]
        {
            Fingerprints(Plain, 1 << 20)[0],
            Fingerprints(Plain, 5)[0],
            Fingerprints("\"A1\",C1,2024-01-05,\"美容液 30mL\",5000,Instagram,発送済,通常,おまけ付き,1,\"2\"\r\n", 1 << 20)[0],
        };
        Assert.Single(fingerprints.Distinct());
    }

    [Theory]
    [InlineData("\"a,b\",c\na,\"b,c\"\na,b,c\n")]
    [InlineData("ab,c\na,bc\nabc,\n,abc\n")]
    [InlineData("a,b\na\tb\n\"a\tb\",\n")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789,x\nabcdefghijklmnopqrstuvwxyz012345678,9x\nbacdefghijklmnopqrstuvwxyz0123456789,x\n")]
    public void Fingerprint_FieldsSplitDifferently_DifferEvenWithTheSameBytes(string text)
    {
        var fingerprints = Fingerprints(text, 1 << 20);
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    private static List<ulong> Fingerprints(string text, int bufferBytes)
    {
        var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), checkUtf8: true, bufferBytes);
        var fingerprints = new List<ulong>();
        while (reader.Read())
            fingerprints.Add(reader.Fingerprint());
        return fingerprints;
    }
}
