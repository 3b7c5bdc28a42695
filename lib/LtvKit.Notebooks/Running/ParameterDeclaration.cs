using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LtvKit.Notebooks.Running;

/// <summary>One variable the <c>parameters</c> cell declares, with its type when it is one a run can set.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Type">Its type, or null when a run cannot set it (an object, a list …): it is declared, and setting it is an error that says so.</param>
/// <param name="TypeText">The type as written, or as inferred from a <c>var</c> initializer (for messages).</param>
public sealed record ParameterDeclaration(string Name, ParameterType? Type, string TypeText)
{
    /// <summary>The top-level variable declarations of a cell, in order.</summary>
    /// <remarks>
    /// The type is the declared one (<c>int days = 30;</c>), or for <c>var</c> the type of a literal
    /// initializer: a string (<c>"…"</c>, <c>@"…"</c>), <c>true</c>/<c>false</c>, a number
    /// (<c>30</c> int, <c>30L</c> long, <c>0.6</c> double, <c>70_000m</c> decimal) or
    /// <c>new DateOnly(…)</c>. Anything else is declared but cannot be set.
    /// </remarks>
    public static IReadOnlyList<ParameterDeclaration> Parse(string cellSource)
    {
        ArgumentNullException.ThrowIfNull(cellSource);
        var tree = CSharpSyntaxTree.ParseText(cellSource, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        var declarations = tree.GetCompilationUnitRoot().Members.Select(member => member switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            _ => null,
        });
        var found = new List<ParameterDeclaration>();
        foreach (var declaration in declarations.OfType<VariableDeclarationSyntax>())
        {
            foreach (var variable in declaration.Variables)
            {
                var typeText = declaration.Type.IsVar ? Inferred(variable.Initializer?.Value) : declaration.Type.ToString();
                found.Add(new ParameterDeclaration(variable.Identifier.ValueText, typeText is null ? null : ParameterType.FromName(typeText), typeText ?? "var"));
            }
        }
        return found;
    }

    private static string? Inferred(ExpressionSyntax? initializer) => initializer switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => "string",
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression) => "bool",
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) => literal.Token.Value switch
        {
            int => "int",
            long => "long",
            double => "double",
            decimal => "decimal",
            _ => null,
        },
        PrefixUnaryExpressionSyntax { OperatorToken.ValueText: "-" } negative => Inferred(negative.Operand),
        ObjectCreationExpressionSyntax creation => creation.Type.ToString(),
        _ => null,
    };
}
