namespace LtvKit.Ingest;

/// <summary>Reads the calendar date of an order as written in a cart system's export.</summary>
/// <remarks>
/// Accepted: <c>2024-01-05</c>, <c>2024/1/5</c>, <c>2024.1.5</c>, <c>2024/01/05 10:22</c>,
/// <c>2024-01-05 10:22:33 +0900</c>, <c>2024-01-05T10:22:33+09:00</c>, <c>20240105</c>,
/// <c>2024年1月5日</c> (also with full-width digits and a time after it). The date is taken as written:
/// a time of day or a time-zone offset after it is checked for shape and then ignored, never used to
/// convert the date (an order placed at 23:30 JST stays on its Japanese calendar day).
/// </remarks>
public static class DateText
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, out string reason)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            reason = "the date is empty";
            return false;
        }
        var position = 0;
        if (!TryReadNumber(text, ref position, out var year, out var yearDigits))
            return Fail(out reason);
        int month, day;
        if (yearDigits == 8 && (position == text.Length || IsTimeSeparator(text[position])))
        {
            // 20240105
            month = year / 100 % 100;
            day = year % 100;
            year /= 10000;
        }
        else
        {
            if (yearDigits != 4 || position >= text.Length)
                return Fail(out reason);
            var separator = text[position];
            var kanji = separator == '年';
            if (!kanji && separator is not ('-' or '/' or '.'))
                return Fail(out reason);
            position++;
            if (!TryReadNumber(text, ref position, out month, out var monthDigits) || monthDigits > 2)
                return Fail(out reason);
            if (position >= text.Length || text[position] != (kanji ? '月' : separator))
                return Fail(out reason);
            position++;
            if (!TryReadNumber(text, ref position, out day, out var dayDigits) || dayDigits > 2)
                return Fail(out reason);
            if (kanji)
            {
                if (position >= text.Length || text[position] != '日')
                    return Fail(out reason);
                position++;
            }
        }
        if (position < text.Length && !IsValidTimePart(text[position..]))
            return Fail(out reason);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            reason = "no such calendar date";
            return false;
        }
        date = new DateOnly(year, month, day);
        reason = "";
        return true;
    }

    private static bool Fail(out string reason)
    {
        reason = "not a date (expected e.g. 2024-01-05, 2024/1/5 10:22, 20240105 or 2024年1月5日)";
        return false;
    }

    private static bool IsTimeSeparator(char c) => c is ' ' or 'T' or '\u3000';

    /// <summary>A time of day after the date: a separator, then digits, colons, dots, a zone (+0900, Z, JST).</summary>
    private static bool IsValidTimePart(ReadOnlySpan<char> rest)
    {
        if (!IsTimeSeparator(rest[0]) || rest.Length < 2)
            return false;
        foreach (var c in rest[1..])
        {
            if (!(char.IsAsciiDigit(c) || c is ':' or '.' or '+' or '-' or ' ' or 'Z' or '時' or '分' or '秒' || char.IsAsciiLetterUpper(c) || Digit(c) >= 0))
                return false;
        }
        return Digit(rest[1]) >= 0;
    }

    private static bool TryReadNumber(ReadOnlySpan<char> text, ref int position, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (position < text.Length && Digit(text[position]) is var d && d >= 0)
        {
            if (digits == 9)
                return false;
            value = value * 10 + d;
            digits++;
            position++;
        }
        return digits > 0;
    }

    /// <summary>The value of an ASCII or full-width digit, else −1.</summary>
    internal static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };
}
