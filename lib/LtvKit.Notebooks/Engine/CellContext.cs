namespace LtvKit.Notebooks.Engine;

/// <summary>The run of one cell as its code sees it: where its outputs go and the token that stops it.</summary>
/// <remarks>
/// Held in an <see cref="AsyncLocal{T}"/> set on the cell's thread, so it flows into the tasks and
/// threads the cell starts, and a thread left over from an abandoned cell keeps its own (ended)
/// context: its displays go nowhere instead of into a later cell's outputs.
/// </remarks>
internal sealed class CellContext(IOutputSink sink, Action beforeDisplay, CancellationToken cancellation)
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private volatile bool _ended;

    /// <summary>The context of the cell whose code is running on this thread (or that started it); null outside cells.</summary>
    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    /// <summary>The cell's sink while it runs; null once its run ended.</summary>
    public IOutputSink? Sink => _ended ? null : sink;

    /// <summary>Publishes the console text still waiting, so it comes before a display.</summary>
    public Action BeforeDisplay => beforeDisplay;

    public CancellationToken Cancellation => cancellation;

    /// <summary>The engine is done with this cell: later outputs from its threads are dropped.</summary>
    public void End() => _ended = true;
}
