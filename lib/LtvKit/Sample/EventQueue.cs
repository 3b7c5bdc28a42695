namespace LtvKit.Sample;

/// <summary>A binary min-heap of <see cref="ShopEvent"/>, earliest (minute, sequence) first: one day's events.</summary>
internal sealed class EventQueue
{
    private ShopEvent[] _items = new ShopEvent[1024];

    public int Count { get; private set; }

    public ref readonly ShopEvent Peek() => ref _items[0];

    public void Push(in ShopEvent item)
    {
        if (Count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!item.Before(_items[parent]))
                break;
            _items[i] = _items[parent];
            i = parent;
        }
        _items[i] = item;
    }

    public ShopEvent Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && _items[child + 1].Before(_items[child]))
                child++;
            if (!_items[child].Before(last))
                break;
            _items[i] = _items[child];
            i = child;
        }
        if (Count > 0)
            _items[i] = last;
        return top;
    }
}
