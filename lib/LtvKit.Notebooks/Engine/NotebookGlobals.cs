using System.Diagnostics.CodeAnalysis;
using LtvKit.Notebooks.Formatting;

namespace LtvKit.Notebooks.Engine;

/// <summary>What every cell can call without a <c>using</c>: <c>display(x)</c>, <c>clear_output()</c>, <c>HTML("…")</c>, <c>Cancellation</c>.</summary>
/// <remarks>
/// The members are those of the script's globals object, so a cell names them directly. The
/// lower-case <c>display</c> and <c>clear_output</c> keep the .NET Interactive and IPython
/// spellings: notebooks written for Polyglot run unchanged. Each call acts on the cell whose code
/// makes it (<see cref="CellContext"/>): a thread left over from an abandoned cell reaches nobody.
/// </remarks>
[SuppressMessage("Performance", "CA1822", Justification = "A cell sees the instance members of its globals object.")]
public sealed class NotebookGlobals
{
    private readonly FormatterRegistry _formatters;

    internal NotebookGlobals(FormatterRegistry formatters) => _formatters = formatters;

    /// <summary>
    /// Fires when the cell runs past its timeout or is interrupted. Loops and functions a cell
    /// defines check it by themselves; code that waits on something else can pass it on.
    /// </summary>
    public CancellationToken Cancellation => CellContext.Current?.Cancellation ?? CancellationToken.None;

    /// <summary>Shows <paramref name="value"/> now, as the formatters render it (a chart, a table, text).</summary>
    public void display(object? value)
    {
        if (CellContext.Current is not { Sink: { } sink } cell)
            return; // a thread left over from an abandoned cell: nobody is listening
        var data = _formatters.Format(value);
        cell.BeforeDisplay();
        sink.Publish(new DisplayDataOutput(data));
    }

    /// <summary>Clears the cell's outputs so far; with <paramref name="wait"/>, only when the next output comes (no flicker in a loop that redraws).</summary>
    [SuppressMessage("Naming", "CA1707", Justification = "IPython's and .NET Interactive's name, which notebooks call.")]
    public void clear_output(bool wait = false)
    {
        if (CellContext.Current is not { Sink: { } sink } cell)
            return;
        cell.BeforeDisplay();
        sink.Publish(new ClearOutput(wait));
    }

    /// <summary>Marks <paramref name="html"/> as HTML: displayed as markup, not as text.</summary>
    public HtmlString HTML(string html) => new(html ?? "");
}
