using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Jupyter messages to and from ZeroMQ frames.</summary>
/// <remarks>
/// A message on the wire is a list of frames:
/// <code>
/// identity … (routing, zero or more) | "&lt;IDS|MSG&gt;" | signature | header | parent_header | metadata | content | buffer …
/// </code>
/// The JSON frames are UTF-8; the signature is the HMAC of the four JSON frames as sent
/// (<see cref="MessageSigner"/>). On IOPub the identity frame is the topic.
/// </remarks>
internal static class WireFormat
{
    /// <summary>The frame between the identities and the signature.</summary>
    public static ReadOnlySpan<byte> Delimiter => "<IDS|MSG>"u8;

    /// <summary>The JSON parts after the delimiter and the signature.</summary>
    private const int JsonFrames = 4;

    /// <summary>Japanese and other text as UTF-8, not \u escapes; still valid JSON for every client.</summary>
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(signer);
        var header = Json(message.Header);
        var parent = Json(message.ParentHeader);
        var metadata = Json(message.Metadata);
        var content = Json(message.Content);
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter.ToArray());
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Reads a message; false with the problem in words when the frames are not one, or the signature does not match.</summary>
    public static bool TryDecode(IReadOnlyList<byte[]> frames, MessageSigner signer, [NotNullWhen(true)] out JupyterMessage? message, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(signer);
        message = null;
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0)
        {
            problem = $"no <IDS|MSG> delimiter among its {frames.Count} frames";
            return false;
        }
        var after = frames.Count - delimiter - 1;
        if (after < 1 + JsonFrames)
        {
            problem = $"{after} frames after the delimiter; a message has at least {1 + JsonFrames} (signature, header, parent header, metadata, content)";
            return false;
        }

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var (header, parent, metadata, content) = (frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5]);
        if (!signer.Verify(signature, header, parent, metadata, content))
        {
            problem = "bad signature (signed with another key, or not signed)";
            return false;
        }

        var parts = new JsonObject[JsonFrames];
        string[] names = ["header", "parent header", "metadata", "content"];
        for (var i = 0; i < JsonFrames; i++)
        {
            try
            {
                parts[i] = JsonNode.Parse(frames[delimiter + 2 + i]) as JsonObject ?? throw new JsonException("not a JSON object");
            }
            catch (JsonException e)
            {
                problem = $"its {names[i]} is not a JSON object ({e.Message})";
                return false;
            }
        }
        message = new JupyterMessage([.. frames.Take(delimiter)], parts[0], parts[1], parts[2], parts[3])
        {
            Buffers = [.. frames.Skip(delimiter + 1 + 1 + JsonFrames)],
            Signature = signature,
        };
        if (message.MessageType.Length == 0)
        {
            message = null;
            problem = "its header has no msg_type";
            return false;
        }
        problem = null;
        return true;
    }

    private static byte[] Json(JsonObject json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            json.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
