using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Kernel;
using NetMQ;
using NetMQ.Sockets;

namespace LtvKit.Notebooks.Tests.Kernel;

/// <summary>The kernel over real ZeroMQ sockets on the loopback, with NetMQ as the client (tests/kernel/ drives it with Jupyter's own client).</summary>
public sealed class JupyterKernelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_AnswersSignedRequests_IgnoresForgedOnes_EchoesHeartbeats_ShutsDown()
    {
        var connection = FreeConnection("test-key");
        using var engine = new NotebookEngine();
        using var log = new StringWriter();
        var kernel = new JupyterKernel(connection, engine, TextWriter.Synchronized(log));
        var run = kernel.RunAsync();
        var signer = new MessageSigner(connection.Key);

        using (var shell = new DealerSocket())
        using (var control = new DealerSocket())
        using (var heartbeat = new RequestSocket())
        {
            shell.Connect(connection.Endpoint(connection.ShellPort));
            control.Connect(connection.Endpoint(connection.ControlPort));
            heartbeat.Connect(connection.Endpoint(connection.HeartbeatPort));

            shell.SendMultipartBytes(WireFormat.Encode(Request("kernel_info_request"), new MessageSigner("forged key")));
            shell.SendMultipartBytes(WireFormat.Encode(Request("kernel_info_request"), signer));
            var reply = Receive(shell, signer);
            Assert.Equal("kernel_info_reply", reply.MessageType);
            Assert.Equal("5.3", reply.Content["protocol_version"]!.GetValue<string>());
            // The forged request came first and got nothing: the one reply is the signed request's.
            var more = new List<byte[]>();
            Assert.False(shell.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(300), ref more));
            Assert.Contains("bad signature", log.ToString(), StringComparison.Ordinal);

            heartbeat.SendFrame("ping");
            Assert.True(heartbeat.TryReceiveFrameString(Wait, out var echo));
            Assert.Equal("ping", echo);

            control.SendMultipartBytes(WireFormat.Encode(Request("shutdown_request", new JsonObject { ["restart"] = false }), signer));
            Assert.Equal("shutdown_reply", Receive(control, signer).MessageType);
        }

        Assert.False(await run.WaitAsync(Wait));
    }

    private static JupyterMessage Request(string type, JsonObject? content = null) => new(
        [],
        new JsonObject { ["msg_id"] = Guid.NewGuid().ToString("N"), ["msg_type"] = type, ["session"] = "test", ["username"] = "test", ["version"] = "5.3" },
        new JsonObject(),
        new JsonObject(),
        content ?? new JsonObject());

    private static JupyterMessage Receive(NetMQSocket socket, MessageSigner signer)
    {
        var frames = new List<byte[]>();
        Assert.True(socket.TryReceiveMultipartBytes(Wait, ref frames), "no reply");
        Assert.True(WireFormat.TryDecode(frames, signer, out var message, out var problem), problem);
        return message;
    }

    /// <summary>Five ports the system says are free now, on the loopback.</summary>
    private static ConnectionInfo FreeConnection(string key)
    {
        var listeners = Enumerable.Range(0, 5).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        listeners.ForEach(l => l.Stop());
        return new ConnectionInfo
        {
            ShellPort = ports[0], IOPubPort = ports[1], StdinPort = ports[2], ControlPort = ports[3], HeartbeatPort = ports[4],
            Key = key,
        };
    }
}
