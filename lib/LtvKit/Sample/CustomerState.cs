namespace LtvKit.Sample;

/// <summary>What the simulation remembers about one customer between two of their events (about 32 bytes).</summary>
internal struct CustomerState
{
    /// <summary>The customer's own random stream, parked.</summary>
    public ulong Random;

    /// <summary>λ: purchases per day while alive.</summary>
    public float PurchasesPerDay;

    /// <summary>1 − p: the chance of staying after each purchase.</summary>
    public float StayChance;

    /// <summary>The customer's mean order amount, tax included, in yen.</summary>
    public float MeanSpend;

    /// <summary>Orders placed so far that were not cancelled.</summary>
    public int Purchases;

    public byte FirstChannel;
    public byte FirstProduct;
    public byte Favourite;
    public CustomerKind Kind;
}

/// <summary>Which purchase story a customer follows (see <see cref="ShopModel"/>).</summary>
internal enum CustomerKind : byte
{
    /// <summary>The BG/NBD story with the shop's Gamma and Beta spreads.</summary>
    Regular = 0,

    /// <summary>定期便: a 30-day cycle and a small dropout.</summary>
    Subscriber = 1,

    /// <summary>Buys often and a lot for a few months (流行客 in the making).</summary>
    Enthusiast = 2,
}
