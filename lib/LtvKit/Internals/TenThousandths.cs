namespace LtvKit.Internals;

/// <summary>
/// Amounts as whole ten-thousandths of a yen in a <see cref="long"/>, with the decimal scale they came with: the order
/// states add and compare 8 bytes instead of a 16-byte <see cref="decimal"/>, and give back the very decimal that adding
/// the decimals would have made (value and scale: 1.50 + 1 is 2.50).
/// </summary>
/// <remarks>
/// An amount with more than four decimals, or beyond ±10^14 yen, does not fit, and neither does a sum that would
/// overflow: the caller keeps such an order's amounts as decimals (<see cref="TryFrom"/>, <see cref="TryAdd"/> say so).
/// </remarks>
internal static class TenThousandths
{
    public const byte MaxScale = 4;

    private const long PerYen = 10_000;

    private static readonly decimal Limit = 100_000_000_000_000m;

    private static readonly long[] Divisors = [10_000, 1_000, 100, 10, 1];

    /// <summary>The amount in ten-thousandths and its scale; false when it has more than four decimals or is too large.</summary>
    public static bool TryFrom(decimal amount, out long units, out byte scale)
    {
        scale = amount.Scale;
        if (scale > MaxScale || amount >= Limit || amount <= -Limit)
        {
            units = 0;
            return false;
        }
        units = scale == 0 ? (long)amount * PerYen : (long)(amount * PerYen);
        return true;
    }

    /// <summary>The sum, or false when it would overflow.</summary>
    public static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }

    /// <summary>
    /// The amount as a <see cref="long"/> that sorts as the amount does: its ten-thousandths times 8 plus its scale (under
    /// 8), so that <see cref="FromSortKey"/> gives back the very decimal. False when the amount does not fit.
    /// </summary>
    public static bool TrySortKey(decimal amount, out long key)
    {
        var fits = TryFrom(amount, out var units, out var scale);
        key = units * 8 + scale;
        return fits;
    }

    public static decimal FromSortKey(long key) => ToDecimal(key >> 3, (byte)(key & 7));

    /// <summary>The decimal of <paramref name="units"/> ten-thousandths at <paramref name="scale"/> (0–4), which every amount added had at most.</summary>
    public static decimal ToDecimal(long units, byte scale)
    {
        var digits = units / Divisors[scale];
        var magnitude = digits < 0 ? (ulong)-(digits + 1) + 1 : (ulong)digits;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, digits < 0, scale);
    }
}
