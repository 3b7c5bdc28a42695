"""The kit's Jupyter kernel, driven by the real Jupyter clients (Debian's python3-jupyter-client,
jupyter-nbconvert, python3-nbformat).

Usage: /usr/bin/python3 tests/kernel/test_kernel.py PATH/TO/LtvKit.Cli.dll

Installs the kernel into a temporary prefix with `ltvkit kernel install --prefix`, starts it with
jupyter_client's KernelManager (JUPYTER_PATH pointing there) and checks the protocol end to end:
kernel_info, outputs, errors, silent runs, interrupts, restart, shutdown, completion, inspection,
signatures, heartbeat, and `jupyter nbconvert --execute` on a small notebook. Prints one line per
check and a last line "kernel: N passed, M failed"; the exit code is 1 when a check failed.
"""

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

KERNEL_NAME = "ltvkit-csharp"
TIMEOUT = 60  # seconds for any one reply: the first cell pays Roslyn's start-up (about 2 s) on a slow machine

if len(sys.argv) != 2 or not os.path.isfile(sys.argv[1]):
    sys.exit("usage: /usr/bin/python3 tests/kernel/test_kernel.py PATH/TO/LtvKit.Cli.dll")
CLI = os.path.abspath(sys.argv[1])
DOTNET = os.environ.get("DOTNET", shutil.which("dotnet") or "dotnet")

try:
    import nbformat
    import zmq
    from jupyter_client import KernelManager
    from jupyter_client.session import Session
except ImportError as e:  # pragma: no cover - a setup problem, said plainly
    sys.exit(f"kernel tests need Debian's python3-jupyter-client and python3-nbformat ({e}); ./test.sh installs them")

PREFIX = tempfile.mkdtemp(prefix="ltvkit-kernel-test-")
os.environ["JUPYTER_PATH"] = os.path.join(PREFIX, "share", "jupyter")
# Keep the user's own Jupyter folders out of the test.
os.environ["JUPYTER_DATA_DIR"] = os.path.join(PREFIX, "data")
os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(PREFIX, "runtime")

results = {"passed": 0, "failed": 0}


def check(name):
    """Runs the decorated function as one named check."""

    def run(fn):
        started = time.monotonic()
        try:
            fn()
        except Exception:  # noqa: BLE001 - every failure is reported, then the next check runs
            results["failed"] += 1
            print(f"FAIL {name} ({time.monotonic() - started:.1f} s)")
            traceback.print_exc(file=sys.stdout)
        else:
            results["passed"] += 1
            print(f"ok   {name} ({time.monotonic() - started:.1f} s)")
        return fn

    return run


def cli(*args):
    return subprocess.run([DOTNET, CLI, *args], capture_output=True, text=True, timeout=120)


def start_kernel():
    stderr = open(os.path.join(PREFIX, f"kernel-{time.monotonic_ns()}.log"), "w+", encoding="utf-8")
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel(stderr=stderr, cwd=PREFIX)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return km, kc, stderr


def stop_kernel(km, kc):
    kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=True)


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        reply = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def iopub_until_idle(kc, msg_id, timeout=TIMEOUT):
    """The IOPub messages caused by one request, up to its idle status (which is not included)."""
    deadline = time.monotonic() + timeout
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages
        messages.append(msg)


def execute(kc, code, timeout=TIMEOUT, **options):
    msg_id = kc.execute(code, **options)
    outputs = iopub_until_idle(kc, msg_id, timeout)
    return shell_reply(kc, msg_id, timeout), outputs


def of_type(messages, msg_type):
    return [m for m in messages if m["msg_type"] == msg_type]


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


# --- install --------------------------------------------------------------------------------------

