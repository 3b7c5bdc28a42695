using System.Text.RegularExpressions;

namespace LtvKit.Tests;

/// <summary>The library's folders keep the flow of the data (DESIGN.md): Ingest → Customers → Metrics/Segments/Clv → Charts → Report.</summary>
/// <remarks>
/// Read from the sources, as a reviewer would: each file's <c>using LtvKit.X</c> lines and its qualified <c>LtvKit.X.</c>
/// names say which rooms it reaches into. A file may reach only into rooms before its own in <see cref="Flow"/>, and into
/// the rooms every room may use (<see cref="Shared"/>). The fast path's plumbing — threads, unsafe code, vector
/// instructions, the ranges of the two-core loops — lives in <c>Internals/</c> only.
/// </remarks>
public sealed partial class LibraryLayoutTests
{
    /// <summary>The domain rooms in the order the data flows; a room may use the rooms of a lower rank.</summary>
    private static readonly Dictionary<string, int> Flow = new()
    {
        ["Ingest"] = 0,
        ["Sample"] = 1,      // writes the files Ingest reads
        ["Customers"] = 1,
        ["Segments"] = 2,
        ["Metrics"] = 3,     // Kpis carries the segmentation and its migration
        ["Clv"] = 3,         // CLV by customer group
        ["Charts"] = 4,
        ["Exports"] = 5,
        ["Report"] = 5,
    };

    /// <summary>Rooms below the domain: the fast ingest path and the collections it runs on, atomic files, text escaping.</summary>
    private static readonly string[] Shared = ["Internals", "Io", "Text"];

    /// <summary>What only <c>Internals/</c> may write: threads and tasks, unsafe code, vector instructions, raw memory, the two halves.</summary>
    private static readonly string[] Plumbing =
        ["new Thread(", "Task.Run(", "Task.Factory", "Parallel.", "ThreadPool.", "BlockingCollection", "unsafe ", "System.Runtime.Intrinsics",
         "MemoryMarshal", "Unsafe.", "NativeMemory", "TwoCores.Split"];

    private static string Library => Path.Combine(TestShop.RepoRoot(), "lib", "LtvKit");

    private static IEnumerable<(string Room, string File, string Code)> Sources() =>
        Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Room: RoomOf(f), File: Path.GetRelativePath(Library, f), Code: WithoutCommentsAndStrings(File.ReadAllText(f))));

    private static string RoomOf(string file)
    {
        var relative = Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar);
        return relative.Length == 1 ? "" : relative[0];
    }

    /// <summary>The code without comments and string contents: a CSP header's <c>'unsafe-inline'</c> is not unsafe code.</summary>
    private static string WithoutCommentsAndStrings(string code) => Literals().Replace(code, m => m.Value.StartsWith('/') ? "" : "\"\"");

    [GeneratedRegex(@"//[^\n]*|/\*[\s\S]*?\*/|\$*""""""[\s\S]*?""""""|\$?@\$?""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'")]
    private static partial Regex Literals();

    [GeneratedRegex(@"\bLtvKit\.([A-Z][A-Za-z]*)")]
    private static partial Regex RoomReference();

    [Fact]
    public void Rooms_EveryFolderOfTheLibraryHasAPlaceInTheFlow()
    {
        var rooms = Sources().Select(s => s.Room).Where(r => r.Length > 0).Distinct();
        Assert.All(rooms, r => Assert.True(Flow.ContainsKey(r) || Shared.Contains(r), $"lib/LtvKit/{r}/ is neither in the flow nor a shared room"));
    }

    [Fact]
    public void Flow_NoRoomReachesDownstream()
    {
        var upstream = new List<string>();
        foreach (var (room, file, code) in Sources())
        {
            if (!Flow.TryGetValue(room, out var rank))
                continue;
            foreach (var used in RoomReference().Matches(code).Select(m => m.Groups[1].Value).Distinct())
            {
                if (used != room && Flow.TryGetValue(used, out var usedRank) && usedRank >= rank)
                    upstream.Add($"{file} uses {used}");
            }
        }
        Assert.Empty(upstream);
    }

    [Fact]
    public void Internals_UseNoRoomAfterCustomers()
    {
        var reaching = Sources().Where(s => s.Room == "Internals")
            .SelectMany(s => RoomReference().Matches(s.Code).Select(m => (s.File, Used: m.Groups[1].Value)))
            .Where(u => Flow.TryGetValue(u.Used, out var rank) && rank > Flow["Customers"])
            .Select(u => $"{u.File} uses {u.Used}");
        Assert.Empty(reaching.Distinct());
    }

    [Fact]
    public void Plumbing_OnlyInInternals()
    {
        var found = Sources().Where(s => s.Room != "Internals")
            .SelectMany(s => Plumbing.Where(p => s.Code.Contains(p, StringComparison.Ordinal)).Select(p => $"{s.File}: {p.Trim()}"));
        Assert.Empty(found);
    }

    [Fact]
    public void Plumbing_TheCheckSeesIt()
    {
        // The check itself must be able to fail: the fast path's own files are full of it.
        var internals = Sources().Where(s => s.Room == "Internals").ToList();
        Assert.Contains(internals, s => s.Code.Contains("unsafe ", StringComparison.Ordinal));
        Assert.Contains(internals, s => s.Code.Contains("new Thread(", StringComparison.Ordinal));
        Assert.Contains(internals, s => s.Code.Contains("System.Runtime.Intrinsics", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe", WithoutCommentsAndStrings("var csp = \"script-src 'unsafe-inline'\"; // unsafe"), StringComparison.Ordinal);
    }
}
