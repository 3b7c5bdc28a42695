#!/usr/bin/python3
"""Runs the reference (metrics_reference.py) and `ltvkit metrics --format json` / `ltvkit customers`
on every case of cases.txt and prints every disagreement with both values.

Counts and yen are compared exactly, rates and means to 1e-9 relative. A case whose name starts
with "+" (and any case whose metrics disagree) also compares the customer table (`ltvkit customers`)
row by row. Exit code 1 on any disagreement. Usage: compare.py LTVKIT_DLL [CASE_NAME ...]
"""
import concurrent.futures
import csv
import json
import os
import shlex
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import metrics_reference  # noqa: E402

REL = 1e-9
REF_LOCK = threading.Lock()
ROUNDED_2DP = {"tenure_months", "aov"}
JOBS = int(os.environ.get("REFERENCE_JOBS", "2"))
# Keys of lists of records and the field that identifies a record.
LIST_KEYS = {"segments": ("segment", "status"), "monthly": ("month",),
             "byFirstChannel": ("value",), "byFirstProduct": ("value",),
             "returnCurve": ("gapDays",), "nps": ("segment",)}
# Keys the kit prints that METRICS.md does not define (not compared).
KIT_ONLY_OK = {"input.duplicateLines", "input.amountUsed", "input.similarCustomerIds", "f2.target", "costs"}  # costs: the options echoed


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def same_num(path, a, b):
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    if float(a) == float(b):
        return True
    return abs(float(a) - float(b)) <= REL * max(abs(float(a)), abs(float(b)))


def diff(path, ref, kit, out):
    if isinstance(ref, dict) and isinstance(kit, dict):
        for k in ref:
            if k.startswith("_"):
                continue
            p = f"{path}.{k}" if path else k
            if k not in kit:
                out.append((p, ref[k], "<missing>"))
            elif k in LIST_KEYS and isinstance(ref[k], list) and isinstance(kit[k], list):
                diff_list(p, LIST_KEYS[k], ref[k], kit[k], out)
            else:
                diff(p, ref[k], kit[k], out)
        for k in kit:
            p = f"{path}.{k}" if path else k
            if k not in ref and p not in KIT_ONLY_OK:
                out.append((p, "<not in reference>", kit[k]))
    elif isinstance(ref, list) and isinstance(kit, list):
        if len(ref) != len(kit):
            out.append((path + ".length", len(ref), len(kit)))
        for i, (a, b) in enumerate(zip(ref, kit)):
            diff(f"{path}[{i}]", a, b, out)
    elif is_num(ref) and is_num(kit):
        if not same_num(path, ref, kit):
            out.append((path, ref, kit))
    elif ref != kit:
        out.append((path, ref, kit))


def diff_list(path, key, ref, kit, out):
    rk = {tuple(r.get(k) for k in key): r for r in ref}
    kk = {tuple(r.get(k) for k in key): r for r in kit}
    for k, r in rk.items():
        name = f"{path}[{'/'.join(map(str, k))}]"
        if k not in kk:
            out.append((name, "present", "<missing>"))
        else:
            diff(name, r, kk[k], out)
    for k in kk:
        if k not in rk:
            out.append((f"{path}[{'/'.join(map(str, k))}]", "<missing>", "present"))
    # order of the by-first lists: largest group first
    if key == ("value",):
        sizes = [r.get("customers") for r in kit]
        if sizes != sorted(sizes, reverse=True):
            out.append((path + ".order", "sorted by customers", sizes))


