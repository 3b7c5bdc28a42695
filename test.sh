#!/usr/bin/env bash
# The project's one test command: installs what the tests need on a fresh Debian machine,
# builds, runs every test project and executes every notebook. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

step() { printf '\n== %s ==\n' "$*"; }

# --- 1. System packages (skipped when already present) ---------------------------------------
# Debian's python3 (not a pyenv one) carries nbformat and the Jupyter tools.
PY=/usr/bin/python3
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x "$PY" ] && "$PY" -c 'import nbformat' 2>/dev/null || missing+=(python3-nbformat)
[ -x "$PY" ] && "$PY" -c 'import jupyter_client, nbclient' 2>/dev/null || missing+=(python3-jupyter-client python3-nbclient)
command -v jupyter-nbconvert >/dev/null 2>&1 || missing+=(jupyter-nbconvert)
# >>> kernel (issue 11): jupyter_kernel_test, run by tests/kernel/run.sh
[ -x "$PY" ] && "$PY" -c 'import jupyter_kernel_test' 2>/dev/null || missing+=(python3-jupyter-kernel-test)
# <<< kernel
# The classic Notebook server: a browser test runs 04 in it, offline (tests/LtvKit.BrowserTests/JupyterNotebookTests.cs).
[ -x /usr/bin/jupyter-notebook ] || missing+=(jupyter-notebook)
fc-list 2>/dev/null | grep -qi 'noto sans cjk' || missing+=(fonts-noto-cjk)
# npm fetches the report's plotly.js bundle and the browser tests' axe-core at the first build (package-lock.json files).
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The print test reads the report's A4 PDF back with poppler's pdftotext (tests/LtvKit.BrowserTests/PrintBrowserTests.cs).
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. Build ------------------------------------------------------------------------------
step "build"
dotnet build Notebooks.sln -c Release -nologo -clp:ErrorsOnly

# --- 3. Unit, CLI and browser tests -----------------------------------------------------------
step "tests"
results="$root/out/test-results"
rm -rf "$results"
status=0
dotnet test Notebooks.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" \
  --logger "console;verbosity=minimal" || status=$?

# --- 4. Every notebook, executed headless, exported to HTML and validated by nbformat ----------
ltvkit=(dotnet "$root/lib/LtvKit.Cli/bin/Release/net10.0/LtvKit.Cli.dll")
notebooks_failed=0
notebooks_passed=0
if ls notebooks/*.ipynb >/dev/null 2>&1; then
  step "notebooks"
  rm -rf out/notebooks
  "${ltvkit[@]}" notebook run notebooks --out out/notebooks --html || status=1
  for nb in notebooks/*.ipynb; do
    executed="out/notebooks/$(basename "$nb")"
    if [ -f "$executed" ] && "$PY" -c 'import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))' "$executed"; then
      notebooks_passed=$((notebooks_passed + 1))
    else
      echo "notebook failed or invalid: $nb"
      notebooks_failed=$((notebooks_failed + 1))
    fi
  done
  # >>> notebooks on other shops (issue 11): the Shift_JIS sample as it ships, and a 200-customer shop
  # made by `ltvkit sample`, through the notebooks' parameters cells (--param); every cell must run.
  shop200=$(mktemp -d)
  "${ltvkit[@]}" sample --customers 200 --seed 7 --out "$shop200" >/dev/null
  for shop in "shift_jis|$root/data-samples/shift_jis|--param encoding=shift_jis" "200|$shop200|"; do
    IFS='|' read -r name folder extra <<<"$shop"
    rm -rf "out/notebooks-$name"
    # shellcheck disable=SC2086  # $extra is zero or more whole --param words
    if "${ltvkit[@]}" notebook run notebooks --out "out/notebooks-$name" \
         --param "ordersPath=$folder/orders.csv" --param "customersPath=$folder/customers.csv" \
         --param "reportPath=$root/out/notebooks-$name/report.html" --param "adSpendPath=$folder/ad_spend.csv" $extra; then
      echo "  ok: every notebook on the $name shop"
      notebooks_passed=$((notebooks_passed + 1))
    else
      echo "  FAILED: a notebook on the $name shop"
      notebooks_failed=$((notebooks_failed + 1)); status=1
    fi
  done
  rm -rf "$shop200"
  # <<< notebooks on other shops
  [ "$notebooks_failed" -eq 0 ] || status=1
fi

# --- 5. The Jupyter kernel under the real Jupyter clients, and every notebook through nbconvert --
step "kernel"
kernel_log="$root/out/kernel-tests.log"
tests/kernel/run.sh "$root/lib/LtvKit.Cli/bin/Release/net10.0/LtvKit.Cli.dll" 2>&1 | tee "$kernel_log" || status=1
if ls notebooks/*.ipynb >/dev/null 2>&1; then
  step "notebooks on the kernel (jupyter nbconvert --execute)"
  prefix=$(mktemp -d)
  "${ltvkit[@]}" kernel install --prefix "$prefix" >/dev/null
  rm -rf out/nbconvert && mkdir -p out/nbconvert
  for nb in notebooks/*.ipynb; do
    if JUPYTER_PATH="$prefix/share/jupyter" /usr/bin/jupyter nbconvert --to notebook --execute \
         --ExecutePreprocessor.kernel_name=ltvkit-csharp --ExecutePreprocessor.timeout=600 \
         --output-dir out/nbconvert "$nb" >/dev/null 2>out/nbconvert/last-error.log \
       && "$PY" -c 'import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))' "out/nbconvert/$(basename "$nb")"; then
      echo "  ok: $nb"
      notebooks_passed=$((notebooks_passed + 1))
    else
      echo "  FAILED: $nb"; tail -20 out/nbconvert/last-error.log
      notebooks_failed=$((notebooks_failed + 1)); status=1
    fi
  done
  rm -rf "$prefix"
fi

# --- 6. The metrics against an independent implementation of METRICS.md (tests/reference) -------
step "reference check (tests/reference: METRICS.md again, in Python)"
reference_log="$root/out/reference-check.log"
LTVKIT_DLL="$root/lib/LtvKit.Cli/bin/Release/net10.0/LtvKit.Cli.dll" tests/reference/run.sh 2>&1 | tee "$reference_log" || status=1

# --- 7. Summary line (the TRX files of this run, the kernel checks, the notebooks, the reference cases)
"$PY" - "$results" "$notebooks_passed" "$notebooks_failed" "$kernel_log" "$reference_log" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
passed, failed, skipped = int(sys.argv[2]), int(sys.argv[3]), 0
kernel = re.findall(r"^kernel: (\d+) passed, (\d+) failed", open(sys.argv[4], encoding="utf-8").read(), re.M)
if kernel:
    passed += int(kernel[-1][0]); failed += int(kernel[-1][1])
else:
    failed += 1
reference = re.findall(r"^(\d+) of (\d+) cases agree; (\d+) failed", open(sys.argv[5], encoding="utf-8").read(), re.M)
if reference:
    agree, cases, bad = map(int, reference[-1])
    passed += agree; failed += bad
else:
    failed += 1
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find(".//{*}Counters")
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"\ntests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
