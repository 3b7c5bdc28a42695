using System.Text.RegularExpressions;

namespace LtvKit.Tests;

/// <summary>
/// tests/LtvKit.Tests mirrors lib/LtvKit: every library file <c>Folder/File.cs</c> (or a part <c>File.Part.cs</c>) that
/// declares a public or internal method has <c>Folder/FileTests.cs</c>, unless <see cref="Skipped"/> says why not.
/// README.md ("What mirrors what") explains the rule.
/// </summary>
public partial class MirrorTests
{
    /// <summary>Library files without a mirror, each with the reason. Keep it short: a file leaves the list when it gets its tests.</summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
    };

    /// <summary>A method declaration: public or internal, a name, an opening parenthesis — not a type's primary constructor.</summary>
    [GeneratedRegex(@"^\s*(public|internal)\s(?![^=;(]*\b(class|record|struct|interface|enum|delegate)\b)[^=;(]*\b\w+\s*(<[^>()]*>)?\(", RegexOptions.Multiline)]
    private static partial Regex MethodDeclaration();

    private static string Root(params string[] parts) => Path.Combine([TestShop.RepoRoot(), .. parts]);

    /// <summary>Library files (relative, with '/') and the test file that mirrors each.</summary>
    private static IEnumerable<(string Source, string Mirror)> SourcesWithMethods()
    {
        var lib = Root("lib", "LtvKit");
        foreach (var path in Directory.EnumerateFiles(lib, "*.cs", SearchOption.AllDirectories))
        {
            var source = Path.GetRelativePath(lib, path).Replace('\\', '/');
            if (source.StartsWith("obj/", StringComparison.Ordinal) || source.StartsWith("bin/", StringComparison.Ordinal))
                continue;
            if (!MethodDeclaration().IsMatch(File.ReadAllText(path)))
                continue;
            var folder = Path.GetDirectoryName(source)!.Replace('\\', '/');
            var name = Path.GetFileName(source).Split('.')[0];
            yield return (source, (folder.Length == 0 ? "" : folder + "/") + name + "Tests.cs");
        }
    }

    [Fact]
    public void EveryLibraryFileWithMethods_HasItsMirrorOrASkipReason()
    {
        var missing = SourcesWithMethods()
            .Where(f => !File.Exists(Root("tests", "LtvKit.Tests", f.Mirror)) && !Skipped.ContainsKey(f.Source))
            .Select(f => $"{f.Source} → tests/LtvKit.Tests/{f.Mirror}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} library files have no mirror and no skip reason:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void SkipList_NamesOnlyExistingFilesWithoutAMirror()
    {
        var sources = SourcesWithMethods().ToDictionary(f => f.Source, f => f.Mirror, StringComparer.Ordinal);
        var stale = Skipped.Keys
            .Where(s => !sources.TryGetValue(s, out var mirror) || File.Exists(Root("tests", "LtvKit.Tests", mirror)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(stale.Count == 0, "skip-list entries that are gone, have no methods or now have a mirror (remove them):\n" + string.Join('\n', stale));
    }
}
