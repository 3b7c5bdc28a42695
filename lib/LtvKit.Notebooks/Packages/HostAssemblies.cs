using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace LtvKit.Notebooks.Packages;

/// <summary>The assemblies the host process has or can load: the .NET framework and the host app's own dependencies.</summary>
/// <remarks>
/// A package that the host already carries (Plotly.NET, Microsoft.Data.Analysis …) must resolve to
/// the host's copy: two copies of one assembly make two <c>GenericChart</c> types, and the host's
/// formatters would not recognise the cell's chart. The host's list is the runtime's trusted
/// platform assemblies (the framework plus everything in the app's <c>.deps.json</c>).
/// </remarks>
internal static class HostAssemblies
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> PathsByName = new(ReadTrustedPlatformAssemblies);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferenceList = new(CreateFrameworkReferences);

    /// <summary>The folder of the shared framework (System.Private.CoreLib and its peers).</summary>
    public static string FrameworkDirectory { get; } = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>One metadata reference per framework assembly, shared by every session (Roslyn caches their metadata).</summary>
    public static IReadOnlyList<MetadataReference> FrameworkReferences => FrameworkReferenceList.Value;

    /// <summary>True when the host can load an assembly of this simple name without a package.</summary>
    public static bool Has(string simpleName) => PathsByName.Value.ContainsKey(simpleName) || FindLoaded(simpleName) is not null;

    /// <summary>True when the assembly is part of the shared framework (not of the host app).</summary>
    public static bool IsFramework(Assembly assembly) =>
        !assembly.IsDynamic && assembly.Location.Length > 0 &&
        string.Equals(Path.GetDirectoryName(assembly.Location), FrameworkDirectory, StringComparison.Ordinal);

    /// <summary>The host's copy of an assembly, loaded into the default context if it was not yet; null if the host has none.</summary>
    public static Assembly? TryLoad(string simpleName)
    {
        if (FindLoaded(simpleName) is { } loaded)
            return loaded;
        if (!PathsByName.Value.ContainsKey(simpleName))
            return null;
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(simpleName));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The given assemblies and every host assembly they reference, transitively, without the
    /// framework's: what a cell needs to compile against a type whose members mention others
    /// (an LtvKit result exposing a Plotly chart).
    /// </summary>
    public static IReadOnlyList<Assembly> WithDependencies(IEnumerable<Assembly> roots)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Assembly>();
        var pending = new Stack<Assembly>(roots);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (assembly.IsDynamic || assembly.Location.Length == 0 || IsFramework(assembly) || !seen.Add(assembly.GetName().Name!))
                continue;
            result.Add(assembly);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is { } name && !seen.Contains(name) && TryLoad(name) is { } dependency)
                    pending.Push(dependency);
            }
        }
        return result;
    }

    private static Assembly? FindLoaded(string simpleName)
    {
        foreach (var assembly in AssemblyLoadContext.Default.Assemblies)
        {
            if (string.Equals(assembly.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase))
                return assembly;
        }
        return null;
    }

    private static Dictionary<string, string> ReadTrustedPlatformAssemblies()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                result.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }
        return result;
    }

    private static List<MetadataReference> CreateFrameworkReferences() =>
        [.. PathsByName.Value.Values
            .Where(path => string.Equals(Path.GetDirectoryName(path), FrameworkDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))];
}
