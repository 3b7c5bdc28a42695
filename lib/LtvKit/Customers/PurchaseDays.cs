namespace LtvKit.Customers;

/// <summary>A customer's purchase days in order, each with the day's purchases summed, read off the orders as they go.</summary>
/// <remarks>The orders are a customer's, in date order (<see cref="OrderHistory.OrdersOf"/>); returns are skipped.</remarks>
internal ref struct PurchaseDays(ReadOnlySpan<Order> orders)
{
    private readonly ReadOnlySpan<Order> _orders = orders;
    private int _next;

    public (DateOnly Day, decimal Amount) Current { get; private set; }

    public readonly PurchaseDays GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _orders.Length && !_orders[_next].IsPurchase)
            _next++;
        if (_next == _orders.Length)
            return false;
        var day = _orders[_next].Date;
        decimal amount = 0;
        for (; _next < _orders.Length && _orders[_next].Date == day; _next++)
        {
            if (_orders[_next].IsPurchase)
                amount += _orders[_next].Amount;
        }
        Current = (day, amount);
        return true;
    }
}
