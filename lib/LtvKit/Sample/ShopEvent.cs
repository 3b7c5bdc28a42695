namespace LtvKit.Sample;

/// <summary>Something that will happen to a customer at a given minute: a purchase, a same-day extra order, a return.</summary>
/// <remarks>Events are ordered by <see cref="Minute"/>, then by <see cref="Sequence"/> (the order in
/// which they were scheduled), so the simulation's order — and the file — never depends on chance ties.</remarks>
internal readonly record struct ShopEvent(long Minute, long Sequence, int Customer, ShopEventKind Kind, byte Product, short Quantity, byte Channel)
{
    public bool Before(in ShopEvent other)
        => Minute < other.Minute || (Minute == other.Minute && Sequence < other.Sequence);
}

internal enum ShopEventKind : byte
{
    /// <summary>The customer's next purchase (the first one, after a sample request, included).</summary>
    Purchase = 0,

    /// <summary>A second, one-line order on the same day as a purchase.</summary>
    SameDayOrder = 1,

    /// <summary>A line of an earlier order comes back: a 返品 order with a negative amount.</summary>
    Return = 2,
}
