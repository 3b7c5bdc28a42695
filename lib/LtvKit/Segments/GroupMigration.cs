using System.Globalization;
using LtvKit.Customers;
using LtvKit.Internals;

namespace LtvKit.Segments;

/// <summary>How customers moved between the group × 既存/離脱 cells from one as-of date to a later one (CPM の推移).</summary>
/// <param name="From">The earlier as-of date.</param>
/// <param name="To">The later as-of date: the shop's.</param>
/// <param name="Cells">The cells, in the order of <see cref="Segmentation.Cells"/> (each group Active, then Churned).</param>
/// <param name="Counts">Customers in cell i on <paramref name="From"/> and cell j on <paramref name="To"/> at [i, j]; the
/// last row (index <c>Cells.Count</c>) holds the customers who were not customers yet on <paramref name="From"/> ("new").</param>
/// <remarks>
/// Both dates are classified with the same rules and thresholds, each from what was knowable that day (orders dated on or
/// before it, <see cref="OrderHistory.AsOfEarlier"/>). A customer never leaves the table as time goes on, so there is no
/// "gone" column: row i adds up to cell i's count on <paramref name="From"/>, column j to cell j's count on
/// <paramref name="To"/>, and the "new" row to the customers whose first purchase is after <paramref name="From"/>.
/// A 既存 customer who did not buy again moves to 離脱 once the silence reaches the churn threshold; one who bought moves
/// along the tenure and spend axes (初回 → よちよち → コツコツ/流行 → 優良).
/// </remarks>
public sealed record GroupMigration(DateOnly From, DateOnly To, IReadOnlyList<(string Segment, CustomerStatus Status)> Cells, long[,] Counts)
{
    /// <summary>The default span: three months before the as-of date.</summary>
    public const int DefaultMonthsBefore = 3;

    /// <summary>Row of <see cref="Counts"/> for customers not yet in the table on <see cref="From"/>.</summary>
    public int NewRow => Cells.Count;

    /// <summary>Classifies the table's customers on <paramref name="from"/> (default: three months before the as-of date)
    /// and on the as-of date with the rules of <paramref name="later"/>, and counts the moves.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is after the as-of date.</exception>
    public static GroupMigration Of(Segmentation later, DateOnly? from = null)
    {
        ArgumentNullException.ThrowIfNull(later);
        var table = later.Customers;
        var start = from ?? table.AsOf.AddMonths(-DefaultMonthsBefore);
        var cells = later.Cells.Select(c => (c.Segment, c.Status)).ToList();
        // Each customer's cell on the earlier date, one row at a time: a second customer table would be as large as the first.
        var earlier = table.History.AsOfEarlier(start);
        var before = new int[earlier.CustomerIds.Count];
        TwoCores.ForEach(before.Length, c => before[c] = CustomerTable.Summarise(earlier, c, out var row) ? later.CellOf(row, earlier) : cells.Count);
        var counts = new long[cells.Count + 1, cells.Count];
        var rows = table.Rows;
        for (var i = 0; i < rows.Length; i++)
            counts[before[rows[i].Index], later.CellOf(i)]++;
        return new GroupMigration(start, table.AsOf, cells, counts);
    }

    /// <summary>Customers in the same cell on both dates.</summary>
    public long Stayed => Sum((i, j) => i != NewRow && i == j);

    /// <summary>Customers who were in the table on <see cref="From"/> and are in another cell on <see cref="To"/>.</summary>
    public long Moved => Sum((i, j) => i != NewRow && i != j);

    /// <summary>Customers whose first purchase is after <see cref="From"/> (the "new" row).</summary>
    public long New => Sum((i, _) => i == NewRow);

    private long Sum(Func<int, int, bool> counted)
    {
        long total = 0;
        for (var i = 0; i <= Cells.Count; i++)
        {
            for (var j = 0; j < Cells.Count; j++)
            {
                if (counted(i, j))
                    total += Counts[i, j];
            }
        }
        return total;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{From:yyyy-MM-dd} → {To:yyyy-MM-dd}: {Stayed:N0} customers stayed in their cell, {Moved:N0} moved, {New:N0} new");
}
