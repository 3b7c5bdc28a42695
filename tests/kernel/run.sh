#!/usr/bin/env bash
# The kit's Jupyter kernel under the real Jupyter clients: jupyter_client's KernelManager,
# `jupyter nbconvert --execute` (test_kernel.py) and jupyter_kernel_test's KernelTests
# (test_kernel_suite.py). Builds nothing: give it the built CLI, or it takes the newest
# lib/LtvKit.Cli/bin/*/net10.0/LtvKit.Cli.dll.
#
#   tests/kernel/run.sh [PATH/TO/LtvKit.Cli.dll]
#
# Needs Debian's python3-jupyter-client, python3-nbformat, jupyter-nbconvert and
# python3-jupyter-kernel-test (./test.sh installs them); uses /usr/bin/python3, which has them, not a
# python3 that may come first on the PATH.
# Last line: "kernel: N passed, M failed" (both files' tests); exit code 1 when a check failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

cli="${1:-}"
if [[ -z "$cli" ]]; then
  cli="$(ls -t "$root"/lib/LtvKit.Cli/bin/*/net10.0/LtvKit.Cli.dll 2>/dev/null | head -n 1 || true)"
fi
if [[ -z "$cli" || ! -f "$cli" ]]; then
  echo "tests/kernel/run.sh: no LtvKit.Cli.dll (build first: dotnet build Notebooks.sln), or pass its path." >&2
  exit 2
fi

python=/usr/bin/python3
if ! "$python" -c "import jupyter_client, nbformat, zmq, jupyter_kernel_test" 2>/dev/null || [[ ! -x /usr/bin/jupyter ]]; then
  echo "tests/kernel/run.sh: $python lacks jupyter_client/nbformat/jupyter_kernel_test, or /usr/bin/jupyter is missing:" >&2
  echo "  apt-get install -y python3-jupyter-client python3-nbformat jupyter-nbconvert python3-jupyter-kernel-test" >&2
  exit 2
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
"$python" "$here/test_kernel.py" "$cli" 2>&1 | tee "$log" || status=1
"$python" "$here/test_kernel_suite.py" "$cli" 2>&1 | tee -a "$log" || status=1
# One line for test.sh: the checks of test_kernel.py plus the suite's tests (a file that did not get
# to its last line counts as one failure).
"$python" - "$log" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
passed = failed = 0
for pattern in (r"^kernel: (\d+) passed, (\d+) failed$", r"^kernel suite: (\d+) passed, (\d+) failed"):
    found = re.findall(pattern, text, re.M)
    if found:
        passed += int(found[-1][0]); failed += int(found[-1][1])
    else:
        failed += 1
print(f"kernel: {passed} passed, {failed} failed")
PY
exit $status
