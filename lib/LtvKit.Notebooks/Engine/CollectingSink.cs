namespace LtvKit.Notebooks.Engine;

/// <summary>An <see cref="IOutputSink"/> that keeps every output, joining consecutive text of the same stream.</summary>
public sealed class CollectingSink : IOutputSink
{
    private readonly List<CellOutput> _outputs = [];
    private readonly Lock _lock = new();

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
            if (output is StreamOutput stream && _outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == stream.Name)
                _outputs[^1] = last with { Text = last.Text + stream.Text };
            else
                _outputs.Add(output);
        }
    }
}
