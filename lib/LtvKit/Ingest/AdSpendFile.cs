using System.Globalization;
using System.Text.RegularExpressions;

namespace LtvKit.Ingest;

/// <summary>Reads an ad-spend file: month, channel and cost per row (<c>月,媒体,広告費</c>).</summary>
/// <remarks>
/// The month may be written <c>2024-01</c>, <c>2024/1</c>, <c>2024年1月</c>, <c>202401</c> or as any date of the month that
/// the orders file accepts (<c>2024/01/31</c>). The cost is an amount in any format of DATA.md (<c>¥1,200,000</c>,
/// <c>1200000円</c>) and must not be negative. Rows of one month and channel add up. Every row must be usable: a bad month
/// or cost stops the run with file, line and column, since a cost silently dropped would make a channel look cheap.
/// </remarks>
public static partial class AdSpendFile
{
    public static readonly IReadOnlyList<string> MonthHeaders = ["月", "年月", "対象月", "month"];
    public static readonly IReadOnlyList<string> CostHeaders = ["広告費", "費用", "コスト", "広告費用", "cost", "spend", "ad_spend"];

    public static IReadOnlyList<AdSpend> Read(string path, TextEncoding encoding = TextEncoding.Auto)
    {
        using var source = CsvSource.Open(path, encoding, "ad-spend file");
        var headers = source.ReadHeader();
        var month = HeaderLookup.Require(source.Path, headers, "month", MonthHeaders);
        var channel = HeaderLookup.Require(source.Path, headers, "channel", HeaderAliases.For(OrderField.Channel));
        var cost = HeaderLookup.Require(source.Path, headers, "cost", CostHeaders);
        var rows = new Dictionary<(DateOnly, string), decimal>();
        while (source.Read())
        {
            if (source.Count != headers.Length)
                throw new InputException($"{source.Path}:{source.Line}: the row has {source.Count} fields, the header has {headers.Length}.");
            var monthText = source.GetString(month).Trim();
            if (!TryParseMonth(monthText, out var first))
                throw new InputException($"{source.Path}:{source.Line}:{month + 1}: {headers[month]} is '{monthText}' — not a month (2024-01, 2024/1, 2024年1月).");
            var costText = source.GetString(cost).Trim();
            if (!AmountText.TryParse(costText, out var value, out var reason))
                throw new InputException($"{source.Path}:{source.Line}:{cost + 1}: {headers[cost]} is '{costText}' — {reason}.");
            if (value < 0)
                throw new InputException($"{source.Path}:{source.Line}:{cost + 1}: {headers[cost]} is '{costText}' — a cost cannot be negative.");
            var key = (first, source.GetString(channel).Trim());
            rows[key] = rows.GetValueOrDefault(key) + value;
        }
        return [.. rows.Select(r => new AdSpend(r.Key.Item1, r.Key.Item2, r.Value)).OrderBy(r => r.Month).ThenBy(r => r.Channel, StringComparer.Ordinal)];
    }

    /// <summary>A year and month, or a date of the month; the first day of that month.</summary>
    public static bool TryParseMonth(string text, out DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(text);
        month = default;
        var match = YearMonth().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (number is < 1 or > 12 || year < 1)
                return false;
            month = new DateOnly(year, number, 1);
            return true;
        }
        if (!DateText.TryParse(text, out var date, out _))
            return false;
        month = new DateOnly(date.Year, date.Month, 1);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.]|年)?(?<m>\d{1,2})月?$")]
    private static partial Regex YearMonth();
}
