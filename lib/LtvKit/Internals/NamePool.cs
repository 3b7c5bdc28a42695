namespace LtvKit.Internals;

/// <summary>Interns the few distinct product and channel names so that per-order state holds an int, not a string.</summary>
internal sealed class NamePool : IDisposable
{
    private readonly IdTable _names = new();

    public NamePool() => _names.GetOrAdd([], out _);

    /// <summary>The index of the name (UTF-8); 0 is the empty name.</summary>
    public int Intern(ReadOnlySpan<byte> name) => _names.GetOrAdd(name, out _);

    /// <summary>Every name, by index.</summary>
    public string[] Names()
    {
        var names = new string[_names.Count];
        for (var i = 0; i < names.Length; i++)
            names[i] = _names.StringOf(i);
        return names;
    }

    public void Dispose() => _names.Dispose();
}
