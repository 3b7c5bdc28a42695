using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LtvKit.Notebooks.Engine;

/// <summary>What the editor asks between runs: is the cell finished, what may be typed here, what is this name — answered by Roslyn.</summary>
/// <remarks>
/// Completion and inspection work on the compilation of the cell as the next submission of the
/// session: it sees every variable, function and type the earlier cells defined, and the session's
/// references and imports. Directive lines (<c>#r</c>, <c>#i</c>, <c>#!</c>) are blanked to spaces
/// first, so positions in the cell stay where they were.
/// </remarks>
internal static class CodeInsight
{
    /// <summary>C# as the scripting API parses a cell: script rules (top-level statements, a trailing expression), the newest language.</summary>
    internal static readonly CSharpParseOptions ScriptParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    /// <summary>Four spaces per open brace or parenthesis: the indent of Visual Studio's C# defaults.</summary>
    private const int IndentWidth = 4;

    /// <summary>At most this many overloads are listed by an inspection; the rest are counted.</summary>
    private const int MaxListedOverloads = 8;

    private static readonly string[] Keywords =
    [
        .. SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText),
        .. SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText),
    ];

    /// <summary>Members as a reader sees them: <c>int string.IndexOf(char value)</c>, <c>int string.Length { get; }</c>.</summary>
    private static readonly SymbolDisplayFormat MemberFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef
            | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Like <see cref="MemberFormat"/>, without the containing type: for what a cell itself defined (its class is the script's).</summary>
    private static readonly SymbolDisplayFormat CellMemberFormat = MemberFormat.RemoveMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);

    /// <summary>Types with their namespace: <c>LtvKit.Customers.CustomerTable</c>.</summary>
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.CSharpErrorMessageFormat;

    /// <summary>The XML documentation beside each referenced assembly, read once (null: there is none).</summary>
    private static readonly ConcurrentDictionary<string, XDocument?> Documentation = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is ready to run.</summary>
    public static CompletenessCheck CheckCompleteness(string code)
    {
        var masked = MaskDirectives(code);
        if (masked is null || string.IsNullOrWhiteSpace(masked))
            return new(CodeCompleteness.Complete, "");
        var root = SyntaxFactory.ParseCompilationUnit(masked, options: ScriptParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(root.SyntaxTree))
            return new(CodeCompleteness.Incomplete, new string(' ', IndentWidth * OpenDepth(root)));
        return root.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            ? new(CodeCompleteness.Invalid, "")
            : new(CodeCompleteness.Complete, "");
    }

    /// <summary>
    /// The cell's text with every directive line (<c>#r "…"</c>, <c>#i "…"</c>, <c>#!…</c>) turned into
    /// spaces of the same length, so positions stay put; null for a <c>#!markdown</c> cell.
    /// </summary>
    public static string? MaskDirectives(string code)
    {
        var text = new StringBuilder(code);
        var firstContentLine = true;
        var lineStart = 0;
        while (lineStart <= code.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < code.Length && code[lineEnd] is not ('\n' or '\r'))
                lineEnd++;
            var line = code.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.Length > 0)
            {
                if (firstContentLine && line.StartsWith("#!", StringComparison.Ordinal))
                {
                    var magic = line[2..].Trim();
                    if (magic.Equals("markdown", StringComparison.OrdinalIgnoreCase) || magic.Equals("md", StringComparison.OrdinalIgnoreCase))
                        return null;
                }
                if (line.StartsWith("#!", StringComparison.Ordinal) || IsDirective(line, "#r") || IsDirective(line, "#i"))
                {
                    for (var i = lineStart; i < lineEnd; i++)
                        text[i] = ' ';
                }
                firstContentLine = false;
            }
            lineStart = lineEnd + 1;
        }
        return text.ToString();

        static bool IsDirective(ReadOnlySpan<char> line, string keyword) =>
            line.StartsWith(keyword, StringComparison.Ordinal) && line.Length > keyword.Length && char.IsWhiteSpace(line[keyword.Length]);
    }

    /// <summary>The candidates at <paramref name="position"/> of the submission <paramref name="compilation"/> (whose one tree is the cell).</summary>
    public static CompletionList Complete(Compilation compilation, int position, CancellationToken cancellationToken = default)
    {
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText(cancellationToken);
        var start = position;
        while (start > 0 && IsIdentifierPart(text[start - 1]))
            start--;
        var prefix = text.ToString(TextSpan.FromBounds(start, position));
        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
            before--;

        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot(cancellationToken);
        IEnumerable<(string Name, string Kind)> candidates;
        if (before >= 0 && text[before] == '.')
        {
            var dot = root.FindToken(before);
            if (!dot.IsKind(SyntaxKind.DotToken))
                return CompletionList.Empty(position);
            candidates = MembersAfter(model, dot, start, prefix, cancellationToken).Select(s => (s.Name, KindOf(s)));
        }
        else
        {
            if (IsInCommentOrString(root, start))
                return CompletionList.Empty(position);
            candidates = model.LookupSymbols(start)
                .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !IsHidden(s))
                .Select(s => (s.Name, KindOf(s)))
                .Concat(Keywords.Select(k => (k, "keyword")));
        }

        var items = candidates
            .Where(c => c.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(c => c.Name, StringComparer.Ordinal)
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CompletionItem(c.Name, c.Kind))
            .ToList();
        return new CompletionList(items, start, position);
    }

    /// <summary>What the name at <paramref name="position"/> is, as plain text: its kind, type or signature, and its documentation's summary; null when there is no name there.</summary>
    public static string? Inspect(Compilation compilation, int position, CancellationToken cancellationToken = default)
    {
        var tree = compilation.SyntaxTrees.Single();
        var root = tree.GetRoot(cancellationToken);
        var token = NameTokenAt(root, position);
        if (token is not { Parent: { } node })
            return null;
        var model = compilation.GetSemanticModel(tree);

        var symbol = model.GetDeclaredSymbol(node, cancellationToken);
        IReadOnlyList<ISymbol> overloads = [];
        if (symbol is null)
        {
            var info = model.GetSymbolInfo(node, cancellationToken);
            symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            if (symbol is IMethodSymbol || info.CandidateSymbols.Length > 1)
                overloads = model.GetMemberGroup(node, cancellationToken);
        }
        if (symbol is null)
        {
            var type = model.GetTypeInfo(node, cancellationToken).Type;
            if (type is null or IErrorTypeSymbol)
                return null;
            symbol = type;
        }
        if (symbol is IErrorTypeSymbol)
            return null;

        var lines = new List<string> { Describe(symbol) };
        var others = overloads.Where(o => !SymbolEqualityComparer.Default.Equals(o.OriginalDefinition, symbol.OriginalDefinition)).ToList();
        foreach (var overload in others.Take(MaxListedOverloads))
            lines.Add(Describe(overload));
        if (others.Count > MaxListedOverloads)
            lines.Add($"(+ {others.Count - MaxListedOverloads} more overloads)");
        if (Summary(compilation, symbol) is { } summary)
        {
            lines.Add("");
            lines.Add(summary);
        }
        return string.Join('\n', lines);
    }

    /// <summary>The members that may follow the dot: of the value's type, of the type named, or of the namespace named.</summary>
    private static IEnumerable<ISymbol> MembersAfter(SemanticModel model, SyntaxToken dot, int position, string prefix, CancellationToken cancellationToken)
    {
        var receiver = dot.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            MemberBindingExpressionSyntax binding => binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression,
            _ => null,
        };
        if (receiver is null)
            return [];

        var named = model.GetSymbolInfo(receiver, cancellationToken);
        var symbol = named.Symbol ?? (named.CandidateSymbols.Length == 1 ? named.CandidateSymbols[0] : null);
        IEnumerable<ISymbol> members = symbol switch
        {
            INamespaceSymbol ns => model.LookupNamespacesAndTypes(position, ns),
            ITypeSymbol type when !IsValueNamedLikeItsType(model, receiver, cancellationToken) => model.LookupStaticMembers(position, type),
            _ => InstanceMembers(model, receiver, position, cancellationToken),
        };
        return members.Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !IsHidden(s));
    }

    private static IEnumerable<ISymbol> InstanceMembers(SemanticModel model, ExpressionSyntax receiver, int position, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(receiver, cancellationToken).Type;
        if (type is null or IErrorTypeSymbol)
            return [];
        if (receiver.Parent is ConditionalAccessExpressionSyntax && type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        return model.LookupSymbols(position, type, includeReducedExtensionMethods: true)
            .Where(s => !s.IsStatic || s is IMethodSymbol { ReducedFrom: not null });
    }

    /// <summary>"Color Color": a variable whose name is also a type's; C# lets <c>x.</c> reach both, the value's members are the ones a reader means.</summary>
    private static bool IsValueNamedLikeItsType(SemanticModel model, ExpressionSyntax receiver, CancellationToken cancellationToken) =>
        receiver is IdentifierNameSyntax && model.GetTypeInfo(receiver, cancellationToken).Type is { } type
        && model.LookupSymbols(receiver.SpanStart, name: ((IdentifierNameSyntax)receiver).Identifier.ValueText)
            .Any(s => s is ILocalSymbol or IFieldSymbol or IPropertySymbol or IParameterSymbol && SymbolEqualityComparer.Default.Equals(TypeOf(s), type));

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    /// <summary>Names the compiler makes for the script itself, and members hidden from editors.</summary>
    private static bool IsHidden(ISymbol symbol) =>
        symbol is INamedTypeSymbol { IsScriptClass: true } or INamedTypeSymbol { IsImplicitClass: true }
        || symbol.IsImplicitlyDeclared
        || symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "EditorBrowsableAttribute"
            && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is 1 /* EditorBrowsableState.Never */);

    /// <summary>True inside a string, character literal or comment: nothing is offered there.</summary>
    private static bool IsInCommentOrString(SyntaxNode root, int position)
    {
        if (position == 0)
            return false;
        var token = root.FindToken(position - 1);
        if (token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.CharacterLiteralToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            && token.Span.Start < position && (position < token.Span.End || token.ContainsDiagnostics))
            return true;
        var trivia = root.FindTrivia(position - 1);
        return trivia.Span.Start < position && trivia.Kind() switch
        {
            SyntaxKind.SingleLineCommentTrivia or SyntaxKind.SingleLineDocumentationCommentTrivia => true,
            SyntaxKind.MultiLineCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia =>
                position < trivia.Span.End || !trivia.ToString().EndsWith("*/", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>The identifier (or type keyword) the cursor is on or just after.</summary>
    private static SyntaxToken? NameTokenAt(SyntaxNode root, int position)
    {
        foreach (var at in (int[])[position, position - 1])
        {
            if (at < 0 || at >= root.FullSpan.End)
                continue;
            var token = root.FindToken(at);
            if (token.Span.Contains(at) && (token.IsKind(SyntaxKind.IdentifierToken) || SyntaxFacts.IsPredefinedType(token.Kind())))
                return token;
        }
        return null;
    }

    private static string KindOf(ISymbol symbol) => symbol switch
    {
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IEventSymbol => "event",
        IFieldSymbol { ContainingType.IsScriptClass: true } => "variable",
        IFieldSymbol => "field",
        ILocalSymbol => "local",
        IParameterSymbol or IRangeVariableSymbol => "parameter",
        INamespaceSymbol => "namespace",
        INamedTypeSymbol type => TypeKind(type),
        ITypeParameterSymbol => "type parameter",
        _ => symbol.Kind.ToString().ToLowerInvariant(),
    };

    private static string TypeKind(INamedTypeSymbol type) => type.TypeKind switch
    {
        Microsoft.CodeAnalysis.TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        Microsoft.CodeAnalysis.TypeKind.Interface => "interface",
        Microsoft.CodeAnalysis.TypeKind.Enum => "enum",
        Microsoft.CodeAnalysis.TypeKind.Delegate => "delegate",
        _ => type.IsRecord ? "record" : "class",
    };

    /// <summary>One line: "(property) int string.Length { get; }", "(variable) List&lt;int&gt; orders", "(class) LtvKit.Ingest.InputException".</summary>
    private static string Describe(ISymbol symbol)
    {
        var inCell = symbol.ContainingType is { IsScriptClass: true };
        var format = inCell ? CellMemberFormat : MemberFormat;
        return symbol switch
        {
            IFieldSymbol { ContainingType.IsScriptClass: true } field => $"(variable) {field.Type.ToDisplayString(MemberFormat)} {field.Name}",
            ILocalSymbol local => $"(local) {local.Type.ToDisplayString(MemberFormat)} {local.Name}",
            IParameterSymbol parameter => $"(parameter) {parameter.Type.ToDisplayString(MemberFormat)} {parameter.Name}",
            IRangeVariableSymbol range => $"(range variable) {range.Name}",
            IMethodSymbol { ReducedFrom: not null } method => $"(extension) {method.ToDisplayString(format)}",
            IMethodSymbol method => $"({(method.MethodKind == MethodKind.Constructor ? "constructor" : "method")}) {method.ToDisplayString(format)}",
            IPropertySymbol property => $"(property) {property.ToDisplayString(format)}",
            IFieldSymbol { IsConst: true } field => $"(constant) {field.ToDisplayString(format)}",
            IFieldSymbol field => $"(field) {field.ToDisplayString(format)}",
            IEventSymbol e => $"(event) {e.ToDisplayString(format)}",
            INamespaceSymbol ns => $"(namespace) {ns.ToDisplayString(TypeFormat)}",
            INamedTypeSymbol type => $"({TypeKind(type)}) {type.ToDisplayString(TypeFormat)}",
            ITypeSymbol type => $"(type) {type.ToDisplayString(TypeFormat)}",
            _ => symbol.ToDisplayString(format),
        };
    }

    /// <summary>The &lt;summary&gt; of the symbol's XML documentation, as plain text, when its assembly has a .xml file beside it (the kit's do).</summary>
    private static string? Summary(Compilation compilation, ISymbol symbol)
    {
        var target = symbol switch
        {
            IMethodSymbol { ReducedFrom: { } extension } => extension,
            IFieldSymbol { ContainingType.IsScriptClass: true } or ILocalSymbol or IParameterSymbol => null,
            _ => symbol.OriginalDefinition,
        };
        if (target?.ContainingAssembly is not { } assembly || target.GetDocumentationCommentId() is not { } id)
            return null;
        if (compilation.GetMetadataReference(assembly) is not PortableExecutableReference { FilePath: { } path })
            return null;
        var xml = Documentation.GetOrAdd(Path.ChangeExtension(path, ".xml"), ReadDocumentation);
        var member = xml?.Root?.Element("members")?.Elements("member").FirstOrDefault(m => (string?)m.Attribute("name") == id);
        if (member?.Element("summary") is not { } summary)
            return null;
        var text = new StringBuilder();
        foreach (var part in summary.Nodes())
        {
            text.Append(part switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" or "seealso" } see => (string?)see.Attribute("langword") ?? ShortName((string?)see.Attribute("cref")) ?? see.Value,
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
                XElement element => element.Value,
                _ => "",
            });
        }
        var collapsed = string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>"T:LtvKit.Customers.CustomerTable" → "CustomerTable"; "M:X.Y.Z(System.Int32)" → "Z".</summary>
    private static string? ShortName(string? cref)
    {
        if (cref is null)
            return null;
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
            name = name[..paren];
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }

    private static XDocument? ReadDocumentation(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }

    /// <summary>Open braces, brackets and parentheses not yet closed.</summary>
    private static int OpenDepth(CompilationUnitSyntax root)
    {
        var depth = 0;
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsMissing)
                continue;
            depth += token.Kind() switch
            {
                SyntaxKind.OpenBraceToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken => 1,
                SyntaxKind.CloseBraceToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken => -1,
                _ => 0,
            };
        }
        return Math.Max(0, depth);
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
