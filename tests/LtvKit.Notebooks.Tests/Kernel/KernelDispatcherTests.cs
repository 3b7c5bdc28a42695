using System.Text;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Kernel;

namespace LtvKit.Notebooks.Tests.Kernel;

/// <summary>The protocol without sockets: requests in, the messages the kernel sends out, in order.</summary>
public sealed class KernelDispatcherTests : IDisposable
{
    private readonly NotebookEngine _engine = new();
    private readonly Recorder _sent = new();
    private readonly StringWriter _log = new();
    private readonly KernelDispatcher _dispatcher;

    public KernelDispatcherTests() =>
        _dispatcher = new KernelDispatcher(_engine, new KernelSession("kernel-session", TimeProvider.System), _sent.Send, _log);

    public void Dispose()
    {
        _engine.Dispose();
        _log.Dispose();
    }

    private static JupyterMessage Request(string type, JsonObject? content = null) => new(
        [Encoding.ASCII.GetBytes("client")],
        new JsonObject { ["msg_id"] = Guid.NewGuid().ToString("N"), ["msg_type"] = type, ["session"] = "client-session", ["username"] = "test", ["version"] = "5.3" },
        new JsonObject(),
        new JsonObject(),
        content ?? new JsonObject());

    private static JupyterMessage Execute(string code, bool silent = false) =>
        Request("execute_request", new JsonObject { ["code"] = code, ["silent"] = silent, ["store_history"] = !silent, ["allow_stdin"] = false, ["stop_on_error"] = true });

    private async Task<JsonObject> ReplyAsync(JupyterMessage request)
    {
        await _dispatcher.HandleShellAsync(request);
        return _sent.ReplyTo(request).Content;
    }

