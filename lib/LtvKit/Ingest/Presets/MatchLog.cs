using System.Globalization;

namespace LtvKit.Ingest.Presets;

/// <summary>What 名寄せ did, collected as the rows are read: each person's orders, for the <see cref="MatchReport"/>.</summary>
/// <remarks>Orders are counted as read (cancelled ones included); rows of one order are consecutive.</remarks>
public sealed class MatchLog(IdentifyRule rule)
{
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private byte[]? _lastOrder;

    public IdentifyRule Rule => rule;

    internal void Add(string id, string name, string contact, ReadOnlySpan<byte> orderId, bool? guest)
    {
        if (!orderId.IsEmpty && _lastOrder is not null && orderId.SequenceEqual(_lastOrder))
            return;
        _lastOrder = orderId.IsEmpty ? null : orderId.ToArray();
        if (!_people.TryGetValue(id, out var person))
            _people.Add(id, person = new Person(name, contact));
        person.Orders++;
        if (guest == true)
            person.GuestOrders++;
        else if (guest == false)
            person.MemberOrders++;
    }

    public MatchReport Report()
    {
        var pairs = new List<NameOnlyPair>();
        foreach (var group in _people.GroupBy(p => p.Value.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var people = group.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                    pairs.Add(new NameOnlyPair(group.Key, people[i].Key, people[i].Value.Contact, people[i].Value.Orders, people[j].Key, people[j].Value.Contact, people[j].Value.Orders));
            }
        }
        var orders = _people.Values.Sum(p => p.Orders);
        var repeat = _people.Values.Where(p => p.Orders > 1).ToList();
        return new MatchReport(rule, orders, _people.Count, repeat.Sum(p => p.Orders - 1), repeat.Count,
            _people.Values.Sum(p => p.GuestOrders), _people.Values.Where(p => p.MemberOrders > 0).Sum(p => p.GuestOrders), pairs);
    }

    private sealed class Person(string name, string contact)
    {
        public string Name { get; } = name;
        public string Contact { get; } = contact;
        public long Orders { get; set; }
        public long GuestOrders { get; set; }
        public long MemberOrders { get; set; }
    }
}

/// <summary>The outcome of 名寄せ: how many orders the rule joined, and the near misses it left apart.</summary>
/// <remarks>
/// Personal data: <see cref="NameOnly"/> holds names, phones and addresses. The report is a CSV for the analyst
/// (<see cref="Write"/>), never shown in the HTML report.
/// </remarks>
/// <param name="Orders">Orders read (cancelled included).</param>
/// <param name="Customers">Distinct people (ids).</param>
/// <param name="JoinedOrders">Orders that joined an earlier order of the same person: <c>Orders − Customers</c>.</param>
/// <param name="JoinedCustomers">People with two orders or more.</param>
/// <param name="GuestOrders">Orders with an empty customer id in the file (guest checkouts); 0 when the file has no id column.</param>
/// <param name="GuestOrdersJoined">Guest orders of a person who also has an order with a customer id.</param>
/// <param name="NameOnly">Pairs of people with the same normalised name but another phone (address): left apart.</param>
public sealed record MatchReport(IdentifyRule Rule, long Orders, int Customers, long JoinedOrders, int JoinedCustomers, long GuestOrders, long GuestOrdersJoined,
    IReadOnlyList<NameOnlyPair> NameOnly)
{
    public const string Header = "record,rule,orders,customers,name,customer_id,contact,other_customer_id,other_contact,other_orders";

    /// <summary>
    /// The CSV: a <c>read</c> line (orders, customers), a <c>joined</c> line (orders joined to an earlier order of the
    /// same person, and how many people that made), a <c>guest_joined</c> line (guest orders joined to a member), then a
    /// <c>name_only</c> line per pair left apart.
    /// </summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rule = IdentifyRules.Name(Rule);
        writer.WriteLine(Header);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read,{rule},{Orders},{Customers},,,,,,"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"joined,{rule},{JoinedOrders},{JoinedCustomers},,,,,,"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"guest_joined,{rule},{GuestOrdersJoined},,,,,,,"));
        foreach (var pair in NameOnly)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"name_only,{rule},{pair.Orders},,{CsvText.Cell(pair.Name)},{pair.Id},{CsvText.Cell(pair.Contact)},{pair.OtherId},{CsvText.Cell(pair.OtherContact)},{pair.OtherOrders}"));
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"名寄せ {IdentifyRules.Name(Rule)}: {Orders:N0} orders → {Customers:N0} customers ({JoinedOrders:N0} orders joined an earlier order of the same person{(GuestOrders > 0 ? $"; {GuestOrdersJoined:N0} of {GuestOrders:N0} guest orders joined a member" : "")}); same-name pairs left apart: {NameOnly.Count:N0}");
}

/// <summary>Two people with one normalised name and different contacts (phone or address), kept as two customers.</summary>
public sealed record NameOnlyPair(string Name, string Id, string Contact, long Orders, string OtherId, string OtherContact, long OtherOrders);
