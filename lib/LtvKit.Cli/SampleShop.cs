namespace LtvKit.Cli;

/// <summary>Finds the bundled sample shop (<c>data-samples/</c>) from the current folder or the program's own.</summary>
internal static class SampleShop
{
    public static string Folder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data-samples");
                if (File.Exists(Path.Combine(candidate, "orders.csv")))
                    return candidate;
            }
        }
        throw new Ingest.InputException("no --orders given and the bundled sample shop (data-samples/orders.csv) was not found above the current folder.");
    }
}
