using System.Diagnostics.CodeAnalysis;
using LtvKit.Notebooks.Formatting;

namespace LtvKit.Notebooks.Engine;

/// <summary>What every cell can call without a <c>using</c>: <c>display(x)</c>, <c>HTML("…")</c>, <c>Cancellation</c>.</summary>
/// <remarks>
/// The members are those of the script's globals object, so a cell names them directly. The
/// lower-case <c>display</c> keeps the .NET Interactive spelling: notebooks written for Polyglot
/// run unchanged.
/// </remarks>
public sealed class NotebookGlobals
{
    private readonly FormatterRegistry _formatters;
    private readonly Lock _lock = new();
    private IOutputSink? _sink;
    private Action? _beforeDisplay;
    private CancellationToken _cancellation;

    internal NotebookGlobals(FormatterRegistry formatters) => _formatters = formatters;

    /// <summary>
    /// Fires when the cell runs past its timeout or the run is cancelled. A long loop that checks
    /// it (<c>Cancellation.ThrowIfCancellationRequested()</c>) stops cleanly and keeps the session.
    /// </summary>
    public CancellationToken Cancellation
    {
        get
        {
            lock (_lock)
                return _cancellation;
        }
    }

    /// <summary>Shows <paramref name="value"/> now, as the formatters render it (a chart, a table, text).</summary>
    public void display(object? value)
    {
        IOutputSink? sink;
        Action? beforeDisplay;
        lock (_lock)
            (sink, beforeDisplay) = (_sink, _beforeDisplay);
        if (sink is null)
            return; // a thread left over from an abandoned cell: nobody is listening
        var data = _formatters.Format(value);
        beforeDisplay?.Invoke();
        sink.Publish(new DisplayDataOutput(data));
    }

    /// <summary>Marks <paramref name="html"/> as HTML: displayed as markup, not as text.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "A cell sees the instance members of its globals object.")]
    public HtmlString HTML(string html) => new(html ?? "");

    internal void Attach(IOutputSink sink, Action beforeDisplay, CancellationToken cancellation)
    {
        lock (_lock)
            (_sink, _beforeDisplay, _cancellation) = (sink, beforeDisplay, cancellation);
    }

    internal void Detach()
    {
        lock (_lock)
            (_sink, _beforeDisplay, _cancellation) = (null, null, CancellationToken.None);
    }
}
