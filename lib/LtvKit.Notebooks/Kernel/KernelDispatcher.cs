using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;

namespace LtvKit.Notebooks.Kernel;

/// <summary>The kernel's answers: each request of the messaging protocol mapped onto the <see cref="NotebookEngine"/>.</summary>
/// <remarks>
/// <para>
/// Knows no sockets: requests come in through <see cref="PostShell"/> and <see cref="HandleControl"/>,
/// and every message out goes to the send action given (which signs, frames and queues it for its
/// socket). Shell requests run one at a time, in order, on <see cref="RunShellAsync"/>; control
/// requests are answered at once on the caller's thread, so an interrupt or a shutdown gets through
/// while a cell runs.
/// </para>
/// <para>
/// Every request is wrapped in <c>status: busy</c> … <c>status: idle</c> on IOPub, with the request as
/// parent; the reply goes out before the idle. A failed execution with <c>stop_on_error</c> (the
/// default) aborts the execute requests already queued behind it (their reply says
/// <c>aborted</c>), as a notebook's "run all" expects.
/// </para>
/// </remarks>
internal sealed class KernelDispatcher
{
    private readonly NotebookEngine _engine;
    private readonly KernelSession _session;
    private readonly Action<KernelChannel, JupyterMessage> _send;
    private readonly TextWriter _log;
    private readonly Channel<JupyterMessage> _shellQueue = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<bool> _shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly KernelHistory _history = new();
    private CancellationTokenSource? _running;

    public KernelDispatcher(NotebookEngine engine, KernelSession session, Action<KernelChannel, JupyterMessage> send, TextWriter log)
    {
        _engine = engine;
        _session = session;
        _send = send;
        _log = log;
    }

    /// <summary>Completes when a client asked for shutdown; the result is its <c>restart</c> flag.</summary>
    public Task<bool> ShutdownRequested => _shutdown.Task;

    /// <summary>Queues a shell request; <see cref="RunShellAsync"/> answers it after those before it.</summary>
    public void PostShell(JupyterMessage request) => _shellQueue.Writer.TryWrite(request);

