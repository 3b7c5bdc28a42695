namespace LtvKit.Customers;

/// <summary>Interns the few distinct product and channel names so that per-order state holds an int, not a string.</summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string> _names = [""];

    public IReadOnlyList<string> Names => _names;

    public int Intern(string name)
    {
        if (!_index.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _index.Add(name, id);
            _names.Add(name);
        }
        return id;
    }
}
