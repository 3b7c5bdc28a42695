using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LtvKit.Notebooks.Kernel;

/// <summary>The cells this kernel ran, for <c>history_request</c>: tail, range and search, as the messaging protocol 5.3 has them.</summary>
/// <remarks>
/// <para>
/// Only this process's session is known (nothing is written to disk), so it is session
/// <see cref="Session"/>; a request for session 0 or none means it too (the protocol's "current
/// session"), any other session has no entries. Line numbers are execution counts: only executions
/// that take a number (not <c>silent</c>, <c>store_history</c> true) are kept, as IPython keeps them.
/// </para>
/// <para>
/// An entry is <c>[session, line, input]</c>, or with <c>output: true</c>
/// <c>[session, line, [input, output]]</c>, the output being the <c>text/plain</c> of the cell's
/// result (null when it had none). A search pattern is a glob over the whole input (<c>*</c>, <c>?</c>,
/// <c>[abc]</c>), as IPython matches it; <c>unique</c> keeps the latest of equal inputs; <c>n</c>
/// keeps the last n matches.
/// </para>
/// </remarks>
internal sealed class KernelHistory
{
    /// <summary>The number of the one session this kernel knows.</summary>
    public const int Session = 1;

    private readonly List<(int Line, string Input, string? Output)> _entries = [];
    private readonly Lock _lock = new();

    public void Add(int line, string input, string? output)
    {
        lock (_lock)
            _entries.Add((line, input, output));
    }

    /// <summary>The entries a request asks for, as the reply's <c>history</c> list.</summary>
    public JsonArray Answer(JupyterMessage request)
    {
        List<(int Line, string Input, string? Output)> entries;
        lock (_lock)
            entries = [.. _entries];
        var n = request.ContentNumber("n", int.MaxValue);
        IEnumerable<(int Line, string Input, string? Output)> chosen = request.ContentText("hist_access_type", "range") switch
        {
            "tail" => Last(entries, n),
            "range" when IsThisSession(request.ContentNumber("session", 0)) => Range(entries, request.ContentNumber("start", 0), request.ContentNumber("stop", 0)),
            "search" => Search(entries, request.ContentText("pattern", "*"), request.ContentFlag("unique", false), n),
            _ => [],
        };
        var output = request.ContentFlag("output", false);
        return [.. chosen.Select(e => (JsonNode)new JsonArray(Session, e.Line, output ? new JsonArray(e.Input, e.Output) : e.Input))];
    }

    private static bool IsThisSession(int session) => session is 0 or Session;

    private static IEnumerable<T> Last<T>(List<T> entries, int n) => entries.Skip(Math.Max(0, entries.Count - Math.Max(0, n)));

    /// <summary>Lines from <paramref name="start"/> to before <paramref name="stop"/>; a stop of 0 (or less) means to the end.</summary>
    private static IEnumerable<(int Line, string Input, string? Output)> Range(List<(int Line, string Input, string? Output)> entries, int start, int stop) =>
        entries.Where(e => e.Line >= start && (stop <= 0 || e.Line < stop));

    private static IEnumerable<(int Line, string Input, string? Output)> Search(List<(int Line, string Input, string? Output)> entries, string pattern, bool unique, int n)
    {
        var glob = Glob(pattern);
        var matches = entries.Where(e => glob.IsMatch(e.Input)).ToList();
        if (unique)
            matches = [.. matches.Where((e, i) => !matches.Skip(i + 1).Any(later => later.Input == e.Input))];
        return Last(matches, n);
    }

    /// <summary>A glob as a regular expression over the whole text: <c>*</c> any run, <c>?</c> one character, <c>[…]</c> a class.</summary>
    private static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var close = c == '[' ? pattern.IndexOf(']', i + 1) : -1;
            if (c == '*')
                regex.Append(".*");
            else if (c == '?')
                regex.Append('.');
            else if (close > i + 1)
            {
                var set = pattern[(i + 1)..close];
                regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else
                regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