@check("install: kernel install --prefix writes kernel.json that starts this build")
def _():
    done = cli("kernel", "install", "--prefix", PREFIX)
    assert done.returncode == 0, done.stderr
    path = os.path.join(PREFIX, "share", "jupyter", "kernels", KERNEL_NAME, "kernel.json")
    spec = json.load(open(path, encoding="utf-8"))
    assert spec["argv"][1:] == [CLI, "kernel", "-f", "{connection_file}", "--name", KERNEL_NAME], spec["argv"]
    assert os.path.isabs(spec["argv"][0]) or spec["argv"][0] == "dotnet", spec["argv"][0]
    assert spec["display_name"] == "C# (LtvKit)"
    assert spec["language"] == "csharp"
    assert spec["interrupt_mode"] == "message"
    # Served by Jupyter servers at /kernelspecs/NAME/plotly.min.js: the charts' HTML fallback loads it there, offline.
    plotly = os.path.join(os.path.dirname(path), "plotly.min.js")
    assert os.path.getsize(plotly) > 1_000_000, plotly


@check("install: a bad name is refused, exit 2")
def _():
    done = cli("kernel", "install", "--prefix", PREFIX, "--name", "my kernel")
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "not a kernel name" in done.stderr, done.stderr


@check("kernel: without a connection file, says how it is started, exit 2")
def _():
    done = cli("kernel")
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "ltvkit kernel -f FILE" in done.stderr and "kernel install --user" in done.stderr, done.stderr


KM, KC, LOG = start_kernel()

# --- the protocol ---------------------------------------------------------------------------------