    [Fact]
    public async Task KernelInfo_BusyThenReplyThenIdle_AllWithTheRequestAsParent()
    {
        var request = Request("kernel_info_request");

        await _dispatcher.HandleShellAsync(request);

        var sent = _sent.For(request);
        Assert.Equal(["iopub status busy", "shell kernel_info_reply", "iopub status idle"], sent.Select(Describe));
        var reply = sent[1].Message;
        Assert.Equal("client", Encoding.ASCII.GetString(Assert.Single(reply.Identities)));
        Assert.Equal("5.3", reply.Header["version"]!.GetValue<string>());
        Assert.Equal("kernel-session", reply.Header["session"]!.GetValue<string>());
        Assert.Equal("5.3", reply.Content["protocol_version"]!.GetValue<string>());
        Assert.Equal("csharp", reply.Content["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal(".cs", reply.Content["language_info"]!["file_extension"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", reply.Content["language_info"]!["mimetype"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_PublishesInputAndOutputs_ThenReplies()
    {
        var request = Execute("Console.WriteLine(\"hi\");\ndisplay(HTML(\"<b>x</b>\"));\n40 + 2");

        await _dispatcher.HandleShellAsync(request);

        var sent = _sent.For(request);
        Assert.Equal(
            ["iopub status busy", "iopub execute_input", "iopub stream", "iopub display_data", "iopub execute_result", "shell execute_reply", "iopub status idle"],
            sent.Select(Describe));
        Assert.Equal(1, sent[1].Message.Content["execution_count"]!.GetValue<int>());
        Assert.Equal("hi\n", sent[2].Message.Content["text"]!.GetValue<string>());
        Assert.Equal("<b>x</b>", sent[3].Message.Content["data"]!["text/html"]!.GetValue<string>());
        Assert.Equal("42", sent[4].Message.Content["data"]!["text/plain"]!.GetValue<string>());
        var reply = sent[5].Message.Content;
        Assert.Equal("ok", reply["status"]!.GetValue<string>());
        Assert.Equal(1, reply["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Execute_ManyLines_GatheredIntoFewStreamMessages_InOrder()
    {
        var request = Execute("for (var i = 0; i < 20000; i++) Console.WriteLine(i);\nConsole.Error.WriteLine(\"done\");\ndisplay(1);");

        await _dispatcher.HandleShellAsync(request);

        var sent = _sent.For(request).Select(s => s.Message).ToList();
        var stdout = sent.Where(m => m.MessageType == "stream" && m.Content["name"]!.GetValue<string>() == "stdout").ToList();
        Assert.InRange(stdout.Count, 1, 200);
        Assert.Equal(string.Concat(Enumerable.Range(0, 20000).Select(i => $"{i}\n")), string.Concat(stdout.Select(m => m.Content["text"]!.GetValue<string>())));
        var kinds = sent.Select(m => m.MessageType).Where(t => t is "stream" or "display_data").Distinct().ToList();
        Assert.Equal(["stream", "display_data"], kinds);
        Assert.Equal("done\n", sent.Last(m => m.MessageType == "stream").Content["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_CompileError_ErrorReplyWithEnameEvalueTraceback_AndAnIOPubError()
    {
        var request = Execute("missing + 1");

        var reply = await ReplyAsync(request);

        Assert.Equal("error", reply["status"]!.GetValue<string>());
        Assert.Equal(ErrorOutput.CompilationError, reply["ename"]!.GetValue<string>());
        Assert.Contains("CS0103", reply["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(reply["traceback"]!.AsArray());
        Assert.Single(_sent.For(request), s => s.Message.MessageType == "error");
    }

    [Fact]
    public async Task Execute_Silent_PublishesOnlyStatus_CountStays()
    {
        await ReplyAsync(Execute("var a = 1;"));
        var silent = Execute("Console.WriteLine(\"quiet\"); a + 1", silent: true);

        var reply = await ReplyAsync(silent);

        Assert.Equal(["iopub status busy", "shell execute_reply", "iopub status idle"], _sent.For(silent).Select(Describe));
        Assert.Equal(1, reply["execution_count"]!.GetValue<int>());
        Assert.Equal(1, _engine.ExecutionCount);
    }

    [Fact]
    public async Task Execute_FailureWithStopOnError_AbortsTheQueuedExecutions_NotOtherRequests()
    {
        var failing = Execute("throw new InvalidOperationException(\"stop\");");
        var queued = Execute("1 + 1");
        var info = Request("kernel_info_request");
        _dispatcher.PostShell(failing);
        _dispatcher.PostShell(queued);
        _dispatcher.PostShell(info);
        using var stop = new CancellationTokenSource();

        var loop = _dispatcher.RunShellAsync(stop.Token);
        await Recorder.WaitForAsync(() => _sent.HasReplyTo(info));
        await stop.CancelAsync();
        await loop;

        Assert.Equal("error", _sent.ReplyTo(failing).Content["status"]!.GetValue<string>());
        Assert.Equal("aborted", _sent.ReplyTo(queued).Content["status"]!.GetValue<string>());
        Assert.Equal("ok", _sent.ReplyTo(info).Content["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interrupt_OnControl_CancelsTheRunningCell_SessionKept()
    {
        await ReplyAsync(Execute("var kept = 5;"));
        var loop = Execute("Console.WriteLine(\"started\");\nwhile (true) { Cancellation.ThrowIfCancellationRequested(); Thread.Sleep(10); }");
        var running = _dispatcher.HandleShellAsync(loop);
        await Recorder.WaitForAsync(() => _sent.For(loop).Any(s => s.Message.MessageType == "stream"));

        var interrupt = Request("interrupt_request");
        _dispatcher.HandleControl(interrupt);
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["iopub status busy", "control interrupt_reply", "iopub status idle"], _sent.For(interrupt).Select(Describe));
        var reply = _sent.ReplyTo(loop).Content;
        Assert.Equal("error", reply["status"]!.GetValue<string>());
        Assert.Equal(ErrorOutput.Cancelled, reply["ename"]!.GetValue<string>());
        var after = Execute("kept");
        await _dispatcher.HandleShellAsync(after);
        Assert.Equal("5", _sent.For(after).Single(s => s.Message.MessageType == "execute_result").Message.Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Shutdown_OnControl_Replies_ThenSignalsWithTheRestartFlag(bool restart)
    {
        var request = Request("shutdown_request", new JsonObject { ["restart"] = restart });

        _dispatcher.HandleControl(request);

        var reply = _sent.ReplyTo(request);
        Assert.Equal("shutdown_reply", reply.MessageType);
        Assert.Equal(restart, reply.Content["restart"]!.GetValue<bool>());
        Assert.Equal(restart, await _dispatcher.ShutdownRequested.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("var x = 1;", "complete", null)]
    [InlineData("if (true)\n{", "incomplete", "    ")]
    [InlineData("var x = ;", "invalid", null)]
    public async Task IsComplete_AnswersByTheParser(string code, string status, string? indent)
    {
        var reply = await ReplyAsync(Request("is_complete_request", new JsonObject { ["code"] = code }));

        Assert.Equal(status, reply["status"]!.GetValue<string>());
        Assert.Equal(indent, reply["indent"]?.GetValue<string>());
    }

    [Fact]
    public async Task Complete_AfterStringDot_OffersLength_WithKinds()
    {
        var reply = await ReplyAsync(Request("complete_request", new JsonObject { ["code"] = "\"abc\".", ["cursor_pos"] = 6 }));

        Assert.Equal("ok", reply["status"]!.GetValue<string>());
        Assert.Contains("Length", reply["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(6, reply["cursor_start"]!.GetValue<int>());
        Assert.Equal(6, reply["cursor_end"]!.GetValue<int>());
        var types = reply["metadata"]!["_jupyter_types_experimental"]!.AsArray();
        Assert.Contains(types, t => t!["text"]!.GetValue<string>() == "Length" && t["type"]!.GetValue<string>() == "property");
    }

    [Fact]
    public async Task Complete_LocalVariableOfTheCell_AndOfAnEarlierCell()
    {
        await ReplyAsync(Execute("var firstOrderDate = new DateOnly(2024, 4, 1);"));
        const string code = "var firstPurchases = 3;\nfirst";

        var reply = await ReplyAsync(Request("complete_request", new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length }));

        var matches = reply["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains("firstPurchases", matches);
        Assert.Contains("firstOrderDate", matches);
        Assert.Equal(code.Length - 5, reply["cursor_start"]!.GetValue<int>());
    }

    [Fact]
    public async Task Inspect_GivesTheSignatureAsTextPlain()
    {
        const string code = "var s = \"abc\";\ns.Length";

        var reply = await ReplyAsync(Request("inspect_request", new JsonObject { ["code"] = code, ["cursor_pos"] = code.Length, ["detail_level"] = 0 }));

        Assert.True(reply["found"]!.GetValue<bool>());
        Assert.Equal("(property) int string.Length { get; }", reply["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public async Task Inspect_NothingThere_NotFound()
    {
        var reply = await ReplyAsync(Request("inspect_request", new JsonObject { ["code"] = "  ", ["cursor_pos"] = 1 }));

        Assert.False(reply["found"]!.GetValue<bool>());
        Assert.Empty(reply["data"]!.AsObject());
    }

    [Fact]
    public async Task CommInfoAndHistory_Empty()
    {
        var comms = await ReplyAsync(Request("comm_info_request"));
        var history = await ReplyAsync(Request("history_request", new JsonObject { ["hist_access_type"] = "tail", ["n"] = 10 }));

        Assert.Empty(comms["comms"]!.AsObject());
        Assert.Empty(history["history"]!.AsArray());
    }

    [Fact]
    public async Task UnknownRequest_ErrorReplyOfTheMatchingType_Logged()
    {
        var request = Request("debug_request");

        await _dispatcher.HandleShellAsync(request);

        var reply = _sent.ReplyTo(request);
        Assert.Equal("debug_reply", reply.MessageType);
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Contains("debug_request", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommOpen_NoTargets_ClosedAtOnce()
    {
        var request = Request("comm_open", new JsonObject { ["comm_id"] = "c1", ["target_name"] = "jupyter.widget", ["data"] = new JsonObject() });

        await _dispatcher.HandleShellAsync(request);

        var close = _sent.For(request).Single(s => s.Message.MessageType == "comm_close");
        Assert.Equal("c1", close.Message.Content["comm_id"]!.GetValue<string>());
    }

    private static string Describe((KernelChannel Channel, JupyterMessage Message) sent) =>
        sent.Message.MessageType == "status"
            ? $"iopub status {sent.Message.Content["execution_state"]!.GetValue<string>()}"
            : $"{sent.Channel.ToString().ToLowerInvariant()} {sent.Message.MessageType}";

    /// <summary>Keeps what the dispatcher sends, from whichever thread.</summary>
    private sealed class Recorder
    {
        private readonly List<(KernelChannel Channel, JupyterMessage Message)> _sent = [];
        private readonly Lock _lock = new();

        public void Send(KernelChannel channel, JupyterMessage message)
        {
            lock (_lock)
                _sent.Add((channel, message));
        }

        public List<(KernelChannel Channel, JupyterMessage Message)> For(JupyterMessage request)
        {
            lock (_lock)
                return [.. _sent.Where(s => s.Message.ParentHeader["msg_id"]?.GetValue<string>() == request.MessageId)];
        }

        public bool HasReplyTo(JupyterMessage request) => For(request).Any(s => s.Channel != KernelChannel.IOPub);

        public JupyterMessage ReplyTo(JupyterMessage request) => For(request).Single(s => s.Channel != KernelChannel.IOPub).Message;

        public static async Task WaitForAsync(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (!condition())
            {
                Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the kernel's messages");
                await Task.Delay(10);
            }
        }
    }
}
