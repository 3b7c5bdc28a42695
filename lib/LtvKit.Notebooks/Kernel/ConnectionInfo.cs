using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Where a Jupyter client expects the kernel's five sockets, and the key that signs every message: the connection file Jupyter writes.</summary>
/// <remarks>
/// Jupyter starts a kernel with the path of a JSON file (<c>{connection_file}</c> in kernel.json):
/// <c>{"transport": "tcp", "ip": "127.0.0.1", "shell_port": 53794, "iopub_port": …, "stdin_port": …,
/// "control_port": …, "hb_port": …, "key": "a0436f6c-…", "signature_scheme": "hmac-sha256"}</c>.
/// The kernel binds the ports; the client connects. Only <c>tcp</c> is supported (NetMQ has no Unix
/// domain sockets); an empty key means messages are not signed.
/// </remarks>
public sealed record ConnectionInfo
{
    /// <summary>The only transport this kernel speaks.</summary>
    public const string Tcp = "tcp";

    public string Transport { get; init; } = Tcp;

    /// <summary>The address to bind: 127.0.0.1 unless the client asked otherwise.</summary>
    public string Ip { get; init; } = "127.0.0.1";

    public int ShellPort { get; init; }

    public int IOPubPort { get; init; }

    public int StdinPort { get; init; }

    public int ControlPort { get; init; }

    public int HeartbeatPort { get; init; }

    /// <summary>The HMAC key; empty: messages are neither signed nor checked.</summary>
    public string Key { get; init; } = "";

    public string SignatureScheme { get; init; } = MessageSigner.HmacSha256;

    /// <summary>The ZeroMQ endpoint of a port: <c>tcp://127.0.0.1:53794</c> (IPv6 addresses in brackets).</summary>
    public string Endpoint(int port) => string.Create(CultureInfo.InvariantCulture,
        $"{Transport}://{(Ip.Contains(':', StringComparison.Ordinal) ? $"[{Ip}]" : Ip)}:{port}");

    /// <summary>Reads a connection file.</summary>
    /// <exception cref="ConnectionFileException">The file is missing, is not JSON, or lacks a port.</exception>
    public static ConnectionInfo Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConnectionFileException($"{path}: cannot read the connection file: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <summary>Reads a connection file's JSON; <paramref name="name"/> is named in errors.</summary>
    public static ConnectionInfo Parse(string json, string name = "connection file")
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject
                ?? throw new ConnectionFileException($"{name}: a connection file holds one JSON object; this one does not.");
        }
        catch (JsonException e)
        {
            throw new ConnectionFileException($"{name}: not a connection file: the JSON is broken ({e.Message})", e);
        }

        var info = new ConnectionInfo
        {
            Transport = Text(root, "transport") ?? Tcp,
            Ip = Text(root, "ip") ?? "127.0.0.1",
            ShellPort = Port(root, "shell_port", name),
            IOPubPort = Port(root, "iopub_port", name),
            StdinPort = Port(root, "stdin_port", name),
            ControlPort = Port(root, "control_port", name),
            HeartbeatPort = Port(root, "hb_port", name),
            Key = Text(root, "key") ?? "",
            SignatureScheme = Text(root, "signature_scheme") is { Length: > 0 } scheme ? scheme : MessageSigner.HmacSha256,
        };
        if (info.Transport != Tcp)
            throw new ConnectionFileException($"{name}: transport \"{info.Transport}\" is not supported: this kernel speaks tcp only (start Jupyter with its default transport).");
        if (info.Key.Length > 0 && info.SignatureScheme != MessageSigner.HmacSha256)
            throw new ConnectionFileException($"{name}: signature scheme \"{info.SignatureScheme}\" is not supported: this kernel signs with {MessageSigner.HmacSha256}.");
        return info;
    }

    private static string? Text(JsonObject root, string property) =>
        root[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Port(JsonObject root, string property, string name)
    {
        if (root[property] is JsonValue value && value.TryGetValue<int>(out var port) && port is > 0 and <= 65535)
            return port;
        throw new ConnectionFileException($"{name}: \"{property}\" should be a port number from 1 to 65535; it is {root[property]?.ToJsonString() ?? "missing"}.");
    }
}