@check("kernel_info: protocol 5.3, C# language_info, banner")
def _():
    reply = KC.kernel_info(reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok"
    assert reply["protocol_version"] == "5.3"
    assert reply["implementation"] == "ltvkit"
    info = reply["language_info"]
    assert info["name"] == "csharp" and info["mimetype"] == "text/x-csharp" and info["file_extension"] == ".cs", info
    assert info["version"], info
    assert "LtvKit" in reply["banner"]


@check("execute: stream, display_data and execute_result, in order, with the execution count")
def _():
    reply, outputs = execute(KC, 'Console.WriteLine("hello");\ndisplay(HTML("<b>顧客</b>"));\nvar answer = 41;\nanswer + 1')
    assert reply["content"]["status"] == "ok", reply["content"]
    count = reply["content"]["execution_count"]
    assert count >= 1
    kinds = [m["msg_type"] for m in outputs]
    assert kinds == ["status", "execute_input", "stream", "display_data", "execute_result"], kinds
    assert outputs[0]["content"]["execution_state"] == "busy"
    assert outputs[1]["content"]["execution_count"] == count
    assert outputs[2]["content"] == {"name": "stdout", "text": "hello\n"}
    assert outputs[3]["content"]["data"]["text/html"] == "<b>顧客</b>"
    result = outputs[4]["content"]
    assert result["execution_count"] == count and result["data"]["text/plain"] == "42", result


@check("display: a chart carries application/vnd.plotly.v1+json, an HTML fallback without any http source, and text/plain")
def _():
    reply, outputs = execute(KC, "display(Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1, 2, 3 }, new[] { 4, 5, 6 }));")
    assert reply["content"]["status"] == "ok", reply["content"]
    data = of_type(outputs, "display_data")[0]["content"]["data"]
    figure = data["application/vnd.plotly.v1+json"]
    figure = json.loads(figure) if isinstance(figure, str) else figure
    assert figure["data"][0]["type"] == "scatter" and figure["data"][0]["x"] == [1, 2, 3], figure["data"]
    assert "layout" in figure, figure.keys()
    html = data["text/html"]
    assert "http" not in html.lower(), [line for line in html.splitlines() if "http" in line.lower()]
    assert f"kernelspecs/{KERNEL_NAME}/plotly.min.js" in html
    assert data["text/plain"] == "Plotly chart (1 trace)", data["text/plain"]


@check("display: every rich output has text/plain beside it (HTML, a table)")
def _():
    reply, outputs = execute(KC, 'display(HTML("<p>F2 <b>転換率</b></p>"));\ndisplay(new[] { new { Id = 1, Yen = 3980 } });')
    assert reply["content"]["status"] == "ok", reply["content"]
    shown = [m["content"]["data"] for m in of_type(outputs, "display_data")]
    assert shown[0]["text/plain"] == "F2 転換率", shown[0]
    assert "text/html" in shown[1] and "3980" in shown[1]["text/plain"], shown[1]


@check("execute: the session keeps variables; counts go up by one")
def _():
    first, _ = execute(KC, "var twice = answer * 2;")
    second, outputs = execute(KC, "twice")
    assert second["content"]["execution_count"] == first["content"]["execution_count"] + 1
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "82"


@check("execute: the kit is loaded, no #r needed")
def _():
    reply, outputs = execute(KC, "typeof(InputException).Assembly.GetName().Name")
    assert reply["content"]["status"] == "ok", reply["content"]
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "LtvKit"


@check("execute: a compile error replies status error with ename, evalue, traceback, and publishes it")
def _():
    reply, outputs = execute(KC, "var x = 1;\nundefinedName + 1")
    content = reply["content"]
    assert content["status"] == "error", content
    assert content["ename"] == "CompilationError", content
    assert "CS0103" in content["evalue"] and "line 2" in content["evalue"], content["evalue"]
    assert isinstance(content["traceback"], list) and content["traceback"], content
    errors = of_type(outputs, "error")
    assert len(errors) == 1 and errors[0]["content"]["ename"] == "CompilationError"


@check("execute: an exception names its type and line")
def _():
    reply, _ = execute(KC, "int zero = 0;\nvar boom = 1 / zero;")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "DivideByZeroException", reply["content"]
    assert "line 2" in reply["content"]["evalue"], reply["content"]["evalue"]


@check("execute: silent runs publish nothing and do not count")
def _():
    before, _ = execute(KC, "1")
    msg_id = KC.execute('Console.WriteLine("quiet"); var silentRan = true;', silent=True)
    outputs = iopub_until_idle(KC, msg_id)
    reply = shell_reply(KC, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert [m["msg_type"] for m in outputs] == ["status"], [m["msg_type"] for m in outputs]
    after, outputs = execute(KC, "silentRan")
    assert after["content"]["execution_count"] == before["content"]["execution_count"] + 1
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "True"


@check("execute: store_history=false keeps the count")
def _():
    before, _ = execute(KC, "1")
    reply, outputs = execute(KC, "2", store_history=False)
    assert reply["content"]["execution_count"] == before["content"]["execution_count"]
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "2"
    after, _ = execute(KC, "3")
    assert after["content"]["execution_count"] == before["content"]["execution_count"] + 1


@check("execute: Console.ReadLine gets no input and does not hang (stdin refused)")
def _():
    reply, outputs = execute(KC, 'Console.ReadLine() ?? "no input"', allow_stdin=True, timeout=20)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "no input"


@check("interrupt: a loop that checks Cancellation stops at once and keeps the session")
def _():
    execute(KC, "var kept = 7;")
    msg_id = KC.execute("while (true) { Cancellation.ThrowIfCancellationRequested(); Thread.Sleep(20); }")
    time.sleep(1.0)
    started = time.monotonic()
    KM.interrupt_kernel()
    reply = shell_reply(KC, msg_id, timeout=30)
    took = time.monotonic() - started
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["ename"] == "Cancelled", reply["content"]
    assert took < 1.5, f"took {took:.1f} s"
    iopub_until_idle(KC, msg_id)
    after, outputs = execute(KC, "kept")
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "7", after["content"]


def interrupted_keeps_the_session(stuck):
    """`var kept = 1;`, then STUCK interrupted by an interrupt_request on the control channel, then `kept + 1` is 2."""
    execute(KC, "var kept = 1;")
    msg_id = KC.execute(stuck)
    time.sleep(1.5)
    # interrupt_mode "message": jupyter_client sends interrupt_request on the control channel.
    assert KM.kernel_spec.interrupt_mode == "message"
    KM.interrupt_kernel()
    reply = shell_reply(KC, msg_id, timeout=30)
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["ename"] == "Cancelled", reply["content"]
    assert reply["content"]["evalue"].endswith(": cancelled."), reply["content"]["evalue"]
    iopub_until_idle(KC, msg_id)
    after, outputs = execute(KC, "kept + 1")
    assert after["content"]["status"] == "ok", after["content"]
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "2"


@check("interrupt: Thread.Sleep(60000) stops and the session keeps its variables (kept + 1 is 2)")
def _():
    interrupted_keeps_the_session("Thread.Sleep(60000);")


@check("interrupt: while (true) { } stops and the session keeps its variables (kept + 1 is 2)")
def _():
    interrupted_keeps_the_session("while (true) { }")


@check("interrupt: a failed cell aborts the execute requests queued behind it")
def _():
    failing = KC.execute("throw new InvalidOperationException(\"stop here\");")
    queued = KC.execute("1 + 1")
    first = shell_reply(KC, failing)
    second = shell_reply(KC, queued)
    assert first["content"]["status"] == "error"
    assert second["content"]["status"] == "aborted", second["content"]
    iopub_until_idle(KC, queued)


@check("interrupt: SIGINT (interrupt_mode signal) interrupts the cell, not the kernel")
def _():
    msg_id = KC.execute("while (true) { Cancellation.ThrowIfCancellationRequested(); Thread.Sleep(20); }")
    time.sleep(1.0)
    KM.signal_kernel(signal.SIGINT)
    reply = shell_reply(KC, msg_id, timeout=30)
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "Cancelled", reply["content"]
    iopub_until_idle(KC, msg_id)
    assert KM.is_alive()
    after, _ = execute(KC, "1")
    assert after["content"]["status"] == "ok"


@check("is_complete: complete, incomplete with an indent, invalid")
def _():
    def ask(code):
        msg_id = KC.is_complete(code)
        return shell_reply(KC, msg_id)["content"]

    assert ask("var x = 1;")["status"] == "complete"
    incomplete = ask("foreach (var o in new[] { 1 })\n{")
    assert incomplete["status"] == "incomplete" and incomplete["indent"] == "    ", incomplete
    assert ask("var x = ;")["status"] == "invalid"


@check('complete: "abc". offers Length; a variable of an earlier cell by its prefix')
def _():
    reply = KC.complete('"abc".', 6, reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok"
    assert "Length" in reply["matches"], reply["matches"][:20]
    assert reply["cursor_start"] == 6 and reply["cursor_end"] == 6
    execute(KC, "var customerCount = 2357;")
    reply = KC.complete("customerC", 9, reply=True, timeout=TIMEOUT)["content"]
    assert "customerCount" in reply["matches"], reply["matches"]
    assert reply["cursor_start"] == 0


@check("complete: cursor positions are code points (an emoji before the cursor)")
def _():
    code = '"😀".Len'
    reply = KC.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
    assert reply["matches"] == ["Length"], reply["matches"]
    assert reply["cursor_start"] == len(code) - 3 and reply["cursor_end"] == len(code), reply


@check("inspect: the type and signature of the name at the cursor")
def _():
    code = '"abc".Length'
    reply = KC.inspect(code, len(code), reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok" and reply["found"], reply
    assert reply["data"]["text/plain"] == "(property) int string.Length { get; }", reply["data"]
    missing = KC.inspect("1 + 2", 2, reply=True, timeout=TIMEOUT)["content"]
    assert missing["status"] == "ok" and not missing["found"], missing


@check("comm_info: empty, status ok")
def _():
    comms = KC.comm_info(reply=True, timeout=TIMEOUT)["content"]
    assert comms == {"status": "ok", "comms": {}}, comms


@check("history: tail, range and search return this session's cells; silent runs are not kept")
def _():
    first, _ = execute(KC, "var historyMark = 40;")
    execute(KC, "var notKept = 1;", silent=True)
    second, _ = execute(KC, "historyMark + 2")
    line = second["content"]["execution_count"]
    assert line == first["content"]["execution_count"] + 1
    tail = KC.history(hist_access_type="tail", n=2, output=True, raw=True, reply=True, timeout=TIMEOUT)["content"]
    assert tail["status"] == "ok", tail
    assert tail["history"] == [[1, line - 1, ["var historyMark = 40;", None]], [1, line, ["historyMark + 2", "42"]]], tail["history"]
    ranged = KC.history(hist_access_type="range", session=0, start=line, stop=line + 1, output=False, raw=True, reply=True, timeout=TIMEOUT)["content"]
    assert ranged["history"] == [[1, line, "historyMark + 2"]], ranged["history"]
    found = KC.history(hist_access_type="search", pattern="*historyMark*", output=False, raw=True, reply=True, timeout=TIMEOUT)["content"]
    assert [h[2] for h in found["history"]] == ["var historyMark = 40;", "historyMark + 2"], found["history"]


@check("clear_output: a cell's clear_output(wait: true) is sent on IOPub before its next output")
def _():
    reply, outputs = execute(KC, 'Console.WriteLine("before");\nclear_output(wait: true);\nConsole.WriteLine("after");')
    assert reply["content"]["status"] == "ok", reply["content"]
    kinds = [(m["msg_type"], m["content"].get("wait", m["content"].get("text"))) for m in outputs if m["msg_type"] in ("stream", "clear_output")]
    assert kinds == [("stream", "before\n"), ("clear_output", True), ("stream", "after\n")], kinds


@check("unknown request: answered with an error reply, the kernel goes on")
def _():
    msg = KC.session.msg("made_up_request", {})
    KC.shell_channel.send(msg)
    reply = shell_reply(KC, msg["header"]["msg_id"])
    assert reply["msg_type"] == "made_up_reply", reply["msg_type"]
    assert reply["content"]["status"] == "error"


@check("signature: a message signed with another key is ignored, and logged")
def _():
    forged = Session(key=b"not-the-key", session=KC.session.session, username="intruder")
    msg = forged.msg("execute_request", {"code": 'Console.WriteLine("forged")', "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    forged.send(KC.shell_channel.socket, msg)
    try:
        reply = shell_reply(KC, msg["header"]["msg_id"], timeout=3)
        raise AssertionError(f"the kernel answered a forged message: {reply['content']}")
    except queue.Empty:
        pass
    alive = KC.kernel_info(reply=True, timeout=TIMEOUT)["content"]
    assert alive["status"] == "ok"
    LOG.flush()
    LOG.seek(0)
    assert "bad signature" in LOG.read(), "the kernel's stderr does not mention the bad signature"


@check("signature: the same signed message sent twice is answered once (replay)")
def _():
    msg = KC.session.msg("kernel_info_request", {})
    frames = KC.session.serialize(msg)
    KC.shell_channel.socket.send_multipart(frames)
    KC.shell_channel.socket.send_multipart(frames)
    shell_reply(KC, msg["header"]["msg_id"])
    try:
        reply = shell_reply(KC, msg["header"]["msg_id"], timeout=2)
        raise AssertionError(f"the replayed message was answered too: {reply['msg_type']}")
    except queue.Empty:
        pass


@check("heartbeat: echoes what it gets")
def _():
    info = KM.get_connection_info()
    socket = zmq.Context.instance().socket(zmq.REQ)
    socket.linger = 0
    socket.connect(f"tcp://{info['ip']}:{info['hb_port']}")
    try:
        socket.send(b"ping")
        assert socket.poll(5000), "no heartbeat answer in 5 s"
        assert socket.recv() == b"ping"
    finally:
        socket.close()


@check("restart: km.restart_kernel starts a new, empty session that executes")
def _():
    execute(KC, "var beforeRestart = 1;")
    KM.restart_kernel(now=False)
    KC.wait_for_ready(timeout=TIMEOUT)
    reply, outputs = execute(KC, "6 * 7")
    assert reply["content"]["status"] == "ok", reply["content"]
    assert reply["content"]["execution_count"] == 1, reply["content"]
    assert of_type(outputs, "execute_result")[0]["content"]["data"]["text/plain"] == "42"
    gone, _ = execute(KC, "beforeRestart")
    assert gone["content"]["status"] == "error" and "CS0103" in gone["content"]["evalue"], gone["content"]
    LOG.flush()
    LOG.seek(0)
    assert "ltvkit kernel: shut down on the client's request, for a restart." in LOG.read(), "the old kernel did not end by itself"


@check("shutdown: even with a cell stuck in a loop, the kernel replies and exits by itself, exit code 0")
def _():
    process = KM.provisioner.process
    KC.execute("while (true) { Thread.Sleep(50); }")
    time.sleep(0.5)
    KM.shutdown_kernel(now=False)
    assert process.poll() == 0, f"exit code {process.poll()} (killed by the client?)"
    KC.stop_channels()
    LOG.flush()
    LOG.seek(0)
    last = [line for line in LOG.read().splitlines() if line.startswith("ltvkit kernel: ")][-1]
    # Not "stopped (terminated …)": the client did not have to send SIGTERM after waiting for it.
    assert last == "ltvkit kernel: shut down on the client's request.", last


# --- nbconvert ------------------------------------------------------------------------------------

@check("nbconvert --execute runs a notebook on the kernel; nbformat validates the result")
def _():
    folder = os.path.join(PREFIX, "nb")
    os.makedirs(folder)
    with open(os.path.join(folder, "orders.csv"), "w", encoding="utf-8") as f:
        f.write("customer,yen\nA,3980\nB,12800\n")
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": "C# (LtvKit)", "language": "csharp"}
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# 注文\nA small notebook."),
        nbformat.v4.new_code_cell('var lines = File.ReadAllLines("orders.csv");\nConsole.WriteLine($"{lines.Length - 1} orders");'),
        nbformat.v4.new_code_cell("display(HTML(\"<i>shown</i>\"));\nlines.Skip(1).Sum(l => int.Parse(l.Split(',')[1]))"),
    ]
    source = os.path.join(folder, "small.ipynb")
    nbformat.write(notebook, source)
    done = subprocess.run(
        ["/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute", f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}",
         "--ExecutePreprocessor.timeout=120", "--output", "small.executed.ipynb", source],
        capture_output=True, text=True, timeout=300, cwd=folder)
    assert done.returncode == 0, done.stderr[-3000:]
    executed = nbformat.read(os.path.join(folder, "small.executed.ipynb"), as_version=4)
    nbformat.validate(executed)
    first, second = executed.cells[1], executed.cells[2]
    assert first.execution_count == 1 and first.outputs[0]["text"] == "2 orders\n", first.outputs
    assert second.outputs[0]["output_type"] == "display_data", second.outputs
    assert second.outputs[1]["output_type"] == "execute_result", second.outputs
    assert second.outputs[1]["data"]["text/plain"] == "16780", second.outputs[1]


@check("uninstall: removes the kernelspec; a second uninstall says there is none, exit 2")
def _():
    done = cli("kernel", "uninstall", "--prefix", PREFIX)
    assert done.returncode == 0, done.stderr
    assert not os.path.exists(os.path.join(PREFIX, "share", "jupyter", "kernels", KERNEL_NAME))
    again = cli("kernel", "uninstall", "--prefix", PREFIX)
    assert again.returncode == 2 and "no kernel named" in again.stderr, (again.returncode, again.stderr)


stop_kernel(KM, KC)
LOG.close()
shutil.rmtree(PREFIX, ignore_errors=True)
print(f"kernel: {results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results["failed"] else 0)
