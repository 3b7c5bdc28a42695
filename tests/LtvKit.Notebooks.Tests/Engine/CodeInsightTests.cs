using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Engine;

/// <summary>Completion, inspection and "is the cell finished?" on the session's Roslyn compilation.</summary>
public sealed class CodeInsightTests
{
    private static IReadOnlyList<string> Names(CompletionList list) => [.. list.Items.Select(i => i.Text)];

    [Fact]
    public void GetCompletions_AfterStringLiteralDot_OffersStringMembers()
    {
        using var engine = new NotebookEngine();
        const string code = "\"abc\".";

        var list = engine.GetCompletions(code, code.Length);

        Assert.Contains("Length", Names(list));
        Assert.Contains("Substring", Names(list));
        Assert.Contains("Select", Names(list));                    // an extension method (System.Linq is imported)
        Assert.DoesNotContain("IsNullOrEmpty", Names(list));       // static: not offered on a value
        Assert.Equal(code.Length, list.Start);
        Assert.Equal(code.Length, list.End);
        Assert.Equal("property", list.Items.Single(i => i.Text == "Length").Kind);
    }

    [Fact]
    public void GetCompletions_PartialMemberName_FiltersByPrefix_StartsAtTheWord()
    {
        using var engine = new NotebookEngine();
        const string code = "var s = \"abc\";\ns.Sub";

        var list = engine.GetCompletions(code, code.Length);

        Assert.Equal(["Substring"], Names(list));
        Assert.Equal(code.Length - 3, list.Start);
    }

    [Fact]
    public async Task GetCompletions_SeesVariablesAndFunctionsOfEarlierCells()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var customerCount = 2357;\nint Twice(int x) => 2 * x;");

        var list = engine.GetCompletions("custo", 5);
        var members = engine.GetCompletions("customerCount.", 14);
        var functions = engine.GetCompletions("Twi", 3);

        Assert.Contains(list.Items, i => i is { Text: "customerCount", Kind: "variable" });
        Assert.Contains("CompareTo", Names(members));
        Assert.Contains(functions.Items, i => i is { Text: "Twice", Kind: "method" });
    }

    [Fact]
    public void GetCompletions_LocalOfTheCellItself_AndGlobals_AndKeywords()
    {
        using var engine = new NotebookEngine();
        const string code = "var repeatRate = 0.31;\nrep";

        var list = engine.GetCompletions(code, code.Length);
        var globals = engine.GetCompletions("disp", 4);
        var keywords = engine.GetCompletions("forea", 5);

        Assert.Contains("repeatRate", Names(list));
        Assert.Contains("display", Names(globals));
        Assert.Contains(keywords.Items, i => i is { Text: "foreach", Kind: "keyword" });
    }

    [Fact]
    public void GetCompletions_TypeAndNamespace_OfferStaticMembersAndTypes()
    {
        using var engine = new NotebookEngine();

        var statics = engine.GetCompletions("Math.", 5);
        var types = engine.GetCompletions("System.Collections.", 19);

        Assert.Contains("Round", Names(statics));
        Assert.Contains("PI", Names(statics));
        Assert.Contains("Generic", Names(types));
    }

    [Fact]
    public void GetCompletions_DirectiveLinesKeepPositions()
    {
        using var engine = new NotebookEngine();
        const string code = "#r \"nuget: Some.Package, 1.0.0\"\nvar s = \"abc\";\ns.Len";

        var list = engine.GetCompletions(code, code.Length);

        Assert.Equal(["Length"], Names(list));
    }

    [Theory]
    [InlineData("// a comment about x.")]
    [InlineData("var s = \"in a string.")]
    public void GetCompletions_InCommentOrString_Nothing(string code)
    {
        using var engine = new NotebookEngine();
        Assert.Empty(engine.GetCompletions(code, code.Length).Items);
    }

    [Fact]
    public void Inspect_Property_ShowsTypeAndSignature()
    {
        using var engine = new NotebookEngine();
        const string code = "\"abc\".Length";

        var text = engine.Inspect(code, code.Length);

        Assert.Equal("(property) int string.Length { get; }", text);
    }

    [Fact]
    public async Task Inspect_VariableOfAnEarlierCell_ShowsItsType()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var orders = new List<int> { 3980 };");

        Assert.Equal("(variable) List<int> orders", engine.Inspect("orders", 2));
    }

    [Fact]
    public void Inspect_Method_ShowsTheOverloads()
    {
        using var engine = new NotebookEngine();
        const string code = "Math.Round";

        var text = engine.Inspect(code, code.Length)!;

        Assert.StartsWith("(method) ", text, StringComparison.Ordinal);
        Assert.Contains("Math.Round(double ", text, StringComparison.Ordinal);
        Assert.Contains("Math.Round(decimal ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_NoName_Null()
    {
        using var engine = new NotebookEngine();
        Assert.Null(engine.Inspect("1 + 2", 2));
    }

    [Theory]
    [InlineData("var x = 1;", CodeCompleteness.Complete, "")]
    [InlineData("x + 1", CodeCompleteness.Complete, "")]
    [InlineData("", CodeCompleteness.Complete, "")]
    [InlineData("#r \"nuget: Deedle, 3.0.0\"", CodeCompleteness.Complete, "")]
    [InlineData("foreach (var o in orders)\n{", CodeCompleteness.Incomplete, "    ")]
    [InlineData("if (a)\n{\n    if (b) {", CodeCompleteness.Incomplete, "        ")]
    [InlineData("var s = \"\"\"\nraw", CodeCompleteness.Incomplete, "")]
    [InlineData("/* a comment", CodeCompleteness.Incomplete, "")]
    [InlineData("var x = ;", CodeCompleteness.Invalid, "")]
    public void CheckCompleteness_ByTheParsersScriptRules(string code, CodeCompleteness status, string indent)
    {
        Assert.Equal(new CompletenessCheck(status, indent), NotebookEngine.CheckCompleteness(code));
    }
}
