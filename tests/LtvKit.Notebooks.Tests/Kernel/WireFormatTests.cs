using System.Text;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Kernel;

namespace LtvKit.Notebooks.Tests.Kernel;

public sealed class WireFormatTests
{
    private static readonly MessageSigner Signer = new("secret");

    private static JupyterMessage Request(string type = "execute_request") => new(
        [Encoding.ASCII.GetBytes("client-1"), Encoding.ASCII.GetBytes("client-2")],
        new JsonObject { ["msg_id"] = "m1", ["msg_type"] = type, ["session"] = "s", ["username"] = "u", ["version"] = "5.3" },
        new JsonObject(),
        new JsonObject { ["trusted"] = true },
        new JsonObject { ["code"] = "var 顧客 = 1;" });

    private static string Text(byte[] frame) => Encoding.UTF8.GetString(frame);

    [Fact]
    public void Encode_FramesInProtocolOrder_SignedOverTheFourJsonFrames()
    {
        var frames = WireFormat.Encode(Request(), Signer);

        Assert.Equal(8, frames.Count);
        Assert.Equal("client-1", Text(frames[0]));
        Assert.Equal("client-2", Text(frames[1]));
        Assert.Equal("<IDS|MSG>", Text(frames[2]));
        Assert.Equal(Signer.Sign(frames[4], frames[5], frames[6], frames[7]), Text(frames[3]));
        Assert.Equal("execute_request", JsonNode.Parse(frames[4])!["msg_type"]!.GetValue<string>());
        Assert.Equal("{}", Text(frames[5]));
        Assert.Equal("""{"trusted":true}""", Text(frames[6]));
        Assert.Equal("""{"code":"var 顧客 = 1;"}""", Text(frames[7]));   // UTF-8, not \u escapes
    }

    [Fact]
    public void TryDecode_WhatEncodeWrote_RoundTrips_WithBuffers()
    {
        var frames = WireFormat.Encode(Request() with { Buffers = [[1, 2, 3]] }, Signer);

        Assert.True(WireFormat.TryDecode(frames, Signer, out var message, out var problem), problem);
        Assert.Equal(["client-1", "client-2"], message.Identities.Select(Text));
        Assert.Equal("execute_request", message.MessageType);
        Assert.Equal("m1", message.MessageId);
        Assert.Equal("var 顧客 = 1;", message.ContentText("code"));
        Assert.True(message.Metadata["trusted"]!.GetValue<bool>());
        Assert.Equal([1, 2, 3], Assert.Single(message.Buffers));
        Assert.Equal(Text(frames[3]), message.Signature);
    }

    [Fact]
    public void TryDecode_NoIdentities_StillAMessage()
    {
        var frames = WireFormat.Encode(Request() with { Identities = [] }, Signer);

        Assert.True(WireFormat.TryDecode(frames, Signer, out var message, out _));
        Assert.Empty(message.Identities);
    }

    [Fact]
    public void TryDecode_SignedWithAnotherKey_Refused()
    {
        var frames = WireFormat.Encode(Request(), new MessageSigner("not the key"));

        Assert.False(WireFormat.TryDecode(frames, Signer, out var message, out var problem));
        Assert.Null(message);
        Assert.Contains("bad signature", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_ContentChangedAfterSigning_Refused()
    {
        var frames = WireFormat.Encode(Request(), Signer);
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"File.Delete(\"orders.csv\")"}""");

        Assert.False(WireFormat.TryDecode(frames, Signer, out _, out var problem));
        Assert.Contains("bad signature", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_NoDelimiter_Refused()
    {
        List<byte[]> frames = [Encoding.ASCII.GetBytes("id"), Encoding.ASCII.GetBytes("{}")];

        Assert.False(WireFormat.TryDecode(frames, Signer, out _, out var problem));
        Assert.Contains("no <IDS|MSG> delimiter", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_TooFewFrames_Refused()
    {
        var frames = WireFormat.Encode(Request(), Signer);
        frames.RemoveAt(frames.Count - 1);

        Assert.False(WireFormat.TryDecode(frames, Signer, out _, out var problem));
        Assert.Contains("4 frames after the delimiter", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_ContentNotAnObject_Refused()
    {
        var signer = new MessageSigner("");
        var frames = WireFormat.Encode(Request(), signer);
        frames[^1] = Encoding.UTF8.GetBytes("[1, 2]");

        Assert.False(WireFormat.TryDecode(frames, signer, out _, out var problem));
        Assert.Contains("content is not a JSON object", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_HeaderWithoutMessageType_Refused()
    {
        var frames = WireFormat.Encode(Request() with { Header = new JsonObject { ["msg_id"] = "m1" } }, Signer);

        Assert.False(WireFormat.TryDecode(frames, Signer, out _, out var problem));
        Assert.Contains("no msg_type", problem, StringComparison.Ordinal);
    }
}
