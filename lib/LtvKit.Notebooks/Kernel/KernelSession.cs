using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Makes the kernel's messages: a fresh header for each (msg_id, this session's id, the time, protocol 5.3), replies addressed to the request's sender.</summary>
internal sealed class KernelSession(string sessionId, TimeProvider clock)
{
    /// <summary>The version of the Jupyter messaging protocol this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>The user name in the kernel's headers.</summary>
    private const string Username = "kernel";

    public string SessionId { get; } = sessionId;

    public JsonObject NewHeader(string messageType) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = SessionId,
        ["username"] = Username,
        ["date"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = messageType,
        ["version"] = ProtocolVersion,
    };

    /// <summary>A reply to <paramref name="request"/>, back to whoever sent it.</summary>
    public JupyterMessage Reply(JupyterMessage request, string messageType, JsonObject content) =>
        new(request.Identities, NewHeader(messageType), request.Header, new JsonObject(), content);

    /// <summary>An IOPub message caused by the request whose header is <paramref name="parentHeader"/> (empty for none); the topic is the message type.</summary>
    public JupyterMessage Publish(JsonObject parentHeader, string messageType, JsonObject content) =>
        new([Encoding.UTF8.GetBytes($"kernel.{SessionId}.{messageType}")], NewHeader(messageType), parentHeader, new JsonObject(), content);
}
