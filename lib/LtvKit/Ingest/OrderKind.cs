namespace LtvKit.Ingest;

/// <summary>What kind of order a row is: 通常 (a one-off purchase), 定期 (a subscription delivery) or 頒布会 (a distribution club).</summary>
/// <remarks>
/// Read from the subscription column (定期区分, 受注種別, 注文種別, 購入種別 …; <c>--map subscription=HEADER</c>) by
/// <see cref="OrderKinds.Parse"/>. A file without that column has only 通常 orders. An order is 定期 or 頒布会 when
/// any of its non-cancelled lines says so.
/// </remarks>
public enum OrderKind : byte
{
    /// <summary>通常: a one-off purchase, and every order of a file without a subscription column.</summary>
    Regular,

    /// <summary>定期: a delivery of a subscription (定期購入, 定期便; Shopify's subscription tags).</summary>
    Subscription,

    /// <summary>頒布会: a series of different products delivered on a schedule.</summary>
    Hanpukai,
}

/// <summary>The rule that reads a subscription cell.</summary>
public static class OrderKinds
{
    /// <summary>The kind a subscription cell names.</summary>
    /// <remarks>
    /// Compared after NFKC (half-width ﾃｲｷ is テイキ) and without case. 頒布会 when the value contains 頒布 or
    /// <c>hanpukai</c>; else 定期 when it contains 定期, <c>subscription</c> (Shopify's "Subscription Recurring Order"
    /// tag, futureshop's SUBSCRIPTION), <c>recurring</c> or <c>teiki</c>, or is exactly 1, true or yes (a flag column);
    /// everything else — empty, 通常, 単品, REGULAR, 0, a gift tag — is 通常. The counts of each kind are in
    /// <c>metrics --format json</c> (<c>subscription.orders</c>), so a column whose values the rule does not know shows
    /// up as a shop with no 定期 orders rather than passing silently.
    /// </remarks>
    public static OrderKind Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
            return OrderKind.Regular;
        if (!System.Text.Ascii.IsValid(text))
            text = text.ToString().Normalize(System.Text.NormalizationForm.FormKC);
        if (text.Contains("頒布", StringComparison.Ordinal) || text.Contains("hanpukai", StringComparison.OrdinalIgnoreCase))
            return OrderKind.Hanpukai;
        if (text.Contains("定期", StringComparison.Ordinal) || text.Contains("subscription", StringComparison.OrdinalIgnoreCase)
            || text.Contains("recurring", StringComparison.OrdinalIgnoreCase) || text.Contains("teiki", StringComparison.OrdinalIgnoreCase)
            || text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
            return OrderKind.Subscription;
        return OrderKind.Regular;
    }

    /// <summary>定期 or 頒布会: a delivery of a recurring plan.</summary>
    public static bool IsRecurring(this OrderKind kind) => kind != OrderKind.Regular;
}
