namespace LtvKit.Ingest;

/// <summary>Reads the calendar date of an order as written in a cart system's export.</summary>
/// <remarks>
/// Accepted: <c>2024-01-05</c>, <c>2024/1/5</c>, <c>2024.1.5</c>, <c>2024/01/05 10:22</c>,
/// <c>2024-01-05 10:22:33 +0900</c>, <c>2024-01-05T10:22:33+09:00</c>, <c>20240105</c>,
/// <c>2024年1月5日</c> (also with full-width digits and a time after it). The date is taken as written:
/// a time of day or a time-zone offset after it is checked (hours 0–23, minutes and seconds 0–59, an offset
/// within ±14:00: <c>2024/1/5 25:00</c> is rejected, not read as the 5th) and then ignored, never used to
/// convert the date (an order placed at 23:30 JST stays on its Japanese calendar day). A year outside
/// <see cref="EarliestYear"/>–<see cref="LatestYear"/> is rejected as a typo.
/// </remarks>
public static class DateText
{
    /// <summary>The earliest year of a date: before it, a typo (<c>0024</c> for <c>2024</c>), which would stretch every monthly table over centuries.</summary>
    public const int EarliestYear = 1900;

    /// <summary>The latest year of a date: after it, a typo (<c>2724</c> for <c>2024</c>).</summary>
    public const int LatestYear = 2099;

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
        if (yearDigits == 5 && (position == text.Length || text[position] == '.'))
        {
            // 45292 (or 45292.43 with a time): what a spreadsheet shows of a date cell formatted as a number.
            reason = "a spreadsheet's day number, not a date (format the column as a date, e.g. yyyy/mm/dd, before saving the CSV)";
            return false;
        }
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
        if (position < text.Length && TimePartError(text[position..]) is { } timeError)
        {
            reason = timeError;
            return false;
        }
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            reason = "no such calendar date";
            return false;
        }
        if (year is < EarliestYear or > LatestYear)
        {
            reason = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the year {year:0000} is outside {EarliestYear}–{LatestYear} (a typo?)");
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

    /// <summary>
    /// Checks the time of day after the date: a separator, then <c>10:22</c>, <c>10:22:33</c>, <c>10:22:33.123</c> or
    /// <c>10時22分33秒</c>, then an optional zone (<c>Z</c>, <c>+0900</c>, <c>+09:00</c>, <c>JST</c>). Null when it is
    /// one, else the reason: <c>25:00</c> is not a time, so a date written with it is not trusted either.
    /// </summary>
    private static string? TimePartError(ReadOnlySpan<char> rest)
    {
        const string NotATime = "not a date with a time of day (expected e.g. 2024/01/05 10:22 or 2024-01-05T10:22:33+09:00)";
        const string NoSuchTime = "no such time of day (hours 0–23, minutes and seconds 0–59)";
        if (!IsTimeSeparator(rest[0]))
            return NotATime;
        var position = 1;
        while (position < rest.Length && rest[position] is ' ' or '\u3000')
            position++;
        if (!TryReadNumber(rest, ref position, out var hour, out var hourDigits) || hourDigits > 2)
            return NotATime;
        int minute = 0, second = 0;
        if (position < rest.Length && rest[position] == ':')
        {
            position++;
            if (!TryReadNumber(rest, ref position, out minute, out var digits) || digits > 2)
                return NotATime;
            if (position < rest.Length && rest[position] == ':')
            {
                position++;
                if (!TryReadNumber(rest, ref position, out second, out digits) || digits > 2)
                    return NotATime;
                if (position < rest.Length && rest[position] == '.')
                {
                    position++;
                    if (!TryReadNumber(rest, ref position, out _, out _))
                        return NotATime;
                }
            }
        }
        else if (position < rest.Length && rest[position] == '時')
        {
            position++;
            if (TryReadNumber(rest, ref position, out minute, out var digits))
            {
                if (digits > 2 || position >= rest.Length || rest[position++] != '分')
                    return NotATime;
                if (TryReadNumber(rest, ref position, out second, out digits) && (digits > 2 || position >= rest.Length || rest[position++] != '秒'))
                    return NotATime;
            }
        }
        else
        {
            return NotATime;
        }
        if (hour > 23 || minute > 59 || second > 59)
            return NoSuchTime;
        while (position < rest.Length && rest[position] is ' ' or '\u3000')
            position++;
        return position == rest.Length ? null : ZoneError(rest[position..]);
    }

    /// <summary>A time zone after the time: <c>Z</c>, an offset <c>±hh[:]mm</c> within ±14:00, or letters (<c>JST</c>, <c>UTC</c>) with an optional offset.</summary>
    private static string? ZoneError(ReadOnlySpan<char> zone)
    {
        const string NotAZone = "not a time zone after the time (expected e.g. +09:00, +0900, Z or JST)";
        if (zone is "Z")
            return null;
        var letters = 0;
        while (letters < zone.Length && char.IsAsciiLetterUpper(zone[letters]))
            letters++;
        if (letters > 5)
            return NotAZone;
        zone = zone[letters..];
        if (zone.IsEmpty)
            return letters > 0 ? null : NotAZone;
        if (zone[0] is not ('+' or '-') || zone.Length < 3)
            return NotAZone;
        if (Digit(zone[1]) < 0 || Digit(zone[2]) < 0)
            return NotAZone;
        var hours = Digit(zone[1]) * 10 + Digit(zone[2]);
        var position = 3;
        var minutes = 0;
        if (position < zone.Length)
        {
            if (zone[position] == ':')
                position++;
            if (zone.Length - position != 2 || Digit(zone[position]) < 0 || Digit(zone[position + 1]) < 0)
                return NotAZone;
            minutes = Digit(zone[position]) * 10 + Digit(zone[position + 1]);
        }
        return hours > 14 || minutes > 59 ? "no such time-zone offset (±14:00 at most, minutes 0–59)" : null;
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
