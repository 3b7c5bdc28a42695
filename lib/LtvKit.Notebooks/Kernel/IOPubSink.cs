using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Publishes a cell's outputs on IOPub as they happen: stream, display_data, execute_result, error.</summary>
/// <remarks>
/// Called from the cell's thread. Each message gets its own copy of the parent header (JSON nodes
/// are not shared between threads). After <see cref="Close"/> nothing more is published: a cell
/// abandoned after an interrupt may still write, but its request has been answered.
/// </remarks>
internal sealed class IOPubSink(KernelSession session, byte[] parentHeader, Action<KernelChannel, JupyterMessage> send) : IOutputSink
{
    private readonly Lock _lock = new();
    private bool _closed;

    public void Publish(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (type, content) = output switch
        {
            StreamOutput stream => ("stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text }),
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
            _ => throw new ArgumentException($"Unknown output kind {output.GetType().Name}.", nameof(output)),
        };
        lock (_lock)
        {
            if (_closed)
                return;
            send(KernelChannel.IOPub, session.Publish((JsonObject)JsonNode.Parse(parentHeader)!, type, content));
        }
    }

    /// <summary>Stops publishing: later outputs of an abandoned cell are dropped.</summary>
    public void Close()
    {
        lock (_lock)
            _closed = true;
    }

    /// <summary>ename, evalue, traceback: the fields of both the IOPub error and the error execute_reply.</summary>
    public static JsonObject ErrorContent(ErrorOutput error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray([.. error.Traceback.Select(line => (JsonNode)line)]),
    };

    private static JsonObject Bundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, text) in data)
            bundle[mime] = text;
        return bundle;
    }
}
