using LtvKit.Notebooks.Engine;
using NetMQ;
using NetMQ.Sockets;

namespace LtvKit.Notebooks.Kernel;

/// <summary>A Jupyter kernel on a <see cref="NotebookEngine"/>: the messaging protocol 5.3 over ZeroMQ (NetMQ), as Jupyter, VS Code and nbconvert expect.</summary>
/// <remarks>
/// <para>
/// The kernel binds the five sockets of the connection file — shell (ROUTER), control (ROUTER),
/// IOPub (PUB), stdin (ROUTER) and heartbeat (REP, echoes) — and answers until a client sends
/// <c>shutdown_request</c>. Every message is signed with the connection key (HMAC-SHA256); one whose
/// signature does not match, or that was seen before, is dropped and logged.
/// </para>
/// <para>
/// Threads: one for shell, stdin and IOPub (it only moves bytes); one for control, so an interrupt
/// gets through while a cell runs; one for the heartbeat; the shell requests themselves are
/// answered one at a time, in order, off those threads. Messages are signed and framed on the
/// thread that makes them and queued to the thread that owns their socket.
/// </para>
/// <para>
/// Restart: Jupyter restarts a kernel by <c>shutdown_request</c> with <c>restart: true</c> and then
/// starts a new process, so the kernel replies and ends either way (the restart flag is returned).
/// </para>
/// </remarks>
public sealed class JupyterKernel
{
    /// <summary>
    /// How long a closing socket may still deliver what was sent (the shutdown reply). One second:
    /// on the loopback a reply leaves in microseconds, and a client that is gone must not hold the exit.
    /// </summary>
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    /// <summary>How long the shutdown waits for queued messages to reach their sockets.</summary>
    private static readonly TimeSpan FlushWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// IOPub messages queued per subscriber before ZeroMQ drops new ones. 100,000: a cell printing a
    /// line per row of a 10^5-row table keeps every line; ZeroMQ's default (1,000) would lose most.
    /// </summary>
    private const int IOPubHighWatermark = 100_000;

    /// <summary>How often the heartbeat thread looks whether the kernel is stopping.</summary>
    private static readonly TimeSpan HeartbeatPoll = TimeSpan.FromMilliseconds(200);

    private readonly ConnectionInfo _connection;
    private readonly NotebookEngine _engine;
    private readonly TextWriter _log;
    private readonly MessageSigner _signer;
    private readonly KernelSession _session;
    private readonly KernelDispatcher _dispatcher;
    private readonly ReplayGuard _seen = new();
    private NetMQQueue<Outgoing>? _ioOutbox;
    private NetMQQueue<Outgoing>? _controlOutbox;
    private volatile bool _closed;
    private int _started;

    /// <param name="connection">The sockets to bind and the key.</param>
    /// <param name="engine">The session the cells run in; the kernel does not dispose it.</param>
    /// <param name="log">Where the kernel's own lines go (not the console a cell writes to: take <c>Console.Error</c> before any cell runs).</param>
    /// <param name="clock">The time in message headers; the system clock by default.</param>
    public JupyterKernel(ConnectionInfo connection, NotebookEngine engine, TextWriter log, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(log);
        _connection = connection;
        _engine = engine;
        _log = log;
        _signer = new MessageSigner(connection.Key);
        _session = new KernelSession(Guid.NewGuid().ToString(), clock ?? TimeProvider.System);
        _dispatcher = new KernelDispatcher(engine, _session, Send, log);
    }

    /// <summary>Cancels the running cell, as an <c>interrupt_request</c> does (the CLI calls it on SIGINT).</summary>
    public void Interrupt() => _dispatcher.Interrupt();

    /// <summary>Binds the sockets and answers clients until a <c>shutdown_request</c> (or <paramref name="cancellationToken"/>); true when the shutdown asked for a restart.</summary>
    /// <exception cref="ConnectionFileException">A port of the connection file cannot be bound.</exception>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException("A kernel runs once; start a new one.");

