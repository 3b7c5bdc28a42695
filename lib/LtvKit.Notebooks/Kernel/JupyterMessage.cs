using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Kernel;

/// <summary>One message of the Jupyter messaging protocol: routing identities, the four JSON parts, and any binary buffers.</summary>
/// <remarks>
/// The JSON parts are mutable nodes and are not safe to share between threads: a message is built,
/// encoded and read by one thread. Replies take the request's header as their parent header.
/// </remarks>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content)
{
    /// <summary>Binary frames after the content (comm messages may carry them); the kernel sends none.</summary>
    public IReadOnlyList<byte[]> Buffers { get; init; } = [];

    /// <summary>The signature it arrived with (hex); empty for a message the kernel makes (signed when encoded).</summary>
    public string Signature { get; init; } = "";

    /// <summary>The header's <c>msg_type</c>: <c>execute_request</c>, <c>status</c> …</summary>
    public string MessageType => Text(Header, "msg_type") ?? "";

    /// <summary>The header's <c>msg_id</c>.</summary>
    public string MessageId => Text(Header, "msg_id") ?? "";

    /// <summary>A string field of the content, or <paramref name="fallback"/> when it is missing or not a string.</summary>
    public string ContentText(string property, string fallback = "") => Text(Content, property) ?? fallback;

    /// <summary>A boolean field of the content, or <paramref name="fallback"/> when it is missing or not a boolean.</summary>
    public bool ContentFlag(string property, bool fallback) =>
        Content[property] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    /// <summary>An integer field of the content, or <paramref name="fallback"/>.</summary>
    public int ContentNumber(string property, int fallback) =>
        Content[property] is JsonValue value && value.TryGetValue<int>(out var number) ? number : fallback;

    private static string? Text(JsonObject json, string property) =>
        json[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
