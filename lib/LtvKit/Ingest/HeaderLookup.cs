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
        return index >= 0 ? index : throw NoColumn(path, headers, what, names, "");
    }

    /// <summary>The error of a missing column: the headers found, the names accepted, then <paramref name="fix"/>.</summary>
    /// <remarks>A header of one field holding a semicolon or a pipe is a file of another separator, and says so.</remarks>
    public static InputException NoColumn(string path, IReadOnlyList<string> headers, string what, IEnumerable<string> names, string fix)
    {
        var separator = headers.Count == 1 ? headers[0].FirstOrDefault(c => c is ';' or '|') : default;
        var otherSeparator = separator == default ? ""
            : $" The header is one field: its columns seem to be separated by '{separator}', and the kit reads commas or tabs; re-save the file as CSV.";
        return new InputException(
            $"{path}:1: no {what} column. Headers found: {string.Join(", ", headers)}. Accepted names: {string.Join(", ", names)}.{fix}{otherSeparator}");
    }
}
