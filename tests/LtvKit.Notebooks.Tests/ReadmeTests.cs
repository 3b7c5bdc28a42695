using System.Text.RegularExpressions;
using LtvKit.Cli;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests;

/// <summary>The README's C# examples run, on the same engine and options the kit's notebooks use.</summary>
public partial class ReadmeTests
{
    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [Fact]
    public async Task LibraryExample_RunsAndPrintsTheKpis()
    {
        var root = CliProcess.RepoRoot();
        var readme = await File.ReadAllTextAsync(Path.Combine(root, "README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups["code"].Value).ToList();
        Assert.NotEmpty(blocks);
        using var engine = new NotebookEngine(KitEngine.Options(root, TimeSpan.FromMinutes(2)));
        foreach (var code in blocks)
        {
            var sink = new CollectingSink();
            var result = await engine.ExecuteAsync(code, sink, CancellationToken.None);
            Assert.True(result.Status == ExecutionStatus.Ok, string.Join("\n", sink.Outputs));
            var printed = string.Concat(sink.Outputs.OfType<StreamOutput>().Select(o => o.Text));
            Assert.Contains("% (", printed, StringComparison.Ordinal);
        }
    }
}
