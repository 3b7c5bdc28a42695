#!/usr/bin/env bash
# Independent check of `ltvkit metrics --format json` against tests/reference/metrics_reference.py
# (METRICS.md and DATA.md implemented again in plain Python). Prints every disagreement with both
# values; exits non-zero on any. Usage: tests/reference/run.sh [CASE_NAME ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dll="${LTVKIT_DLL:-$root/lib/LtvKit.Cli/bin/Release/net10.0/LtvKit.Cli.dll}"
if [ ! -f "$dll" ]; then
  dotnet build -c Release "$root/lib/LtvKit.Cli" -nologo -clp:ErrorsOnly >&2
fi
exec /usr/bin/python3 "$here/compare.py" "$dll" "$@"