    /// <summary>Answers queued shell requests one at a time until <paramref name="stop"/> fires.</summary>
    public async Task RunShellAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var request in _shellQueue.Reader.ReadAllAsync(stop).ConfigureAwait(false))
                await HandleShellAsync(request).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Cancels the running cell, if any (Jupyter's interrupt): its <c>Cancellation</c> token fires.</summary>
    /// <remarks>The cell stops (a blocking wait is woken, a loop stops at its check) and the session keeps its state; see <see cref="NotebookEngine"/>.</remarks>
    public void Interrupt()
    {
        // Cancelled asynchronously: the cell's cancellation callbacks must not run on the control thread.
        lock (_lock)
            _ = _running?.CancelAsync();
    }

    /// <summary>Answers one shell request (busy, the reply and any IOPub messages, idle).</summary>
    public async Task HandleShellAsync(JupyterMessage request)
    {
        Status(request, "busy");
        try
        {
            switch (request.MessageType)
            {
                case "execute_request":
                    var failed = await ExecuteAsync(request).ConfigureAwait(false);
                    if (failed && request.ContentFlag("stop_on_error", true))
                        AbortQueuedExecutions();
                    break;
                case "complete_request":
                    Reply(KernelChannel.Shell, request, "complete_reply", Complete(request));
                    break;
                case "inspect_request":
                    Reply(KernelChannel.Shell, request, "inspect_reply", Inspect(request));
                    break;
                case "is_complete_request":
                    Reply(KernelChannel.Shell, request, "is_complete_reply", IsComplete(request));
                    break;
                case "comm_open":
                    // No comm targets here: the protocol asks for a comm_close at once.
                    Publish(request, "comm_close", new JsonObject { ["comm_id"] = request.ContentText("comm_id"), ["data"] = new JsonObject() });
                    break;
                case "comm_msg" or "comm_close":
                    break;
                default:
                    AnswerCommon(KernelChannel.Shell, request);
                    break;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(KernelChannel.Shell, request, e);
        }
        finally
        {
            Status(request, "idle");
        }
    }

    /// <summary>Answers one control request at once: interrupt, shutdown, kernel_info and the like.</summary>
    public void HandleControl(JupyterMessage request)
    {
        Status(request, "busy");
        try
        {
            AnswerCommon(KernelChannel.Control, request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(KernelChannel.Control, request, e);
        }
        finally
        {
            Status(request, "idle");
        }
    }

    /// <summary>Requests either channel may carry.</summary>
    private void AnswerCommon(KernelChannel channel, JupyterMessage request)
    {
        switch (request.MessageType)
        {
            case "kernel_info_request":
                Reply(channel, request, "kernel_info_reply", KernelInfo.Content());
                break;
            case "interrupt_request":
                Interrupt();
                Reply(channel, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                var restart = request.ContentFlag("restart", false);
                Interrupt();
                Reply(channel, request, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                _shutdown.TrySetResult(restart);
                break;
            case "comm_info_request":
                Reply(channel, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "history_request":
                Reply(channel, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = _history.Answer(request) });
                break;
            case var type when type.EndsWith("_request", StringComparison.Ordinal):
                _log.WriteLine($"ltvkit kernel: {type} on {Name(channel)} is not supported; answered with an error.");
                Reply(channel, request, type[..^"_request".Length] + "_reply", new JsonObject
                {
                    ["status"] = "error",
                    ["ename"] = "UnsupportedRequest",
                    ["evalue"] = $"The LtvKit C# kernel does not support {type}.",
                    ["traceback"] = new JsonArray(),
                });
                break;
            default:
                _log.WriteLine($"ltvkit kernel: ignored a {request.MessageType} message on {Name(channel)}.");
                break;
        }
    }

    /// <summary>Runs the cell; true when it failed (an error, a cancellation, a timeout).</summary>
    private async Task<bool> ExecuteAsync(JupyterMessage request)
    {
        var code = request.ContentText("code");
        var silent = request.ContentFlag("silent", false);
        var storeHistory = !silent && request.ContentFlag("store_history", true);
        // Only this loop executes, so the count the engine will give is known before the run.
        var count = _engine.ExecutionCount + (storeHistory ? 1 : 0);
        if (!silent)
            Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });

        var parent = Encoding.UTF8.GetBytes(request.Header.ToJsonString());
        using var sink = new IOPubSink(_session, parent, _send);
        var recorded = new ResultRecorder(silent ? NoOutputs.Instance : sink);
        using var cancel = new CancellationTokenSource();
        lock (_lock)
            _running = cancel;
        ExecutionResult result;
        try
        {
            result = await _engine.ExecuteAsync(code, cellName: null, recorded, storeHistory, cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
                _running = null;
            sink.Close();
        }

        if (storeHistory)
            _history.Add(result.ExecutionCount, code, recorded.Output);

        JsonObject reply;
        if (result.Error is { } error)
        {
            reply = IOPubSink.ErrorContent(error);
            reply["status"] = "error";
        }
        else
        {
            reply = new JsonObject { ["status"] = "ok", ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() };
        }
        reply["execution_count"] = result.ExecutionCount;
        Reply(KernelChannel.Shell, request, "execute_reply", reply);
        if (result.ThreadAbandoned)
            _log.WriteLine($"ltvkit kernel: In [{result.ExecutionCount}] did not stop after the interrupt; its thread was left running, the session goes on from the state before it.");
        return !result.Succeeded;
    }

    /// <summary>Answers the execute requests already waiting with <c>aborted</c>; other requests stay queued.</summary>
    private void AbortQueuedExecutions()
    {
        var kept = new List<JupyterMessage>();
        while (_shellQueue.Reader.TryRead(out var queued))
        {
            if (queued.MessageType != "execute_request")
            {
                kept.Add(queued);
                continue;
            }
            Status(queued, "busy");
            Reply(KernelChannel.Shell, queued, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _engine.ExecutionCount });
            Status(queued, "idle");
        }
        foreach (var request in kept)
            _shellQueue.Writer.TryWrite(request);
    }

    private JsonObject Complete(JupyterMessage request)
    {
        var code = request.ContentText("code");
        var cursor = CodePoints.ToUtf16(code, request.ContentNumber("cursor_pos", int.MaxValue));
        var list = _engine.GetCompletions(code, cursor);
        var start = CodePoints.FromUtf16(code, list.Start);
        var end = CodePoints.FromUtf16(code, list.End);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. list.Items.Select(i => (JsonNode)i.Text)]),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject
            {
                // JupyterLab shows the kind beside each match.
                ["_jupyter_types_experimental"] = new JsonArray([.. list.Items.Select(i => (JsonNode)new JsonObject
                {
                    ["start"] = start,
                    ["end"] = end,
                    ["text"] = i.Text,
                    ["type"] = i.Kind,
                })]),
            },
        };
    }

    private JsonObject Inspect(JupyterMessage request)
    {
        var code = request.ContentText("code");
        var cursor = CodePoints.ToUtf16(code, request.ContentNumber("cursor_pos", int.MaxValue));
        var text = _engine.Inspect(code, cursor);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = text is not null,
            ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
            ["metadata"] = new JsonObject(),
        };
    }

    private static JsonObject IsComplete(JupyterMessage request)
    {
        var check = NotebookEngine.CheckCompleteness(request.ContentText("code"));
        var content = new JsonObject { ["status"] = check.Status.ToString().ToLowerInvariant() };
        if (check.Status == CodeCompleteness.Incomplete)
            content["indent"] = check.Indent;
        return content;
    }

    /// <summary>The kernel's own failure while answering: logged, and the request answered with an error.</summary>
    private void Fail(KernelChannel channel, JupyterMessage request, Exception e)
    {
        _log.WriteLine($"ltvkit kernel: internal error while answering {request.MessageType}: {e}");
        var type = request.MessageType;
        if (!type.EndsWith("_request", StringComparison.Ordinal))
            return;
        var content = new JsonObject
        {
            ["status"] = "error",
            ["ename"] = e.GetType().Name,
            ["evalue"] = $"the kernel failed while answering {type}: {e.Message}",
            ["traceback"] = new JsonArray([.. e.ToString().Split('\n').Select(l => (JsonNode)l.TrimEnd('\r'))]),
        };
        if (type == "execute_request")
            content["execution_count"] = _engine.ExecutionCount;
        Reply(channel, request, type[..^"_request".Length] + "_reply", content);
    }

    private void Reply(KernelChannel channel, JupyterMessage request, string type, JsonObject content) =>
        _send(channel, _session.Reply(request, type, content));

    private void Publish(JupyterMessage request, string type, JsonObject content) =>
        _send(KernelChannel.IOPub, _session.Publish(request.Header, type, content));

    private void Status(JupyterMessage request, string state) =>
        Publish(request, "status", new JsonObject { ["execution_state"] = state });

    private static string Name(KernelChannel channel) => channel.ToString().ToLower(CultureInfo.InvariantCulture);

    /// <summary>Passes a cell's outputs on and keeps the <c>text/plain</c> of its result, for the history.</summary>
    private sealed class ResultRecorder(IOutputSink inner) : IOutputSink
    {
        public string? Output { get; private set; }

        public void Publish(CellOutput output)
        {
            if (output is ExecuteResultOutput result)
                Output = result.Data.GetValueOrDefault(MimeTypes.PlainText);
            inner.Publish(output);
        }
    }

    /// <summary>Where a silent execution's outputs go: nowhere.</summary>
    private sealed class NoOutputs : IOutputSink
    {
        public static readonly NoOutputs Instance = new();

        public void Publish(CellOutput output)
        {
        }
    }
}
