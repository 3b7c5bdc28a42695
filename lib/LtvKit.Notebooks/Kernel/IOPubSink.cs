using System.Text;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Publishes a cell's outputs on IOPub as they happen: stream, display_data, execute_result, error, clear_output.</summary>
/// <remarks>
/// <para>
/// Called from the cell's thread. Stream text is gathered for up to <see cref="StreamBatchDelay"/>
/// (or <see cref="StreamBatchChars"/>) and sent as one message, as Jupyter's own kernels do: a loop
/// printing 10^5 lines makes a few hundred messages, not 10^5, and the notebook stays responsive.
/// Any other output sends the gathered text first, so the order is kept.
/// </para>
/// <para>
/// Each message gets its own copy of the parent header (JSON nodes are not shared between
/// threads). <see cref="Close"/> sends what is still gathered and stops: a cell abandoned after an
/// interrupt may still write, but its request has been answered.
/// </para>
/// </remarks>
internal sealed class IOPubSink : IOutputSink, IDisposable
{
    /// <summary>50 ms: well under the ~100 ms a reader notices, long enough to join the lines of a fast loop.</summary>
    public static readonly TimeSpan StreamBatchDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>64 K characters: a message a front end renders at once; more text goes in the next one.</summary>
    public const int StreamBatchChars = 64 * 1024;

    private readonly KernelSession _session;
    private readonly byte[] _parentHeader;
    private readonly Action<KernelChannel, JupyterMessage> _send;
    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();
    private readonly Timer _timer;
    private string? _stream;
    private bool _timerArmed;
    private bool _closed;

    public IOPubSink(KernelSession session, byte[] parentHeader, Action<KernelChannel, JupyterMessage> send)
    {
        _session = session;
        _parentHeader = parentHeader;
        _send = send;
        _timer = new Timer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Publish(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        lock (_lock)
        {
            if (_closed)
                return;
            if (output is StreamOutput stream)
            {
                Gather(stream);
                return;
            }
            SendGathered();
            var (type, content) = output switch
            {
                DisplayDataOutput display => ("display_data", new JsonObject
                {
                    ["data"] = Bundle(display.Data),
                    ["metadata"] = new JsonObject(),
                    ["transient"] = new JsonObject(),
                }),
                ExecuteResultOutput result => ("execute_result", new JsonObject
                {
                    ["execution_count"] = result.ExecutionCount,
                    ["data"] = Bundle(result.Data),
                    ["metadata"] = new JsonObject(),
                }),
                ErrorOutput error => ("error", ErrorContent(error)),
                ClearOutput clear => ("clear_output", new JsonObject { ["wait"] = clear.Wait }),
                _ => throw new ArgumentException($"Unknown output kind {output.GetType().Name}.", nameof(output)),
            };
            Send(type, content);
        }
    }

    /// <summary>Sends the gathered text, then stops publishing: later outputs of an abandoned cell are dropped.</summary>
    public void Close()
    {
        lock (_lock)
        {
            if (_closed)
                return;
            SendGathered();
            _closed = true;
        }
        _timer.Dispose();
    }

    public void Dispose() => Close();

    /// <summary>ename, evalue, traceback: the fields of both the IOPub error and the error execute_reply.</summary>
    public static JsonObject ErrorContent(ErrorOutput error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray([.. error.Traceback.Select(line => (JsonNode)line)]),
    };

    private void Gather(StreamOutput stream)
    {
        if (_stream is not null && _stream != stream.Name)
            SendGathered();
        _stream = stream.Name;
        _text.Append(stream.Text);
        if (_text.Length >= StreamBatchChars)
            SendGathered();
        else if (!_timerArmed)
        {
            _timerArmed = true;
            _timer.Change(StreamBatchDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            _timerArmed = false;
            if (!_closed)
                SendGathered();
        }
    }

    private void SendGathered()
    {
        if (_stream is null)
            return;
        Send("stream", new JsonObject { ["name"] = _stream, ["text"] = _text.ToString() });
        _stream = null;
        _text.Clear();
    }

    private void Send(string type, JsonObject content) =>
        _send(KernelChannel.IOPub, _session.Publish((JsonObject)JsonNode.Parse(_parentHeader)!, type, content));

    private static JsonObject Bundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, text) in data)
            bundle[mime] = text;
        return bundle;
    }
}
