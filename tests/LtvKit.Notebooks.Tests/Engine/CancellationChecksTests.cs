using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Tests.Engine;

public class CancellationChecksTests
{
    private const string Check = CancellationChecks.Call;

    [Theory]
    [InlineData("while (true) { x++; }", "while (true) {" + Check + " x++; }")]
    [InlineData("while (true) x++;", "while (true) {" + Check + "x++;}")]
    [InlineData("for (;;) ;", "for (;;) {" + Check + ";}")]
    [InlineData("foreach (var i in xs) for (;;) f(i);", "foreach (var i in xs) {" + Check + "for (;;) {" + Check + "f(i);}}")]
    [InlineData("do x++; while (x < 3);", "do {" + Check + "x++;} while (x < 3);")]
    [InlineData("int F(int n) { return n; }", "int F(int n) {" + Check + " return n; }")]
    [InlineData("xs.ForEach(x => { Use(x); });", "xs.ForEach(x => {" + Check + " Use(x); });")]
    [InlineData("class C { int P { get { return 1; } } }", "class C { int P { get {" + Check + " return 1; } } }")]
    public void Insert_PutsACheckAtTheStartOfEveryLoopAndFunctionBody(string code, string expected) =>
        Assert.Equal(expected, CancellationChecks.Insert(code));

    [Theory]
    [InlineData("var x = 1;\nx + 1")]
    [InlineData("int F(int n) => n * 2;")]
    [InlineData("xs.Select(x => x + 1)")]
    public void Insert_CodeWithoutLoopsOrBlockBodies_IsReturnedAsIs(string code) =>
        Assert.Same(code, CancellationChecks.Insert(code));

    [Fact]
    public void Insert_KeepsEveryLineWhereItWas()
    {
        var code = "var n = 0;\nwhile (n < 3)\n    n++;\n// a comment\nfor (var i = 0; i < 2; i++)\n{\n    n += i;\n}\nn";
        var lines = CancellationChecks.Insert(code).Split('\n');
        Assert.Equal(code.Split('\n').Length, lines.Length);
        Assert.Equal("    {" + Check + "n++;}", lines[2]);
        Assert.Equal("{" + Check, lines[5]);
        Assert.Equal("// a comment", lines[3]);
    }
}
