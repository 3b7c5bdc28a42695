namespace LtvKit.Notebooks.Engine;

/// <summary>An <see cref="IOutputSink"/> that keeps every output, joining consecutive text of the same stream.</summary>
/// <remarks>A <see cref="ClearOutput"/> empties the list (at once, or with <c>wait</c> when the next output comes), as a front end clears the cell.</remarks>
public sealed class CollectingSink : IOutputSink
{
    private readonly List<CellOutput> _outputs = [];
    private readonly Lock _lock = new();
    private bool _clearPending;

    /// <summary>The outputs so far, in order.</summary>
    public IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            lock (_lock)
                return [.. _outputs];
        }
    }

    public void Publish(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        lock (_lock)
        {
            if (output is ClearOutput clear)
            {
                _clearPending = clear.Wait;
                if (!clear.Wait)
                    _outputs.Clear();
                return;
            }
            if (_clearPending)
            {
                _clearPending = false;
                _outputs.Clear();
            }
            if (output is StreamOutput stream && _outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == stream.Name)
                _outputs[^1] = last with { Text = last.Text + stream.Text };
            else
                _outputs.Add(output);
        }
    }
}
