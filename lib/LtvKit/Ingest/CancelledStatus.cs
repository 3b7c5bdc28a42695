namespace LtvKit.Ingest;

/// <summary>Whether a status cell marks the row as cancelled.</summary>
/// <remarks>
/// A status containing キャンセル or 取消 (also 取り消し), or the words cancelled / canceled in any case,
/// is cancelled, compared after NFKC (half-width ｷｬﾝｾﾙ from older systems is キャンセル). For Shopify's
/// <c>Cancelled at</c> column, any non-empty value is cancelled.
/// Returns (返品) are not cancellations: they are orders with a negative amount.
/// </remarks>
public static class CancelledStatus
{
    public static bool IsCancelled(ReadOnlySpan<char> status, bool anyValueCancels)
    {
        status = status.Trim();
        if (status.IsEmpty)
            return false;
        if (anyValueCancels)
            return true;
        if (!System.Text.Ascii.IsValid(status))
            status = status.ToString().Normalize(System.Text.NormalizationForm.FormKC);
        return status.Contains("キャンセル", StringComparison.Ordinal)
            || status.Contains("取消", StringComparison.Ordinal)
            || status.Contains("取り消し", StringComparison.Ordinal)
            || status.Contains("cancelled", StringComparison.OrdinalIgnoreCase)
            || status.Contains("canceled", StringComparison.OrdinalIgnoreCase);
    }
}
