namespace LtvKit.Ingest;

/// <summary>Reads a yen amount as Japanese spreadsheets and cart systems write it.</summary>
/// <remarks>
/// Accepted: <c>12800</c>, <c>12,800</c>, <c>¥12,800</c>, <c>￥12,800</c>, <c>12,800円</c>, full-width
/// <c>１２，８００</c>, negatives <c>-1,200</c>, <c>−1,200</c>, <c>△1,200</c> and <c>▲1,200</c>, and decimals
/// (<c>1234.5</c>). Thousands separators are dropped wherever they stand. An empty cell is not zero: it is an
/// error, because a blank amount usually means a misread column. <c>(1,200)</c> is rejected with a hint: Western
/// accounting writes a negative so, but Japanese exports do not, and in Japanese text brackets are a note.
/// </remarks>
public static class AmountText
{
    /// <summary>Digits and decimal point together: beyond this a cell is an error, and below it a decimal holds the value exactly.</summary>
    private const int MaxDigits = 20;

    public static bool TryParse(ReadOnlySpan<char> text, out decimal amount, out string reason)
    {
        amount = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            reason = "the amount is empty";
            return false;
        }
        if (text[0] is '(' or '（' && text[^1] is ')' or '）')
        {
            reason = "an amount in brackets is not a format the kit reads: write a negative (return) as -1,200 or △1,200";
            return false;
        }
        var negative = false;
        UInt128 mantissa = 0;
        var digits = 0;
        var decimals = 0;
        var seenDigit = false;
        var seenPoint = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var d = DateText.Digit(c);
            if (d >= 0)
            {
                if (digits + (seenPoint ? 1 : 0) >= MaxDigits)
                {
                    reason = "the amount has too many digits";
                    return false;
                }
                mantissa = mantissa * 10 + (uint)d;
                digits++;
                if (seenPoint)
                    decimals++;
                seenDigit = true;
            }
            else if (c is ',' or '，')
            {
                if (!seenDigit)
                    return Fail(text, out reason);
            }
            else if (c is '.' or '．')
            {
                if (seenPoint || !seenDigit)
                    return Fail(text, out reason);
                seenPoint = true;
            }
            else if (c is '-' or '−' or '－' or '△' or '▲' && !seenDigit && !negative)
            {
                negative = true;
            }
            else if (c is '¥' or '￥' or '\\' && !seenDigit)
            {
                // yen mark before the number; '\' is how Shift_JIS shows ¥ in some exports
            }
            else if (c is '円' && i == text.Length - 1 && seenDigit)
            {
                // 12,800円
            }
            else if (c is ' ' or '\u3000' && !seenDigit)
            {
                // ¥ 12,800
            }
            else
            {
                return Fail(text, out reason);
            }
        }
        if (!seenDigit || (seenPoint && decimals == 0))
            return Fail(text, out reason);
        // At most 20 digits: the mantissa fits the 96 bits of a decimal, so the value is exact, as written.
        amount = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)decimals);
        reason = "";
        return true;
    }

    /// <summary>The amount of a UTF-8 cell: plain digits, as most exports write them, read straight from the bytes; anything else as text.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> cell, ref char[] scratch, out decimal amount, out string reason)
    {
        reason = "";
        return TryPlainDigits(cell, out amount) || TryParse(Utf8Field.Decode(cell, ref scratch), out amount, out reason);
    }

    /// <summary>1 to 18 ASCII digits and nothing else (<c>12800</c>): the same value and scale (0) as the text gives.</summary>
    private static bool TryPlainDigits(ReadOnlySpan<byte> cell, out decimal amount)
    {
        amount = 0;
        if (cell.IsEmpty || cell.Length > 18)
            return false;
        long value = 0;
        foreach (var b in cell)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
                return false;
            value = value * 10 + digit;
        }
        amount = value;
        return true;
    }

    private static bool Fail(ReadOnlySpan<char> text, out string reason)
    {
        reason = "not a number" + Hint(text);
        return false;
    }

    /// <summary>Names the likely typo, in the user's words: a letter O or l where a digit belongs.</summary>
    private static string Hint(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny("OoＯｏ"))
            return " (letter O instead of zero?)";
        if (text.ContainsAny("lIｌＩ"))
            return " (letter l or I instead of one?)";
        return "";
    }
}
