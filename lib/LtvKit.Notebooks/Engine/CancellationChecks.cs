using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LtvKit.Notebooks.Engine;

/// <summary>Writes a cancellation check at the start of every loop body and block-bodied method, lambda and accessor of a cell.</summary>
/// <remarks>
/// <para>
/// .NET cannot stop a thread from outside, so a cell in <c>while (true) { }</c> would run until the
/// process ends. With the check, each turn of a loop (and each call of a function the cell defines)
/// asks whether the cell was interrupted or timed out, and throws
/// <see cref="OperationCanceledException"/> if so: the cell stops, and the session keeps its state.
/// </para>
/// <para>
/// The checks are inserted into the text, never across a line break, so lines stay where they were
/// (stack traces name the cell's own lines). A body that is a single statement gets braces around
/// it on its own line. Compiler errors are reported from the cell as written: a cell that does not
/// compile is compiled once more without the checks, for its messages.
/// </para>
/// </remarks>
internal static class CancellationChecks
{
    /// <summary>The inserted call, fully qualified: a cell's own names or usings cannot shadow it.</summary>
    public const string Call = "global::LtvKit.Notebooks.Engine.CellCancellation.Check();";

    /// <summary>The cell with the checks in, or the same string when it has no loop or function body.</summary>
    public static string Insert(string code)
    {
        var root = SyntaxFactory.ParseCompilationUnit(code, options: CodeInsight.ScriptParseOptions);
        var insertions = new List<(int Position, int Order, string Text)>();
        foreach (var node in root.DescendantNodes())
        {
            var body = node switch
            {
                WhileStatementSyntax loop => loop.Statement,
                DoStatementSyntax loop => loop.Statement,
                ForStatementSyntax loop => loop.Statement,
                CommonForEachStatementSyntax loop => loop.Statement,
                BaseMethodDeclarationSyntax method => method.Body,
                LocalFunctionStatementSyntax function => function.Body,
                AccessorDeclarationSyntax accessor => accessor.Body,
                AnonymousFunctionExpressionSyntax function => function.Block,
                _ => null,
            };
            switch (body)
            {
                case BlockSyntax block when !block.OpenBraceToken.IsMissing:
                    insertions.Add((block.OpenBraceToken.Span.End, 1, Call));
                    break;
                case BlockSyntax or null:
                    break;
                case var statement:
                    insertions.Add((statement.SpanStart, 1, "{" + Call));
                    // Closing braces first where one body ends and another opens: "{ a; }{ b".
                    insertions.Add((statement.Span.End, 0, "}"));
                    break;
            }
        }
        if (insertions.Count == 0)
            return code;

        var text = new StringBuilder(code.Length + insertions.Count * Call.Length);
        var at = 0;
        foreach (var (position, _, insert) in insertions.OrderBy(i => i.Position).ThenBy(i => i.Order))
        {
            text.Append(code, at, position - at).Append(insert);
            at = position;
        }
        return text.Append(code, at, code.Length - at).ToString();
    }
}
