namespace LtvKit.Notebooks.Engine;

/// <summary>A <c>#r "nuget: Id, Version"</c> line.</summary>
internal sealed record PackageDirective(int Line, string Id, string? Version);

/// <summary>A <c>#r "path/to.dll"</c> (or <c>#r "AssemblyName"</c>) line.</summary>
internal sealed record AssemblyDirective(int Line, string Path);

/// <summary>A <c>#i "nuget: source"</c> line: a package source for later restores.</summary>
internal sealed record SourceDirective(int Line, string Source);

/// <summary>A line the engine cannot follow, with what to do about it.</summary>
internal sealed record DirectiveProblem(int Line, string Message);

/// <summary>What a cell's text holds once its directives and cell magic are taken out.</summary>
/// <param name="IsMarkdown">The cell starts with <c>#!markdown</c>: <see cref="Code"/> is its markdown.</param>
/// <param name="Code">The C# (or markdown) with every directive line blanked, so line numbers still match the cell.</param>
/// <param name="Packages">The <c>#r "nuget: …"</c> lines.</param>
/// <param name="Assemblies">The <c>#r "path"</c> lines.</param>
/// <param name="Sources">The <c>#i "nuget: …"</c> lines.</param>
/// <param name="Problems">Lines that could not be followed; the cell does not run when there is one.</param>
internal sealed record ParsedCell(
    bool IsMarkdown,
    string Code,
    IReadOnlyList<PackageDirective> Packages,
    IReadOnlyList<AssemblyDirective> Assemblies,
    IReadOnlyList<SourceDirective> Sources,
    IReadOnlyList<DirectiveProblem> Problems);

/// <summary>Takes the Polyglot-style directives out of a cell's text.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>#!csharp</c> (or <c>#!c#</c>) on the first line: a C# cell, the line is dropped; <c>#!markdown</c>: a markdown cell; any other <c>#!</c> line is reported (only C# runs here).</item>
/// <item><c>#r "nuget: Id, Version"</c>, <c>#r "nuget: Id"</c> (newest version, needs the network), <c>#r "path.dll"</c>, <c>#i "nuget: source"</c> — on any line of the cell.</item>
/// </list>
/// Lines are 1-based. Each directive line becomes an empty line, so the compiler's line numbers are the cell's.
/// </remarks>
internal static class CellDirectives
{
    private const string NuGetPrefix = "nuget:";

    public static ParsedCell Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var packages = new List<PackageDirective>();
        var assemblies = new List<AssemblyDirective>();
        var sources = new List<SourceDirective>();
        var problems = new List<DirectiveProblem>();
        var isMarkdown = false;
        var firstContentLine = true;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var lineNumber = i + 1;
            if (trimmed.Length == 0)
                continue;

            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = trimmed[2..].Trim();
                var language = magic.ToUpperInvariant();
                if (firstContentLine && language is "CSHARP" or "C#" or "CS")
                    lines[i] = "";
                else if (firstContentLine && language is "MARKDOWN" or "MD")
                {
                    isMarkdown = true;
                    lines[i] = "";
                    break;
                }
                else if (firstContentLine)
                    problems.Add(new(lineNumber, $"'#!{magic}' cell: this engine runs C# cells only (and #!markdown)."));
                else
                    problems.Add(new(lineNumber, $"'#!{magic}' is a Polyglot magic command this engine does not support; remove the line."));
                firstContentLine = false;
                continue;
            }
            firstContentLine = false;

            if (TryDirective(trimmed, "#r", out var argument, out var malformed))
            {
                lines[i] = "";
                if (malformed is not null)
                    problems.Add(new(lineNumber, malformed));
                else if (argument.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    // The version may be a range with a comma of its own: "[2.14.1, 2.15)".
                    var spec = argument[NuGetPrefix.Length..].Trim();
                    var comma = spec.IndexOf(',', StringComparison.Ordinal);
                    var id = (comma < 0 ? spec : spec[..comma]).Trim();
                    var version = comma < 0 ? null : spec[(comma + 1)..].Trim();
                    if (id.Length == 0 || id.Any(char.IsWhiteSpace) || version is "")
                        problems.Add(new(lineNumber, $"#r \"{argument}\": write #r \"nuget: PackageId, Version\" (the version may be left out)."));
                    else
                        packages.Add(new(lineNumber, id, version));
                }
                else if (argument.Length == 0)
                    problems.Add(new(lineNumber, "#r \"\": name a DLL (a path relative to the notebook) or a package (\"nuget: Id, Version\")."));
                else
                    assemblies.Add(new(lineNumber, argument));
            }
            else if (TryDirective(trimmed, "#i", out argument, out malformed))
            {
                lines[i] = "";
                if (malformed is not null)
                    problems.Add(new(lineNumber, malformed));
                else if (!argument.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase) || argument[NuGetPrefix.Length..].Trim().Length == 0)
                    problems.Add(new(lineNumber, $"#i \"{argument}\": only package sources are supported: #i \"nuget: <url or folder>\"."));
                else
                    sources.Add(new(lineNumber, argument[NuGetPrefix.Length..].Trim()));
            }
        }

        var code = isMarkdown ? string.Join('\n', lines.SkipWhile(l => l.Length == 0)) : string.Join('\n', lines);
        return new ParsedCell(isMarkdown, code, packages, assemblies, sources, problems);
    }

    /// <summary>Recognises <c>#r "…"</c> / <c>#i "…"</c> (and not <c>#region</c> or <c>#if</c>).</summary>
    private static bool TryDirective(string trimmed, string keyword, out string argument, out string? malformed)
    {
        argument = "";
        malformed = null;
        if (!trimmed.StartsWith(keyword, StringComparison.Ordinal))
            return false;
        var rest = trimmed[keyword.Length..];
        if (rest.Length == 0 || !char.IsWhiteSpace(rest[0]))
            return false;
        rest = rest.Trim();
        if (!rest.StartsWith('"'))
        {
            malformed = $"{keyword} {rest}: put the argument in double quotes: {keyword} \"…\".";
            return true;
        }
        var close = rest.IndexOf('"', 1);
        if (close < 0)
        {
            malformed = $"{keyword} {rest}: the closing double quote is missing.";
            return true;
        }
        var after = rest[(close + 1)..].Trim();
        if (after.Length > 0 && !after.StartsWith("//", StringComparison.Ordinal))
        {
            malformed = $"{keyword} {rest}: nothing may follow the quoted argument but a // comment.";
            return true;
        }
        argument = rest[1..close].Trim();
        return true;
    }
}
