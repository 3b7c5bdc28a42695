using LtvKit.Ingest;

namespace LtvKit.Customers;

/// <summary>A non-cancelled order on or before the as-of date: a purchase, or a return / adjustment.</summary>
/// <param name="Customer">Index of the customer in <see cref="OrderHistory.CustomerIds"/>.</param>
/// <param name="Date">The order's date: the earliest date among its lines (a cancelled line of a partly cancelled order included).</param>
/// <param name="Amount">Net amount: the sum of its non-cancelled lines (negative lines net against it).</param>
/// <param name="IsPurchase">Amount &gt; 0 (or = 0 when ¥0 orders count as purchases).</param>
/// <param name="Product">Index into <see cref="OrderHistory.Names"/> of the product of the order's largest line.</param>
/// <param name="Channel">Index into <see cref="OrderHistory.Names"/> of the order's channel.</param>
/// <param name="Sequence">Position of the order's first row in the input: breaks ties between same-day orders.</param>
/// <param name="Kind">通常, 定期 or 頒布会: 定期 or 頒布会 when any of its non-cancelled lines says so.</param>
/// <remarks>Kind sits beside IsPurchase, where the bool leaves padding: the order table holds one of these per order (40 bytes), ten million on a large file.</remarks>
public readonly record struct Order(int Customer, DateOnly Date, decimal Amount, bool IsPurchase, OrderKind Kind, int Product, int Channel, int Sequence);
