using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LtvKit.Notebooks.Packages;
using Microsoft.CodeAnalysis;

namespace LtvKit.Notebooks.Engine;

/// <summary>Builds the error outputs: each names the cell and the line, then says what went wrong.</summary>
internal static partial class CellErrors
{
    /// <summary>At most this many compiler errors are listed; the first one is usually the cause.</summary>
    private const int MaxListedDiagnostics = 10;

    public static ErrorOutput Directive(string cellName, IReadOnlyList<DirectiveProblem> problems) => new(
        ErrorOutput.DirectiveError,
        $"{cellName}, line {problems[0].Line}: {problems[0].Message}",
        [.. problems.Select(p => $"{cellName}, line {p.Line}: {p.Message}")]);

    public static ErrorOutput Directive(string cellName, int line, string message) => Directive(cellName, [new DirectiveProblem(line, message)]);

    public static ErrorOutput Package(string cellName, int line, IEnumerable<string> ids, PackageRestoreException e)
    {
        var names = string.Join(", ", ids);
        var first = e.Lines.Count > 0 ? e.Lines[0] : e.Message;
        return new(ErrorOutput.PackageError, $"{cellName}, line {line}: could not restore {names}: {first}",
            [$"{cellName}, line {line}: could not restore {names}", .. e.Lines.Select(l => "  " + l)]);
    }

    public static ErrorOutput Compilation(string cellName, string code, IReadOnlyList<Diagnostic> errors)
    {
        var source = code.Split('\n');
        var trace = new List<string>();
        foreach (var error in errors.Take(MaxListedDiagnostics))
        {
            var message = error.GetMessage(CultureInfo.InvariantCulture);
            if (!error.Location.IsInSource)
            {
                trace.Add($"{cellName}: error {error.Id}: {message}");
                continue;
            }
            var position = error.Location.GetLineSpan().StartLinePosition;
            var line = position.Line + 1;
            trace.Add($"{cellName}, line {line}, column {position.Character + 1}: error {error.Id}: {message}");
            if (position.Line < source.Length)
            {
                var gutter = $"    {line} | ";
                trace.Add(gutter + source[position.Line].TrimEnd());
                trace.Add(new string(' ', gutter.Length + position.Character) + "^");
            }
        }
        if (errors.Count > MaxListedDiagnostics)
            trace.Add($"… and {errors.Count - MaxListedDiagnostics} more errors");
        var head = errors[0];
        var where = head.Location.IsInSource ? $"{cellName}, line {head.Location.GetLineSpan().StartLinePosition.Line + 1}" : cellName;
        return new(ErrorOutput.CompilationError, $"{where}: {head.Id}: {head.GetMessage(CultureInfo.InvariantCulture)}", trace);
    }

    /// <summary>An exception from the cell's code: its type, the cell and line it came from, the cell's own stack frames.</summary>
    public static ErrorOutput Exception(Exception e, string cellName, IReadOnlySet<string> cellNames)
    {
        var where = Locate(e, cellNames) ?? cellName;
        if (!where.StartsWith(cellName, StringComparison.Ordinal))
            where = $"{cellName} (in code from {where})";
        var trace = new List<string>();
        foreach (var line in e.ToString().Split('\n'))
        {
            var text = line.TrimEnd('\r');
            // The frames below the cell are the engine's and Roslyn's: of no use to the reader.
            if (text.Contains(" Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal))
                break;
            trace.Add(ReadableFrame(text));
        }
        while (trace.Count > 1 && trace[^1].StartsWith("--- End of stack trace", StringComparison.Ordinal))
            trace.RemoveAt(trace.Count - 1);
        return new(e.GetType().Name, $"{where}: {e.Message}", trace);
    }

    public static ErrorOutput Stopped(string name, string cellName, string reason, bool threadAbandoned)
    {
        var message = threadAbandoned
            ? $"{cellName}: {reason}. The cell did not stop (it is stuck outside its own code), so it was left running in the background; the session goes on from the state before the cell."
            : $"{cellName}: {reason}.";
        return threadAbandoned
            ? new(name, message, [message, "Code that waits on something else can take the cell's 'Cancellation' token, so that an interrupt reaches it."])
            : new(name, message, [message, "What earlier cells defined is kept."]);
    }

    /// <summary>"at Submission#3.&lt;&lt;Initialize&gt;&gt;d__0.MoveNext() in cell 4:line 2" → "at cell 4, line 2".</summary>
    private static string ReadableFrame(string line)
    {
        var match = SubmissionFrame().Match(line);
        if (!match.Success)
            return line;
        var member = match.Groups["member"].Value;
        var where = $"{match.Groups["file"].Value}, line {match.Groups["line"].Value}";
        return member.StartsWith("<<Initialize>>", StringComparison.Ordinal)
            ? $"{match.Groups["indent"].Value}at {where}"
            : $"{match.Groups["indent"].Value}at {member} in {where}";
    }

    [GeneratedRegex(@"^(?<indent>\s*)at Submission#\d+\.(?<member>.+?) in (?<file>.+):line (?<line>\d+)$")]
    private static partial Regex SubmissionFrame();

    /// <summary>"cell 4, line 2": the innermost stack frame in a cell's code, if the exception passed through one.</summary>
    private static string? Locate(Exception e, IReadOnlySet<string> cellNames)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && cellNames.Contains(file) && frame.GetFileLineNumber() > 0)
                return $"{file}, line {frame.GetFileLineNumber()}";
        }
        return e.InnerException is { } inner ? Locate(inner, cellNames) : null;
    }
}
