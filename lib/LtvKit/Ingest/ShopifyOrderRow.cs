namespace LtvKit.Ingest;

/// <summary>
/// The customer and date of the Shopify order being read, for its later line-item rows: Shopify writes an order's rows
/// one after another, and a later row may leave <c>Email</c> and <c>Created at</c> blank (METRICS.md: the order's other
/// rows are used rows).
/// </summary>
internal sealed class ShopifyOrderRow
{
    private byte[] _order = new byte[64];
    private byte[] _customer = new byte[64];
    private int _orderLength = -1;
    private int _customerLength;

    public DateOnly Date { get; private set; }

    public ReadOnlySpan<byte> Customer => _customer.AsSpan(0, _customerLength);

    /// <summary>True when <paramref name="orderId"/> is the order of the row remembered last.</summary>
    public bool Continues(ReadOnlySpan<byte> orderId) => _orderLength >= 0 && orderId.SequenceEqual(_order.AsSpan(0, _orderLength));

    /// <summary>Remembers a row that was used, as the order's values for the rows after it.</summary>
    public void Remember(ReadOnlySpan<byte> orderId, ReadOnlySpan<byte> customer, DateOnly date)
    {
        _orderLength = Copy(orderId, ref _order);
        _customerLength = Copy(customer, ref _customer);
        Date = date;
    }

    private static int Copy(ReadOnlySpan<byte> value, ref byte[] into)
    {
        if (value.Length > into.Length)
            Array.Resize(ref into, Math.Max(value.Length, into.Length * 2));
        value.CopyTo(into);
        return value.Length;
    }
}
