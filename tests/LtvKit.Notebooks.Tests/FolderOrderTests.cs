using System.Text.RegularExpressions;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests;

/// <summary>The folders of lib/LtvKit.Notebooks depend one way: each uses only folders below it (README, "Folders").</summary>
public sealed partial class FolderOrderTests
{
    /// <summary>
    /// The folders from the bottom up; a folder may use only the folders before it. Ipynb is the file
    /// format and Packages the NuGet restore: they use nothing of the kit. Formatting (value → MIME
    /// bundle) uses the file format's kernel name at most; Engine runs cells and formats their
    /// values; Running and Export put the engine's outputs into notebooks and pages; Kernel is the
    /// Jupyter transport around the engine.
    /// </summary>
    private static readonly string[] Order = ["Ipynb", "Packages", "Formatting", "Engine", "Running", "Export", "Kernel"];

    private const string Root = "LtvKit.Notebooks";

    [Fact]
    public void Folders_UseOnlyTheFoldersBelowThem()
    {
        var library = Path.Combine(CliProcess.RepoRoot(), "lib", Root);
        var files = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(library, f)));
        Assert.NotEmpty(files);

        var problems = Violations(files);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Violations_FolderAboveOrUnlisted_AreNamedByFileAndLine()
    {
        // Engine is 4th in the order, Kernel 7th, Formatting 3rd: Engine may use Formatting, not Kernel.
        var files = new Dictionary<string, string>
        {
            ["Kernel/KernelSpec.cs"] = "namespace LtvKit.Notebooks.Kernel;\npublic sealed record KernelSpec;",
            ["Engine/A.cs"] = "using LtvKit.Notebooks.Formatting;\nusing LtvKit.Notebooks.Kernel;\nnamespace LtvKit.Notebooks.Engine;",
            ["Engine/B.cs"] = "namespace LtvKit.Notebooks.Engine;\nclass B { string s = Kernel.KernelSpec.X; string t = global::LtvKit.Notebooks.Running.C.D; }",
            ["Engine/C.cs"] = "namespace LtvKit.Notebooks.Engine;\nclass C { int n = Packages.Count; }",
            ["Extras/D.cs"] = "namespace LtvKit.Notebooks.Extras;",
        };

        Assert.Equal([
            "Engine/A.cs, line 2: uses Kernel, which is above Engine",
            "Engine/B.cs, line 2: uses Running, which is above Engine",
            "Engine/B.cs, line 2: uses Kernel, which is above Engine",
            "Extras/D.cs: the folder Extras is not in the order; put it in FolderOrderTests.Order and the README",
        ], Violations(files));
    }

    /// <summary>
    /// Every use of a folder above the file's own: a <c>using</c> line, a fully qualified name
    /// (<c>LtvKit.Notebooks.Kernel.</c>), or a name qualified from the parent namespace
    /// (<c>Kernel.KernelSpec</c>, which C# resolves without a using) of a type that folder declares.
    /// </summary>
    private static List<string> Violations(IReadOnlyDictionary<string, string> files)
    {
        var types = files
            .Where(f => f.Key.Contains('/', StringComparison.Ordinal))
            .SelectMany(f => TypeDeclaration().Matches(f.Value).Select(m => (Folder: FolderOf(f.Key), Type: m.Groups["name"].Value)))
            .ToHashSet();
        var problems = new List<string>();
        foreach (var (file, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var folder = FolderOf(file);
            var rank = Array.IndexOf(Order, folder);
            if (rank < 0)
            {
                problems.Add($"{file}: the folder {folder} is not in the order; put it in FolderOrderTests.Order and the README");
                continue;
            }
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var used = QualifiedName().Matches(lines[i]).Select(m => m.Groups["folder"].Value)
                    .Concat(ParentQualifiedName().Matches(lines[i])
                        .Where(m => types.Contains((m.Groups["folder"].Value, m.Groups["type"].Value)))
                        .Select(m => m.Groups["folder"].Value));
                foreach (var other in used.Distinct().OrderBy(f => Array.IndexOf(Order, f)))
                {
                    if (Array.IndexOf(Order, other) > rank)
                        problems.Add($"{file}, line {i + 1}: uses {other}, which is above {folder}");
                }
            }
        }
        return problems;
    }

    private static string FolderOf(string file) => file.Contains('/', StringComparison.Ordinal) ? file[..file.IndexOf('/', StringComparison.Ordinal)] : "(the project's root)";

    /// <summary><c>LtvKit.Notebooks.Folder</c>, in a using line or anywhere in code.</summary>
    [GeneratedRegex(@"\bLtvKit\.Notebooks\.(?<folder>[A-Z]\w*)")]
    private static partial Regex QualifiedName();

    /// <summary><c>Folder.Type</c> not preceded by a dot: a name qualified from the parent namespace.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<folder>[A-Z]\w*)\.(?<type>[A-Z]\w*)")]
    private static partial Regex ParentQualifiedName();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
