using System.Globalization;
using LtvKit.Customers;
using LtvKit.Internals;

namespace LtvKit.Segments;

/// <summary>One cell of the cross-tab: a group × 既存/離脱, with its customers and their revenue.</summary>
public sealed record SegmentCell(string Segment, CustomerStatus Status, int Customers, decimal Revenue)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Segment} {Status}: {Customers:N0} customers, ¥{Revenue:N0}");
}

/// <summary>Every customer's group and status, and the cross-tab of groups × 既存/離脱 (all cells, zeros included).</summary>
public sealed class Segmentation
{
    private readonly int[] _group;
    private readonly CustomerStatus[] _status;

    private Segmentation(CustomerTable customers, SegmentRules rules, SegmentThresholds thresholds, int[] group, CustomerStatus[] status, IReadOnlyList<SegmentCell> cells)
    {
        Customers = customers;
        Rules = rules;
        Thresholds = thresholds;
        _group = group;
        _status = status;
        Cells = cells;
    }

    public CustomerTable Customers { get; }

    public SegmentRules Rules { get; }

    public SegmentThresholds Thresholds { get; }

    /// <summary>Groups in rule order, each with Active then Churned.</summary>
    public IReadOnlyList<SegmentCell> Cells { get; }

    /// <summary>The group name of the i-th customer of the table.</summary>
    public string SegmentOf(int customer) => Rules.Rules[_group[customer]].Name;

    public CustomerStatus StatusOf(int customer) => _status[customer];

    /// <summary>The position in <see cref="Cells"/> of the i-th customer's group × status.</summary>
    internal int CellOf(int customer) => _group[customer] * 2 + (int)_status[customer];

    /// <summary>The position in <see cref="Cells"/> of the group × status of a row of another table of the same shop (an earlier as-of date), by these rules and thresholds.</summary>
    internal int CellOf(in CustomerRow row, OrderHistory history)
    {
        var (group, status) = Place(Rules, Thresholds, row, history);
        return group * 2 + (int)status;
    }

    /// <summary>A customer's group (its rule's position) and status; a customer no rule takes is an error naming it.</summary>
    private static (int Group, CustomerStatus Status) Place(SegmentRules rules, SegmentThresholds thresholds, in CustomerRow row, OrderHistory history)
    {
        var group = rules.Find(row);
        if (group < 0)
            throw SegmentRules.NoGroup(history.CustomerIds[row.Index]);
        return (group, thresholds.StatusOf(row.RecencyDays));
    }

    /// <summary>The group name of a customer of the table.</summary>
    public string SegmentOf(Customer customer) => SegmentOf(PositionOf(customer));

    public CustomerStatus StatusOf(Customer customer) => StatusOf(PositionOf(customer));

    /// <summary>The customers of one cell of the cross-tab, in table order.</summary>
    public IEnumerable<Customer> Members(string segment, CustomerStatus status)
    {
        for (var i = 0; i < Customers.Count; i++)
        {
            if (_status[i] == status && SegmentOf(i) == segment)
                yield return Customers[i];
        }
    }

    private int PositionOf(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (_positions is null)
        {
            _positions = new Dictionary<Customer, int>(ReferenceEqualityComparer.Instance);
            for (var p = 0; p < Customers.Count; p++)
                _positions[Customers[p]] = p;
        }
        return _positions.TryGetValue(customer, out var i) ? i : throw new ArgumentException($"customer {customer.Id} is not in this table", nameof(customer));
    }

    private Dictionary<Customer, int>? _positions;

    public static Segmentation Classify(CustomerTable customers, SegmentThresholds? thresholds = null, SegmentRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        thresholds = (thresholds ?? SegmentThresholds.Default).Validated();
        rules ??= SegmentRules.FromThresholds(thresholds);
        var group = BigArray.Uninitialized<int>(customers.Count);
        var status = BigArray.Uninitialized<CustomerStatus>(customers.Count);
        var (count, revenue) = TwoCores.Aggregate(customers.Count,
            seed: () => (Count: new int[rules.Rules.Count, 2], Revenue: new decimal[rules.Rules.Count, 2]),
            add: (i, acc) =>
            {
                var customer = customers.Rows[i];
                (group[i], status[i]) = Place(rules, thresholds, customer, customers.History);
                acc.Count[group[i], (int)status[i]]++;
                acc.Revenue[group[i], (int)status[i]] += customer.Revenue;
            },
            merge: (first, later) =>
            {
                for (var g = 0; g < rules.Rules.Count; g++)
                {
                    for (var s = 0; s < 2; s++)
                    {
                        first.Count[g, s] += later.Count[g, s];
                        first.Revenue[g, s] += later.Revenue[g, s];
                    }
                }
                return first;
            });
        var cells = new List<SegmentCell>();
        for (var g = 0; g < rules.Rules.Count; g++)
        {
            foreach (var s in (CustomerStatus[])[CustomerStatus.Active, CustomerStatus.Churned])
                cells.Add(new SegmentCell(rules.Rules[g].Name, s, count[g, (int)s], revenue[g, (int)s]));
        }
        return new Segmentation(customers, rules, thresholds, group, status, cells);
    }
}