        using var shell = new RouterSocket();
        using var control = new RouterSocket();
        using var stdin = new RouterSocket();
        using var iopub = new PublisherSocket();
        using var heartbeat = new ResponseSocket();
        foreach (var socket in (NetMQSocket[])[shell, control, stdin, iopub, heartbeat])
            socket.Options.Linger = Linger;
        iopub.Options.SendHighWatermark = IOPubHighWatermark;
        Bind(shell, _connection.ShellPort, "shell");
        Bind(control, _connection.ControlPort, "control");
        Bind(stdin, _connection.StdinPort, "stdin");
        Bind(iopub, _connection.IOPubPort, "iopub");
        Bind(heartbeat, _connection.HeartbeatPort, "hb");

        using var ioOutbox = new NetMQQueue<Outgoing>();
        using var controlOutbox = new NetMQQueue<Outgoing>();
        _ioOutbox = ioOutbox;
        _controlOutbox = controlOutbox;
        shell.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Shell);
        control.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Control);
        stdin.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Stdin);
        ioOutbox.ReceiveReady += (_, e) => Deliver(e.Queue, channel => channel switch
        {
            KernelChannel.Shell => shell,
            KernelChannel.Stdin => stdin,
            _ => iopub,
        });
        controlOutbox.ReceiveReady += (_, e) => Deliver(e.Queue, _ => control);

        using var ioPoller = new NetMQPoller { shell, stdin, ioOutbox };
        using var controlPoller = new NetMQPoller { control, controlOutbox };
        using var stopping = new CancellationTokenSource();
        var heartbeatThread = new Thread(() => Echo(heartbeat, stopping.Token)) { IsBackground = true, Name = "jupyter heartbeat" };
        ioPoller.RunAsync("jupyter shell and iopub", isBackgroundThread: true);
        controlPoller.RunAsync("jupyter control", isBackgroundThread: true);
        heartbeatThread.Start();
        _log.WriteLine($"ltvkit kernel: listening on {_connection.Endpoint(_connection.ShellPort)} (shell), control {_connection.ControlPort}, "
            + $"iopub {_connection.IOPubPort}, stdin {_connection.StdinPort}, hb {_connection.HeartbeatPort}; "
            + (_signer.IsSigning ? "messages signed with HMAC-SHA256." : "messages NOT signed (the connection file has no key)."));

        Send(KernelChannel.IOPub, _session.Publish([], "status", new() { ["execution_state"] = "starting" }));
        _ = WarmUpAsync();
        var shellLoop = Task.Run(() => _dispatcher.RunShellAsync(stopping.Token), CancellationToken.None);

        bool? restart = null;
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => cancelled.TrySetResult()))
        {
            if (await Task.WhenAny(_dispatcher.ShutdownRequested, cancelled.Task).ConfigureAwait(false) == _dispatcher.ShutdownRequested)
                restart = await _dispatcher.ShutdownRequested.ConfigureAwait(false);
        }

        _dispatcher.Interrupt();
        await stopping.CancelAsync().ConfigureAwait(false);
        await FlushAsync(ioOutbox, controlOutbox).ConfigureAwait(false);
        _closed = true;
        ioPoller.Stop();
        controlPoller.Stop();
        heartbeatThread.Join(HeartbeatPoll * 5);
        // A cell that ignores the interrupt is left running on its background thread; the process ends anyway.
        if (shellLoop.IsCompleted)
            await shellLoop.ConfigureAwait(false);
        _log.WriteLine(restart switch
        {
            true => "ltvkit kernel: shut down on the client's request, for a restart.",
            false => "ltvkit kernel: shut down on the client's request.",
            null => "ltvkit kernel: stopped (terminated, or cancelled by its host).",
        });
        return restart ?? false;
    }

    private void Bind(NetMQSocket socket, int port, string name)
    {
        var endpoint = _connection.Endpoint(port);
        try
        {
            socket.Bind(endpoint);
        }
        catch (Exception e) when (e is NetMQException or System.Net.Sockets.SocketException or ArgumentException)
        {
            throw new ConnectionFileException($"cannot listen on {endpoint} ({name} port of the connection file): {e.Message}", e);
        }
    }

    private async Task WarmUpAsync()
    {
        try
        {
            await _engine.WarmUpAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _log.WriteLine($"ltvkit kernel: warm-up failed (the first cell will pay Roslyn's start-up): {e.Message}");
        }
    }

    /// <summary>On a socket's thread: reads every waiting message, checks it, and hands it on.</summary>
    private void Receive(NetMQSocket socket, KernelChannel channel)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(ref frames))
        {
            var received = frames;
            frames = [];
            if (!WireFormat.TryDecode(received, _signer, out var message, out var problem))
            {
                _log.WriteLine($"ltvkit kernel: ignored a message on the {channel.ToString().ToLowerInvariant()} channel: {problem}.");
                continue;
            }
            if (_signer.IsSigning && !_seen.Add(message.Signature.ToLowerInvariant()))
            {
                _log.WriteLine($"ltvkit kernel: ignored a {message.MessageType} whose signature was seen before: a replay.");
                continue;
            }
            switch (channel)
            {
                case KernelChannel.Shell:
                    _dispatcher.PostShell(message);
                    break;
                case KernelChannel.Control:
                    _dispatcher.HandleControl(message);
                    break;
                default:
                    // stdin: this kernel never asks for input, so an input_reply has nothing to answer.
                    break;
            }
        }
    }

    /// <summary>Signs and frames a message on the caller's thread and queues it for the thread that owns its socket.</summary>
    private void Send(KernelChannel channel, JupyterMessage message)
    {
        var outbox = channel == KernelChannel.Control ? _controlOutbox : _ioOutbox;
        if (_closed || outbox is null)
            return;
        var frames = WireFormat.Encode(message, _signer);
        try
        {
            outbox.Enqueue(new Outgoing(channel, frames, null));
        }
        catch (ObjectDisposedException)
        {
            // Shutting down: a late output of an abandoned cell has nowhere to go.
        }
    }

    /// <summary>On a socket's thread: sends everything queued for it.</summary>
    private static void Deliver(NetMQQueue<Outgoing> queue, Func<KernelChannel, NetMQSocket> socketOf)
    {
        while (queue.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item.Frames is { } frames)
                socketOf(item.Channel).SendMultipartBytes(frames);
            item.Flushed?.TrySetResult();
        }
    }

    /// <summary>Waits until what was queued before now has been handed to the sockets (the shutdown reply among it).</summary>
    private static async Task FlushAsync(params NetMQQueue<Outgoing>[] outboxes)
    {
        var markers = outboxes.Select(outbox =>
        {
            var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            outbox.Enqueue(new Outgoing(KernelChannel.IOPub, null, flushed));
            return flushed.Task;
        }).ToList();
        await Task.WhenAny(Task.WhenAll(markers), Task.Delay(FlushWait)).ConfigureAwait(false);
    }

    /// <summary>The heartbeat: every request is sent straight back, so a client knows the process is alive.</summary>
    private static void Echo(ResponseSocket socket, CancellationToken stop)
    {
        var frames = new List<byte[]>();
        while (!stop.IsCancellationRequested)
        {
            if (socket.TryReceiveMultipartBytes(HeartbeatPoll, ref frames))
                socket.SendMultipartBytes(frames);
        }
    }

    /// <summary>A framed message for a socket, or (with no frames) a marker that completes when everything before it was sent.</summary>
    private sealed record Outgoing(KernelChannel Channel, List<byte[]>? Frames, TaskCompletionSource? Flushed);

    /// <summary>
    /// The signatures seen lately: a signed message that arrives twice is a replay, not a request.
    /// (Not the msg_id: jupyter_client's manager and client number their messages apart and can repeat one.)
    /// </summary>
    private sealed class ReplayGuard
    {
        /// <summary>Signatures remembered. 10,000: hours of a notebook session's requests, in about a megabyte.</summary>
        private const int Capacity = 10_000;

        private readonly HashSet<string> _signatures = new(StringComparer.Ordinal);
        private readonly Queue<string> _order = new();
        private readonly Lock _lock = new();

        public bool Add(string signature)
        {
            lock (_lock)
            {
                if (!_signatures.Add(signature))
                    return false;
                _order.Enqueue(signature);
                if (_order.Count > Capacity)
                    _signatures.Remove(_order.Dequeue());
                return true;
            }
        }
    }
}
