using LtvKit.Ingest;
using LtvKit.Notebooks.Engine;

namespace LtvKit.Cli;

/// <summary>The notebook engine as the kit's notebooks expect it: the kit referenced and its namespaces imported.</summary>
/// <remarks>Shared by <c>ltvkit notebook run</c> and the Jupyter kernel, so a notebook behaves the same in both.</remarks>
internal static class KitEngine
{
    /// <summary>The kit's namespaces, in the order of the data flow.</summary>
    public static readonly IReadOnlyList<string> Imports =
        ["LtvKit", "LtvKit.Ingest", "LtvKit.Customers", "LtvKit.Metrics", "LtvKit.Segments", "LtvKit.Clv", "LtvKit.Charts", "Microsoft.Data.Analysis"];

    public static EngineOptions Options(string workingDirectory, TimeSpan cellTimeout) => new()
    {
        DefaultReferences = [typeof(InputException).Assembly],
        DefaultImports = [.. EngineDefaults.Imports, .. Imports],
        WorkingDirectory = workingDirectory,
        CellTimeout = cellTimeout,
    };
}