def read_customers(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {r["customer_id"]: r for r in csv.DictReader(f)}


def diff_customers(ref_path, kit_path, out, limit=8):
    ref, kit = read_customers(ref_path), read_customers(kit_path)
    n = 0
    for cid in sorted(set(ref) | set(kit)):
        a, b = ref.get(cid), kit.get(cid)
        if a is None or b is None:
            out.append((f"customers[{cid}]", "present" if a else "<absent>",
                        "present" if b else "<absent>"))
            n += 1
        else:
            for k, v in a.items():
                w = b.get(k)
                try:
                    if k in ROUNDED_2DP:  # optional columns the kit prints to 2 decimals
                        eq = abs(float(v) - float(w)) <= 0.005 + 1e-9 * abs(float(v))
                    else:
                        eq = float(v) == float(w)
                except (TypeError, ValueError):
                    eq = v == w
                if not eq:
                    out.append((f"customers[{cid}].{k}", v, w))
                    n += 1
        if n >= limit:
            out.append(("customers", "...", "(more customer differences cut)"))
            break


def run_case(dll, name, args, tmp, with_customers):
    out = []
    argv = shlex.split(args)
    ref_csv = os.path.join(tmp, name + ".ref.csv")
    try:
        with REF_LOCK:
            ref = json.loads(json.dumps(metrics_reference.run(argv + ["--customers-out", ref_csv])))
    except SystemExit as e:
        ref = {"_error": str(e)}
    kit_csv = os.path.join(tmp, name + ".kit.csv")
    # The kit's cost options are CLI options; the reference takes the same ones.
    p = subprocess.run(["dotnet", dll, "metrics", "--format", "json"] + argv, cwd=ROOT,
                       capture_output=True, text=True)
    if p.returncode != 0:
        if "_error" not in ref:
            out.append(("exit code", 0, f"{p.returncode}: " + p.stderr.strip()[:300]))
        return out  # both refuse the input: agreement
    if "_error" in ref:
        out.append(("reference", ref["_error"], "kit ran"))
        return out
    kit = json.loads(p.stdout)
    diff("", ref, kit, out)
    # DATA.md: amounts of used rows add up to revenue.
    if ref["_check"]["revenueOfNonCustomers"] != 0:
        # Not a kit error: DATA.md says used amounts add up to revenue, METRICS.md leaves
        # customers without a purchase out of the table (FINDINGS.md, A1).
        print(f"note {name}: used amounts - revenue = {ref['_check']['revenueOfNonCustomers']}"
              " (returns of customers without a purchase; FINDINGS.md A1)")
    ri = ref["input"]
    if ri["rowsRead"] != ri["rowsUsed"] + ri["rowsRejected"] + ri["rowsCancelled"] + ri["rowsAfterAsOf"]:
        out.append(("reference identity", ri, "-"))
    ki = kit.get("input", {})
    if ki.get("rowsRead") != sum(ki.get(k, 0) for k in
                                 ("rowsUsed", "rowsRejected", "rowsCancelled", "rowsAfterAsOf")):
        out.append(("kit identity rowsRead = used+rejected+cancelled+afterAsOf", "holds", ki))
    if not (with_customers or out):
        return out
    cargv = [a for a in argv]
    p = subprocess.run(["dotnet", dll, "customers", "--out", kit_csv] + cargv, cwd=ROOT,
                       capture_output=True, text=True)
    if p.returncode != 0:
        out.append(("customers exit code", 0, f"{p.returncode}: {p.stderr.strip()[:300]}"))
    else:
        diff_customers(ref_csv, kit_csv, out)
    return out


def main():
    dll = os.path.abspath(sys.argv[1])
    os.chdir(ROOT)
    only = set(sys.argv[2:])
    cases = []
    with open(os.path.join(HERE, "cases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            name, args = line.split(None, 1)
            with_customers = name.startswith("+")
            ambiguous = name.startswith("?")
            name = name.lstrip("+?")
            if not only or name in only:
                cases.append((name, args, with_customers, ambiguous))
    bad = differ = 0
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        # generated inputs (too big to commit): {tmp}/NAME.csv in cases.txt
        import make_cases
        if any("{tmp}/late_sjis.csv" in c[1] for c in cases):
            make_cases.late_sjis(os.path.join(tmp, "late_sjis.csv"))
        if any("{tmp}/shuffled.csv" in c[1] for c in cases):
            make_cases.shuffled(os.path.join(ROOT, "data-samples", "orders.csv"),
                                os.path.join(tmp, "shuffled.csv"))
        cases = [(n, a.replace("{tmp}", tmp), w, amb) for n, a, w, amb in cases]
        futures = [pool.submit(run_case, dll, c[0], c[1], tmp, c[2]) for c in cases]
        for (name, args, with_customers, ambiguous), fut in zip(cases, futures):
            out = fut.result()
            if out and ambiguous:
                print(f"DIFF {name} (undecided by the specs, not counted): {args}")
            elif out:
                bad += 1
                print(f"FAIL {name}: {args}")
            shown = out if not ambiguous else out[:6]
            for path, r, k in shown:
                print(f"    {path}: reference={r!r} kit={k!r}")
            if len(shown) < len(out):
                print(f"    ... {len(out) - len(shown)} more")
            if not out:
                print(f"ok   {name}")
            else:
                differ += 1
    print(f"{len(cases) - differ} of {len(cases)} cases agree; {bad} failed"
          f" ({differ - bad} undecided by the specs)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
