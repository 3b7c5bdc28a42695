#!/usr/bin/env bash
# The kit's Jupyter kernel under the real Jupyter clients: jupyter_client's KernelManager and
# `jupyter nbconvert --execute`. Builds nothing: give it the built CLI, or it takes the newest
# lib/LtvKit.Cli/bin/*/net10.0/LtvKit.Cli.dll.
#
#   tests/kernel/run.sh [PATH/TO/LtvKit.Cli.dll]
#
# Needs Debian's python3-jupyter-client, python3-nbformat and jupyter-nbconvert (./test.sh installs
# them); uses /usr/bin/python3, which has them, not a python3 that may come first on the PATH.
# Last line: "kernel: N passed, M failed"; exit code 1 when a check failed.
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
if ! "$python" -c "import jupyter_client, nbformat, zmq" 2>/dev/null || [[ ! -x /usr/bin/jupyter ]]; then
  echo "tests/kernel/run.sh: $python lacks jupyter_client/nbformat, or /usr/bin/jupyter is missing:" >&2
  echo "  apt-get install -y python3-jupyter-client python3-nbformat jupyter-nbconvert" >&2
  exit 2
fi

exec "$python" "$here/test_kernel.py" "$cli"
