namespace LtvKit.Ingest;

/// <summary>Finds a column by any of its accepted names (compared with <see cref="HeaderName.Normalize"/>).</summary>
internal static class HeaderLookup
{
    public static int Find(IReadOnlyList<string> headers, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var wanted = HeaderName.Normalize(name);
            for (var i = 0; i < headers.Count; i++)
            {
                if (HeaderName.Normalize(headers[i]) == wanted)
                    return i;
            }
        }
        return -1;
    }

    public static int Require(string path, IReadOnlyList<string> headers, string what, IReadOnlyList<string> names)
    {
        var index = Find(headers, names);
        return index >= 0 ? index : throw new InputException(
            $"{path}:1: no {what} column. Headers found: {string.Join(", ", headers)}. Accepted names: {string.Join(", ", names)}.");
    }
}
