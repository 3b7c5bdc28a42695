namespace LtvKit.Customers;

/// <summary>One row of the customer table as the table keeps it: a <see cref="Customer"/>'s measures, without its strings.</summary>
/// <remarks>
/// 48 bytes in one array, where a <see cref="Customer"/> record and its id take about 140 bytes in objects of their own:
/// the table of millions of customers keeps rows, and makes a record only when one is asked for.
/// </remarks>
internal readonly struct CustomerRow(int index, int purchases, int purchaseDays, decimal revenue, DateOnly firstPurchase, DateOnly lastPurchase,
    int recencyDays, int? daysToSecond) : ICustomerMeasures
{
    private const int NoSecond = -1;

    private readonly decimal _revenue = revenue;
    private readonly int _index = index;
    private readonly int _purchases = purchases;
    private readonly int _purchaseDays = purchaseDays;
    private readonly DateOnly _firstPurchase = firstPurchase;
    private readonly DateOnly _lastPurchase = lastPurchase;
    private readonly int _recencyDays = recencyDays;
    private readonly int _daysToSecond = daysToSecond ?? NoSecond;

    public int Index => _index;

    public int Purchases => _purchases;

    public int PurchaseDays => _purchaseDays;

    public decimal Revenue => _revenue;

    public DateOnly FirstPurchase => _firstPurchase;

    public DateOnly LastPurchase => _lastPurchase;

    public int TenureDays => _lastPurchase.DayNumber - _firstPurchase.DayNumber;

    public int RecencyDays => _recencyDays;

    public int? DaysToSecond => _daysToSecond == NoSecond ? null : _daysToSecond;
}
