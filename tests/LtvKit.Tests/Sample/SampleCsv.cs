using System.Globalization;
using System.Text;

namespace LtvKit.Tests.Sample;

/// <summary>A small, strict reader of the files the generator writes: decodes, splits CRLF rows, unquotes RFC 4180 fields.</summary>
/// <remarks>Deliberately independent of the kit's own ingest, so the format checks do not take the reader's word for it.</remarks>
internal static class SampleCsv
{
    static SampleCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>CP932 that throws on any byte sequence it cannot decode (no silent '?' or U+FFFD).</summary>
    public static Encoding StrictCp932 => Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<string[]> Read(string path, Encoding encoding)
    {
        var bytes = File.ReadAllBytes(path);
        var preamble = encoding.GetPreamble();
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return Parse(encoding.GetString(bytes, start, bytes.Length - start));
    }

    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.False(ch is '\r' or '\n', $"bare line break at character {i}: rows end in CRLF");
                field.Append(ch);
            }
        }
        Assert.True(fields.Count == 0 && field.Length == 0, "the file ends with CRLF");
        return rows;
    }

    /// <summary>One row of orders.csv, typed.</summary>
    public sealed record OrderRow(string OrderId, string CustomerId, DateTime Date, string Product, string Category,
        int Quantity, long AmountIncl, long AmountExcl, string Channel, string Status, string Kind);

    public static List<OrderRow> Orders(string path, Encoding encoding)
    {
        var rows = Read(path, encoding);
        return rows.Skip(1).Select(f =>
        {
            Assert.Equal(11, f.Length);
            return new OrderRow(f[0], f[1],
                DateTime.ParseExact(f[2], "yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture),
                f[3], f[4],
                int.Parse(f[5], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                long.Parse(f[6], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                long.Parse(f[7], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                f[8], f[9], f[10]);
        }).ToList();
    }

    /// <summary>A fresh empty folder under the temp directory.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "ltvkit-tests", "sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
