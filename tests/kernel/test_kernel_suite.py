"""jupyter_kernel_test (Debian's python3-jupyter-kernel-test) against the kit's kernel.

Usage: /usr/bin/python3 tests/kernel/test_kernel_suite.py PATH/TO/LtvKit.Cli.dll

Installs the kernel into a temporary prefix with `ltvkit kernel install --prefix`, points
JUPYTER_PATH there, and runs jupyter_kernel_test's KernelTests with the samples below: every
message is also checked against the suite's schema of the messaging protocol 5.x. Prints one line
per test and a last line "kernel suite: N passed, M failed, K skipped"; exit code 1 when one failed.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

if len(sys.argv) != 2 or not os.path.isfile(sys.argv[1]):
    sys.exit("usage: /usr/bin/python3 tests/kernel/test_kernel_suite.py PATH/TO/LtvKit.Cli.dll")
CLI = os.path.abspath(sys.argv[1])
DOTNET = os.environ.get("DOTNET", shutil.which("dotnet") or "dotnet")

try:
    import jupyter_kernel_test
except ImportError as e:  # pragma: no cover - a setup problem, said plainly
    sys.exit(f"the kernel suite needs Debian's python3-jupyter-kernel-test ({e}); ./test.sh installs it")

PREFIX = tempfile.mkdtemp(prefix="ltvkit-kernel-suite-")
os.environ["JUPYTER_PATH"] = os.path.join(PREFIX, "share", "jupyter")
os.environ["JUPYTER_DATA_DIR"] = os.path.join(PREFIX, "data")
os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(PREFIX, "runtime")
subprocess.run([DOTNET, CLI, "kernel", "install", "--prefix", PREFIX], check=True, capture_output=True, timeout=120)


class LtvKitKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "ltvkit-csharp"
    language_name = "csharp"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("to stderr");'
    code_generate_error = 'throw new InvalidOperationException("on purpose");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"顧客" + "数"', "result": "顧客数"},
        {"code": "new[] { 3, 1, 2 }.Max()", "result": "3"},
    ]
    code_display_data = [
        {"code": 'display(HTML("<b>F2</b>"));', "mime": "text/html"},
        {"code": 'display(HTML("<b>F2</b>"));', "mime": "text/plain"},
        {"code": "display(Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 }));", "mime": "application/vnd.plotly.v1+json"},
    ]

    # Matches "6 * 7" of code_execute_result (a glob over the whole input, as IPython matches).
    code_history_pattern = "6 ?*"
    supported_history_operations = ("tail", "range", "search")

    code_clear_output = 'Console.WriteLine("soon gone");\nclear_output();'

    completion_samples = [
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "Math.Sq", "matches": {"Sqrt"}},
    ]
    code_inspect_sample = "Math.Sqrt"

    complete_code_samples = ["var x = 1;", "6 * 7", 'Console.WriteLine("done");']
    incomplete_code_samples = ["foreach (var o in new[] { 1 })\n{", 'var s = @"open', "/* still a comment"]
    invalid_code_samples = ["var x = ;", "}"]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The first cell pays Roslyn's start-up; the suite's replies have 15 s each.
        msg_id = cls.kc.execute("1")
        while cls.kc.get_shell_msg(timeout=120)["parent_header"].get("msg_id") != msg_id:
            pass


class Counting(unittest.TextTestResult):
    """A test with a failed subtest counts once, as failed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.failed_tests = set()

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.failed_tests.add(test.id())

    def addError(self, test, err):
        super().addError(test, err)
        self.failed_tests.add(getattr(test, "id", lambda: str(test))())

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and not issubclass(err[0], unittest.SkipTest):
            self.failed_tests.add(test.id())


suite = unittest.defaultTestLoader.loadTestsFromTestCase(LtvKitKernelTests)
result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2, resultclass=Counting).run(suite)
shutil.rmtree(PREFIX, ignore_errors=True)
skipped = len(result.skipped)
failed = len(result.failed_tests)
passed = result.testsRun - skipped - failed
print(f"kernel suite: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
