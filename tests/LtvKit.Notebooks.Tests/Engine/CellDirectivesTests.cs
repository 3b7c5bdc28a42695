using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Tests.Engine;

public sealed class CellDirectivesTests
{
    [Fact]
    public void Parse_TakesDirectivesOut_KeepingLineNumbers()
    {
        var cell = CellDirectives.Parse("#!csharp\n#r \"nuget: Newtonsoft.Json, 13.0.3\"\n#r \"nuget:Humanizer.Core\"\n#r \"lib/Shop.dll\" // the shop's model\n#i \"nuget: ./feed\"\nvar x = 1;");

        Assert.False(cell.IsMarkdown);
        Assert.Empty(cell.Problems);
        Assert.Equal("\n\n\n\n\nvar x = 1;", cell.Code);
        Assert.Equal([new PackageDirective(2, "Newtonsoft.Json", "13.0.3"), new PackageDirective(3, "Humanizer.Core", null)], cell.Packages);
        Assert.Equal([new AssemblyDirective(4, "lib/Shop.dll")], cell.Assemblies);
        Assert.Equal([new SourceDirective(5, "./feed")], cell.Sources);
    }

    [Fact]
    public void Parse_LeavesOtherHashLinesToTheCompiler()
    {
        const string code = "#region setup\n#nullable enable\n#if DEBUG\n#endif\n#endregion";
        Assert.Equal(code, CellDirectives.Parse(code).Code);
    }

    [Theory]
    [InlineData("#!markdown\n# Title\n\ntext", "# Title\n\ntext")]
    [InlineData("\n#!md\nplain", "plain")]
    public void Parse_MarkdownMagic_MakesAMarkdownCell(string source, string markdown)
    {
        var cell = CellDirectives.Parse(source);
        Assert.True(cell.IsMarkdown);
        Assert.Equal(markdown, cell.Code);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", 1, "'#!fsharp' cell: this engine runs C# cells only (and #!markdown).")]
    [InlineData("var a = 1;\n#!time\nvar b = 2;", 2, "'#!time' is a Polyglot magic command this engine does not support; remove the line.")]
    [InlineData("#r nuget: X, 1.0", 1, "#r nuget: X, 1.0: put the argument in double quotes: #r \"…\".")]
    [InlineData("#r \"nuget: X, 1.0", 1, "#r \"nuget: X, 1.0: the closing double quote is missing.")]
    [InlineData("#r \"nuget: Two Words, 1.0\"", 1, "#r \"nuget: Two Words, 1.0\": write #r \"nuget: PackageId, Version\" (the version may be left out).")]
    [InlineData("#i \"https://example.invalid/feed\"", 1, "#i \"https://example.invalid/feed\": only package sources are supported: #i \"nuget: <url or folder>\".")]
    public void Parse_ReportsWhatItCannotFollow(string source, int line, string message)
    {
        var problem = Assert.Single(CellDirectives.Parse(source).Problems);
        Assert.Equal(new DirectiveProblem(line, message), problem);
    }
}
