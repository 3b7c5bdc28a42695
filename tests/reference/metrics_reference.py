#!/usr/bin/python3
"""An independent reference implementation of ../shared/METRICS.md and DATA.md.

Written from the two documents only (not from the C# code), in plain Python 3 standard library,
so that `ltvkit metrics --format json` can be checked number by number (tests/reference/run.sh).

Usage:
  metrics_reference.py --orders FILE [--orders FILE2 ...] [--as-of yyyy-MM-dd] [--amount incl|excl]
      [--zero-orders skip|purchase] [--config F.json] [--preset shopify|cdnow|rakuten|amazon]
      [--time-zone Asia/Tokyo] [--map field=header ...]
      [--gross-margin X --cpo Y [--retention-cost Z]] [--customers-out F.csv]

Prints the metrics JSON on stdout (same keys as METRICS.md §6). Money is exact (Decimal) until the
final division; rates and means are exact fractions turned into floats at the end.

Where METRICS.md / DATA.md can be read two ways, the reading taken here is marked "READING:".
"""
import argparse
import csv
import datetime as dt
import math
import io
import json
import re
import sys
import hashlib
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

# ----------------------------------------------------------------------------------------------
# DATA.md: recognised headers (case- and width-insensitive, spaces ignored)


def norm_header(h):
    h = unicodedata.normalize("NFKC", h or "").casefold()
    return re.sub(r"\s+", "", h)


ALIASES = {
    "order_id": ["注文ID", "注文番号", "受注番号", "注文No", "order_id", "order id"],
    "customer_id": ["顧客ID", "顧客番号", "会員ID", "会員番号", "customer_id", "customer id"],
    "order_date": ["注文日", "注文日時", "受注日", "購入日", "order_date", "order date", "Created at"],
    "amount_incl": ["金額(税込)", "税込金額", "合計金額(税込)", "購入金額", "amount", "total"],
    "amount_excl": ["金額(税抜)", "税抜金額", "amount_excl_tax", "Subtotal"],
    "product": ["商品名", "product", "Lineitem name"],
    "category": ["カテゴリ", "category"],
    "channel": ["チャネル", "流入経路", "販路", "媒体", "channel", "Source"],
    "status": ["ステータス", "注文ステータス", "status"],
    # lib/LtvKit/README.md §5 "subscription (order kind)" (Shopify's Tags are not read here).
    "subscription": ["定期区分", "定期購入区分", "定期フラグ", "受注種別", "注文種別", "購入種別",
                     "subscription", "order_type", "order type"],
}
# Shopify-only names (DATA.md: "Name (Shopify)", "Email (Shopify, when no id column)").
SHOPIFY_FALLBACK = {"order_id": "Name", "customer_id": "Email"}

CANCEL_WORDS = ["キャンセル", "取消", "cancelled", "canceled"]


def decode(raw):
    """UTF-8 (with or without BOM) or Shift_JIS/CP932, strict."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp932")


# ----------------------------------------------------------------------------------------------
# DATA.md: dates and amounts

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?"
_DATE_RES = [
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + "$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日" + _TIME + "$"),
]


def parse_date(text):
    """The calendar date as written (time of day and zone ignored, never converted)."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    for rx in _DATE_RES:
        m = rx.match(s)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


_NUM = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def parse_amount(text):
    """12800, 12,800, ¥12,800, ￥12,800, 12,800円, １２，８００, -1,200, △1,200, decimals."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        return None
    neg = None
    if s[:1] == "(" and s[-1:] == ")":  # accounting brackets: rejected (lib/LtvKit/README.md)
        return None
    for _ in range(3):
        if s[:1] in ("△", "▲", "-", "\u2212"):
            if neg is not None:
                return None
            neg = True
            s = s[1:].strip()
        elif s[:1] in ("¥", "\\"):
            s = s[1:].strip()
    if s.endswith("円"):
        s = s[:-1].strip()
    if not _NUM.match(s):
        return None
    v = Decimal(s.replace(",", ""))
    return -v if neg else v


REGULAR, SUBSCRIPTION, HANPUKAI = 0, 1, 2
TRIAL_WORDS = ["お試し", "トライアル", "サンプル", "trial", "sample"]
UPGRADE_DAYS = 60


def order_kind(text):
    # lib/LtvKit/README.md §5: 頒布 / hanpukai → 頒布会; 定期, subscription, recurring, teiki, or exactly
    # 1 / true / yes → 定期; anything else 通常 (NFKC, any case).
    s = unicodedata.normalize("NFKC", text or "").strip().casefold()
    if "頒布" in s or "hanpukai" in s:
        return HANPUKAI
    if any(w in s for w in ("定期", "subscription", "recurring", "teiki")) or s in ("1", "true", "yes"):
        return SUBSCRIPTION
    return REGULAR


def is_trial(product):
    name = unicodedata.normalize("NFKC", product).casefold()
    return any(unicodedata.normalize("NFKC", w).casefold() in name for w in TRIAL_WORDS)


def is_cancelled(status):
    s = unicodedata.normalize("NFKC", status or "").casefold().strip()
    # READING: a status "carries" a cancelled word when it contains it (キャンセル済 is cancelled).
    return any(w.casefold() in s for w in CANCEL_WORDS)


# ----------------------------------------------------------------------------------------------
# Reading the orders files


class Row:
    __slots__ = ("seq", "file", "line", "order", "customer", "date", "amount", "product",
                 "channel", "cancelled", "reason", "kind")


# ----------------------------------------------------------------------------------------------
# Cart exports (lib/LtvKit/README.md, "Cart and marketplace exports"): two of them, read here
# from the column table of the README, not from the C# presets.


def nayose_id(name, phone):
    """名寄せ name+phone: NFKC and no spaces for the name; digits for the phone, +81 -> 0; NP + 12 hex of SHA-256."""
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    folded = unicodedata.normalize("NFKC", phone).strip()
    digits = re.sub(r"[^0-9]", "", folded)
    if folded.startswith("+81") and len(digits) > 2:
        digits = digits[2:]
        if not digits.startswith("0"):
            digits = "0" + digits
    if not name or not digits:
        return None
    return "NP" + hashlib.sha256((name + "\x1f" + digits).encode("utf-8")).hexdigest()[:12]


def read_cart(paths, preset, zone):
    """楽天 RMS 受注データ (名寄せ by name+phone; 注文日 + 注文時間; 合計金額 once per order) or Amazon's tab-separated order report (UTC purchase-date)."""
    from zoneinfo import ZoneInfo
    tz = ZoneInfo(zone)
    rows, seq = [], 0
    for path in paths:
        with open(path, "rb") as f:
            text = decode(f.read())
        reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t" if preset == "amazon" else ",")
        header = [norm_header(h) for h in next(reader)]

        def c(name):
            k = norm_header(name)
            return header.index(k) if k in header else None

        first_of = {}
        for rec in reader:
            if not rec:
                continue
            seq += 1
            r = Row()
            r.seq, r.file, r.line, r.reason = seq, path, reader.line_num, None
            rows.append(r)
            if len(rec) != len(header):
                r.reason = "column count"
                continue

            def get(name):
                i = c(name)
                return rec[i].strip() if i is not None else ""

            if preset == "rakuten":
                r.order = get("受注番号")
                r.customer = nayose_id(get("注文者名字") + get("注文者名前"),
                                       get("注文者電話番号1") + get("注文者電話番号2") + get("注文者電話番号3"))
                r.product, r.channel = get("商品名"), ""
                r.date = parse_date((get("注文日") + " " + get("注文時間")).strip())
                if r.order in first_of:  # the order's total and status are on its first row
                    r.amount, r.cancelled = Decimal(0), first_of[r.order].cancelled
                else:
                    r.amount = parse_amount(get("合計金額"))
                    r.cancelled = unicodedata.normalize("NFKC", get("受注ステータス")) in ("キャンセル確定", "キャンセル確定待ち")
                    first_of[r.order] = r
            else:
                r.order = get("order-id") or get("amazon-order-id")
                r.customer = get("buyer-email")
                r.product, r.channel = get("product-name"), get("sales-channel")
                try:
                    instant = dt.datetime.fromisoformat(get("purchase-date").replace("Z", "+00:00"))
                    if instant.tzinfo is None:
                        instant = instant.replace(tzinfo=dt.timezone.utc)
                    r.date = instant.astimezone(tz).date()
                except ValueError:
                    r.date = None
                r.amount = parse_amount(get("item-price"))
                r.cancelled = get("order-status") == "Cancelled"
            if not r.customer:
                r.reason = "no customer id"
            elif r.date is None:
                r.reason = "date"
            elif r.amount is None:
                r.reason = "amount"
    return rows, "incl"


def read_orders(paths, basis_opt, preset, maps):
    rows = []
    seq = 0
    if preset == "cdnow":
        # METRICS.md §5: CDNOW_sample.txt is whitespace-separated, no header: master id,
        # customer id, yyyymmdd, number of CDs, dollar value. CDNOW_master.txt (the 23,570
        # customers of DATA.md) has no master id: customer id, yyyymmdd, CDs, dollars, here under
        # a header line. One row = one transaction (its own order).
        for path in paths:
            with open(path, "rb") as f:
                text = decode(f.read())
            for line_no, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                f5 = line.split()
                if line_no == 1 and "customer_id" in f5:
                    continue  # the master file's header line
                seq += 1
                r = Row()
                r.seq, r.file, r.line, r.reason = seq, path, line_no, None
                rows.append(r)
                if len(f5) == 4:
                    f5 = [f5[0]] + f5
                if len(f5) != 5:
                    r.reason = "column count"
                    continue
                r.order, r.customer = f"#row{seq}", f5[1]
                r.product, r.channel, r.cancelled = "", "", False
                r.date, r.amount = parse_date(f5[2]), parse_amount(f5[4])
                if r.date is None or r.amount is None:
                    r.reason = "date/amount"
        return rows, "incl"
    # The amount basis: tax-included when that column exists, else tax-excluded. READING: with
    # several files, one basis for all of them, incl only when every file has a 税込 column.
    texts, has_incl = [], []
    for path in paths:
        with open(path, "rb") as f:
            texts.append(decode(f.read()))
        hdr = next(csv.reader(io.StringIO(texts[-1], newline="")), [])
        nh = {norm_header(h) for h in hdr}
        has_incl.append(any(norm_header(n) in nh for n in ALIASES["amount_incl"])
                        or any(m.split("=", 1)[0] in ("amount", "amount_incl") for m in maps))
    basis = basis_opt or ("incl" if all(has_incl) else "excl")
    for path, text in zip(paths, texts):
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader)
        except StopIteration:
            raise SystemExit(f"{path}: empty file")
        nh = [norm_header(h) for h in header]

        def find(names):
            for n in names:
                k = norm_header(n)
                if k in nh:
                    return nh.index(k)
            return None

        col = {f: find(names) for f, names in ALIASES.items()}
        for m in maps:
            f, h = m.split("=", 1)
            key = {"amount": "amount_incl"}.get(f, f)
            if norm_header(h) in nh:
                col[key] = nh.index(norm_header(h))
        shopify = preset == "shopify" or (
            "name" in nh and "createdat" in nh and "lineitemname" in nh)
        cancelled_at = nh.index("cancelledat") if "cancelledat" in nh else None
        refunded = nh.index("refundedamount") if "refundedamount" in nh else None
        if shopify or col["order_id"] is None:
            if col["order_id"] is None and "name" in nh and shopify:
                col["order_id"] = nh.index("name")
        if col["customer_id"] is None and "email" in nh:
            col["customer_id"] = nh.index("email")
        for req in ("customer_id", "order_date"):
            if col[req] is None:
                raise SystemExit(f"{path}: missing column {req}; headers {header}")
        acol = col["amount_incl"] if basis == "incl" else col["amount_excl"]
        if acol is None:
            raise SystemExit(f"{path}: no amount column for basis {basis}")

        shopify_first = {}
        line_no = 1
        for rec in reader:
            span = reader.line_num - line_no  # physical lines this record took
            line_no = reader.line_num
            if rec == [] or rec == [""] and len(header) > 1:
                continue  # READING: a blank line is not a row
            seq += 1
            r = Row()
            r.seq, r.file, r.line, r.reason = seq, path, line_no, None
            rows.append(r)
            if len(rec) != len(header):
                r.reason = "column count"
                # A record over several lines that does not parse is a runaway quote: each line it
                # swallowed is a rejected row (lib/LtvKit/README.md, "Bad input").
                for extra in range(1, span):
                    seq += 1
                    x = Row()
                    x.seq, x.file, x.line, x.reason = seq, path, line_no - extra, "runaway quote"
                    rows.append(x)
                continue

            def get(c):
                return rec[c].strip() if c is not None else ""

            r.order = get(col["order_id"]) if col["order_id"] is not None else f"#row{seq}"
            r.customer = get(col["customer_id"])
            r.product = get(col["product"])
            r.channel = get(col["channel"])
            r.date = parse_date(get(col["order_date"]))
            r.cancelled = is_cancelled(get(col["status"]))
            r.kind = order_kind(get(col["subscription"]))
            first_of_order = True
            if shopify:
                first_of_order = r.order not in shopify_first
                if first_of_order:
                    shopify_first[r.order] = r
                else:
                    # READING: "its other rows are used rows with amount 0" (METRICS.md §2): a
                    # blank customer or date on a later row is the order's, from its first row.
                    f0 = shopify_first[r.order]
                    if not r.customer:
                        r.customer = f0.customer
                    if r.date is None and not get(col["order_date"]):
                        r.date = f0.date
            if shopify and not first_of_order:
                r.amount = Decimal(0)  # order-level fields are read from the first row only
                r.cancelled = None     # filled from the first row below
            else:
                r.amount = parse_amount(get(acol))
                if shopify:
                    if cancelled_at is not None and get(cancelled_at):
                        r.cancelled = True
                    if refunded is not None and get(refunded) and r.amount is not None:
                        ra = parse_amount(get(refunded))
                        if ra is None:
                            r.reason = "refunded amount"
                        else:
                            r.amount -= ra
            if not r.customer:
                r.reason = "no customer id"
            elif r.date is None:
                r.reason = "date"
            elif r.amount is None:
                r.reason = r.reason or "amount"
        if shopify:
            first = {}
            for r in rows:
                if r.file == path and r.reason is None:
                    if r.cancelled is not None:
                        first.setdefault(r.order, r.cancelled)
            for r in rows:
                if r.file == path and r.cancelled is None:
                    r.cancelled = first.get(r.order, False)
    # DATA.md: more than 1% of the rows rejected fails the run (the file was misread). The
    # conflicting-customer rule is applied in build(), so the check is made there.
    return rows, basis


# ----------------------------------------------------------------------------------------------
# METRICS.md §1-2: orders, purchases, the customer table


def build(rows, as_of_opt, zero_purchase):
    # An order whose lines disagree on the customer id: all its rows rejected (kit decision).
    custs = {}
    for r in rows:
        if r.reason is None:
            custs.setdefault(r.order, set()).add(r.customer)
    for r in rows:
        if r.reason is None and len(custs[r.order]) > 1:
            r.reason = "conflicting customer"
    good = [r for r in rows if r.reason is None]
    if (len(rows) - len(good)) * 100 > len(rows):
        raise SystemExit(f"{len(rows) - len(good)} of {len(rows)} rows rejected: more than 1%")
    orders = {}
    for r in good:
        o = orders.setdefault(r.order, {"id": r.order, "rows": [], "seq": r.seq})
        o["rows"].append(r)
    for o in orders.values():
        o["date"] = min(r.date for r in o["rows"])  # earliest line, a cancelled line included
        o["customer"] = o["rows"][0].customer
    if not orders and not as_of_opt:
        raise SystemExit("no usable order: no as-of date")
    as_of = as_of_opt or max(o["date"] for o in orders.values())
    counts = {"rowsRead": len(rows), "rowsUsed": 0, "rowsRejected": len(rows) - len(good),
              "rowsCancelled": 0, "rowsAfterAsOf": 0, "ordersCancelled": 0}
    live = []
    used_amount = Decimal(0)
    for o in sorted(orders.values(), key=lambda o: o["seq"]):
        if o["date"] > as_of:
            counts["rowsAfterAsOf"] += len(o["rows"])
            continue
        used = [r for r in o["rows"] if not r.cancelled]
        counts["rowsCancelled"] += len(o["rows"]) - len(used)
        counts["rowsUsed"] += len(used)
        if not used:
            counts["ordersCancelled"] += 1
            continue
        o["used"] = used
        o["amount"] = sum((r.amount for r in used), Decimal(0))
        used_amount += o["amount"]
        o["purchase"] = o["amount"] > 0 or (zero_purchase and o["amount"] == 0)
        # The order is 定期/頒布会 when any used line says so; its product is its largest line's.
        o["kind"] = max(getattr(r, "kind", None) or REGULAR for r in used)
        o["product"] = max(used, key=lambda r: (r.amount, -r.seq)).product
        live.append(o)
    by_cust = {}
    for o in live:
        by_cust.setdefault(o["customer"], []).append(o)
    table = {}
    returners, returned = 0, Decimal(0)
    for cid, os_ in by_cust.items():
        purchases = [o for o in os_ if o["purchase"]]
        if not purchases:
            # Customers with no purchase whose orders include a return: in the used amounts, not
            # in revenue; the kit reports them as input.returnsWithoutPurchase.
            if any(o["amount"] < 0 for o in os_):
                returners += 1
                returned += sum((o["amount"] for o in os_), Decimal(0))
            continue
        days = sorted({o["date"] for o in purchases})
        first, last = days[0], days[-1]
        first_day = sorted((o for o in purchases if o["date"] == first), key=lambda o: o["seq"])
        fo = first_day[0]
        biggest = max(fo["used"], key=lambda r: (r.amount, -r.seq))
        c = {
            "id": cid,
            "orders": len(purchases),
            "purchaseDays": len(days),
            "days": days,
            "revenue": sum((o["amount"] for o in os_), Decimal(0)),
            "first": first,
            "last": last,
            "tenure": (last - first).days,
            "recency": (as_of - last).days,
            "d2": (days[1] - first).days if len(days) > 1 else None,
            "firstChannel": fo["used"][0].channel,
            "firstProduct": biggest.product,
            "firstOrder": fo,
            "live": os_,
        }
        table[cid] = c
    counts["returnsWithoutPurchase"] = {"customers": returners, "amount": money(returned)}
    return table, live, as_of, counts, used_amount


# ----------------------------------------------------------------------------------------------
# METRICS.md §3-4: segments and KPIs

SEGMENTS = ["FirstTimer", "Fledgling", "Steady", "Trendy", "Loyal"]


def segment(c, th, custom=None):
    if custom:
        # A company's own groups: boxes of half-open intervals [min, max) over tenureDays,
        # revenue, recencyDays and orders (READING: orders = number of purchases, the
        # customer-table field of that name). The status rule is unchanged.
        val = {"tenureDays": c["tenure"], "revenue": c["revenue"], "recencyDays": c["recency"],
               "orders": c["orders"]}
        hits = [g["name"] for g in custom
                if all((k not in g) or ((g[k].get("min") is None or val[k] >= g[k]["min"]) and
                                        (g[k].get("max") is None or val[k] < g[k]["max"]))
                       for k in val)]
        if len(hits) != 1:
            raise SystemExit(f"segment rules are not MECE for customer {c['id']}: {hits}")
        st = "Active" if c["recency"] < th["churnDays"] else "Churned"
        return hits[0], st
    t, m = c["tenure"], c["revenue"]
    if t == 0:
        s = "FirstTimer"
    elif t < th["fledglingMaxDays"]:
        s = "Fledgling"
    elif m < th["amountThreshold"]:
        s = "Steady"
    elif t < th["trendyMaxDays"]:
        s = "Trendy"
    else:
        s = "Loyal"
    st = "Active" if c["recency"] < th["churnDays"] else "Churned"
    return s, st


def ratio(a, b):
    return None if b == 0 else float(Fraction(a) / Fraction(b))


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return float(xs[n // 2])
    return float(Fraction(xs[n // 2 - 1] + xs[n // 2], 2))


def money(x):
    return int(x) if x == int(x) else float(x)


def window_revenue(c, lo, hi):
    """Net amount of the customer's non-cancelled orders dated lo <= d < hi."""
    return sum((o["amount"] for o in c["live"] if lo <= o["date"] < hi), Decimal(0))


def group_kpis(cs, as_of, w):
    n = len(cs)
    rep = sum(1 for c in cs if c["purchaseDays"] >= 2)
    elig = [c for c in cs if c["first"] <= as_of - dt.timedelta(days=w)]
    conv = sum(1 for c in elig if c["d2"] is not None and c["d2"] <= w)
    rev = sum((c["revenue"] for c in cs), Decimal(0))
    return n, rep, elig, conv, rev


def horizon(cs, as_of, days):
    elig = [c for c in cs if c["first"] <= as_of - dt.timedelta(days=days)]
    tot = sum((window_revenue(c, c["first"], c["first"] + dt.timedelta(days=days)) for c in elig),
              Decimal(0))
    return len(elig), ratio(tot, len(elig))


# ----------------------------------------------------------------------------------------------
# lib/LtvKit/README.md §4 "The monthly analyses": cohorts, deciles, RFM, Kaplan-Meier F2, Wilson

SMALL_SAMPLE = 30
Z95 = 1.959963984540054


def wilson(k, n):
    if n == 0:
        return None
    p = k / n
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return [0.0 if k == 0 else centre - half, 1.0 if k == n else centre + half]


def month_no(d):
    return d.year * 12 + d.month - 1


def month_last_day(m):
    y, mo = divmod(m + 1, 12)
    return dt.date(y, mo + 1, 1) - dt.timedelta(days=1)


def monthly_analyses(cs, as_of, w):
    out = {}
    # Cohorts: month of the first purchase day; cells for calendar months up to the as-of month,
    # null where the month's last day is after the as-of date.
    cohorts = []
    if cs:
        first, last = min(month_no(c["first"]) for c in cs), month_no(as_of)
        for m in range(first, last + 1):
            members = [c for c in cs if month_no(c["first"]) == m]
            if not members:
                continue
            active, per_customer, total = [], [], Decimal(0)
            for k in range(0, last - m + 1):
                month = m + k
                buyers = sum(1 for c in members if any(month_no(d) == month for d in c["days"]))
                total += sum((o["amount"] for c in members for o in c["live"] if month_no(o["date"]) == month),
                             Decimal(0))
                done = month_last_day(month) <= as_of
                active.append(ratio(buyers, len(members)) if done else None)
                per_customer.append(ratio(total, len(members)) if done else None)
            cohorts.append({"month": f"{m // 12:04d}-{m % 12 + 1:02d}", "customers": len(members),
                            "active": active, "revenuePerCustomer": per_customer})
    out["cohorts"] = cohorts
    # Deciles: rank r (from 0, largest revenue first) of n is in decile floor(10 r / n) + 1.
    ranked = sorted((c["revenue"] for c in cs), reverse=True)
    n = len(ranked)
    total = sum(ranked, Decimal(0))
    deciles, cum = [], Decimal(0)
    for d in range(1, 11):
        members = [v for r, v in enumerate(ranked) if 10 * r // n + 1 == d]
        rev = sum(members, Decimal(0))
        cum += rev
        deciles.append({"decile": d, "customers": len(members), "revenue": money(rev),
                        "minRevenue": money(min(members)) if members else None,
                        "maxRevenue": money(max(members)) if members else None,
                        "customerShare": ratio(len(members), n),
                        "revenueShare": ratio(rev, total), "cumulativeRevenueShare": ratio(cum, total)})
    out["deciles"] = deciles

    # RFM: cut points = the values at ascending rank ceil(i n / 5), i = 1..4.
    def cuts(values):
        if not values:
            return [0, 0, 0, 0]
        v = sorted(values)
        return [v[max(1, -(-i * len(v) // 5)) - 1] for i in range(1, 5)]

    rc = cuts([c["recency"] for c in cs])
    fc = cuts([c["purchaseDays"] for c in cs])
    mc = cuts([c["revenue"] for c in cs])
    above = lambda x, cs_: sum(1 for t in cs_ if x > t)
    counts = {"recency": [0] * 5, "frequency": [0] * 5, "monetary": [0] * 5}
    grid = [[0] * 5 for _ in range(5)]
    for c in cs:
        r, f, m = 5 - above(c["recency"], rc), 1 + above(c["purchaseDays"], fc), 1 + above(c["revenue"], mc)
        counts["recency"][r - 1] += 1
        counts["frequency"][f - 1] += 1
        counts["monetary"][m - 1] += 1
        grid[r - 1][f - 1] += 1
    def cut_text(key, x):
        return f"{x} days" if key == "recency" else f"¥{Decimal(str(x)).quantize(Decimal(1), ROUND_HALF_UP):,}" if key == "monetary" else f"{x}"
    warnings = []
    if cs:
        for name, key, cut in (("R", "recency", rc), ("F", "frequency", fc), ("M", "monetary", mc)):
            empty = [i + 1 for i in range(5) if counts[key][i] == 0]
            if empty:
                scores = str(empty[0]) if len(empty) == 1 else ", ".join(map(str, empty[:-1])) + f" or {empty[-1]}"
                warnings.append(f"no customer has {name} = {scores}: the cut points "
                                f"{' / '.join(cut_text(key, x) for x in cut)} leave {'it' if len(empty) == 1 else 'them'} empty")
    out["rfm"] = {"cutPoints": {"recencyDays": rc, "purchaseDays": fc, "revenue": [money(x) for x in mc]},
                  **counts, "recencyByFrequency": grid, "warnings": warnings}
    # Kaplan-Meier of days to the second purchase day; censored at asOf - first purchase.
    ends = [(c["d2"], True) if c["d2"] is not None else ((as_of - c["first"]).days, False) for c in cs]
    s, g, steps = 1.0, 0.0, []
    for day in sorted({e[0] for e in ends if e[1]}):
        risk = sum(1 for e in ends if e[0] >= day)
        ev = sum(1 for e in ends if e[1] and e[0] == day)
        s *= 1 - ev / risk
        g = math.inf if risk == ev else g + ev / (risk * (risk - ev))
        steps.append({"day": day, "atRisk": risk, "secondPurchases": ev, "converted": 1 - s, "_s": s, "_g": g})
    upto = [st for st in steps if st["day"] <= w]
    if not upto:
        rate, interval = 0.0, None
    else:
        st = upto[-1]
        rate = st["converted"]
        if st["_s"] <= 0 or math.isinf(st["_g"]):
            interval = [1.0, 1.0]
        else:
            se = math.sqrt(st["_g"]) / abs(math.log(st["_s"]))
            interval = [1 - st["_s"] ** math.exp(-Z95 * se), 1 - st["_s"] ** math.exp(Z95 * se)]
    out["f2KaplanMeier"] = {"windowDays": w, "customers": len(cs), "rate": rate, "interval": interval,
                            "steps": steps}
    return out


def months_before(d, k):
    # The same day k calendar months earlier, or the month's last day when it has no such day.
    y, m = divmod(d.year * 12 + d.month - 1 - k, 12)
    return dt.date(y, m + 1, min(d.day, month_last_day(y * 12 + m).day))


def migration(cs, as_of, th, custom):
    # CPM migration: each customer's cell on asOf - 3 months (from the orders dated up to then)
    # and on asOf; customers with no purchase by then are "new".
    frm = months_before(as_of, 3)
    names = [g["name"] for g in custom] if custom else SEGMENTS
    cells = [f"{s}/{st}" for s in names for st in ("Active", "Churned")]
    counts = {c: [0] * len(cells) for c in cells + ["new"]}
    for c in cs:
        orders = [o for o in c["live"] if o["date"] <= frm]
        days = sorted({o["date"] for o in orders if o["purchase"]})
        if days:
            early = {"id": c["id"], "tenure": (days[-1] - days[0]).days, "recency": (frm - days[-1]).days,
                     "revenue": sum((o["amount"] for o in orders), Decimal(0)),
                     "orders": sum(1 for o in orders if o["purchase"])}
            before = "/".join(segment(early, th, custom))
        else:
            before = "new"
        counts[before][cells.index(f"{c['segment']}/{c['status']}")] += 1
    return {"from": frm.isoformat(), "to": as_of.isoformat(), "cells": cells,
            "counts": [{"from": k, "to": v} for k, v in counts.items()]}


def metrics(table, live, as_of, counts, basis, th, w, years, costs, custom=None):
    cs = sorted(table.values(), key=lambda c: c["id"])
    n, rep, elig, conv, rev = group_kpis(cs, as_of, w)
    orders = sum(c["orders"] for c in cs)
    d2s = [c["d2"] for c in cs if c["d2"] is not None]
    out = {"asOf": as_of.isoformat(), "amountBasis": basis, "input": counts,
           "customers": n, "orders": orders, "revenue": money(rev),
           "averageLtv": ratio(rev, n), "averageOrderValue": ratio(rev, orders),
           "repeatRate": ratio(rep, n)}
    out["f2"] = {"windowDays": w, "eligible": len(elig), "converted": conv,
                 "rate": ratio(conv, len(elig)),
                 "meanDaysToSecond": ratio(sum(d2s), len(d2s)),
                 "medianDaysToSecond": median(d2s)}
    # The 365 days ending on asOf = asOf-364 ... asOf.
    lo = as_of - dt.timedelta(days=364)
    # READING: "revenue of the 365 days" = net amount of all non-cancelled orders dated in the
    # window (METRICS.md §2 "Revenue in a window"), whoever placed them.
    wrev = sum((o["amount"] for o in live if lo <= o["date"] <= as_of), Decimal(0))
    wpur = [o for o in live if o["purchase"] and lo <= o["date"] <= as_of]
    wcust = len({o["customer"] for o in wpur})
    out["approximateLtv"] = ratio(wrev, wcust)
    aov = None if not wpur else Fraction(wrev) / len(wpur)
    freq = None if wcust == 0 else Fraction(len(wpur), wcust)
    out["formulaLtv"] = None if aov is None or freq is None else float(aov * freq * years)
    out["yearWindow"] = {"from": lo.isoformat(), "to": as_of.isoformat(), "revenue": money(wrev),
                         "customers": wcust, "purchases": len(wpur), "years": years}
    out["horizonLtv"] = {}
    for h, days in (("12", 365), ("24", 730)):
        e, v = horizon(cs, as_of, days)
        out["horizonLtv"][h] = {"days": days, "eligible": e, "value": v}
    names = [g["name"] for g in custom] if custom else SEGMENTS
    cells = {(s, st): [0, Decimal(0)] for s in names for st in ("Active", "Churned")}
    for c in cs:
        c["segment"], c["status"] = segment(c, th, custom)
        cell = cells[(c["segment"], c["status"])]
        cell[0] += 1
        cell[1] += c["revenue"]
    out["segments"] = [{"segment": s, "status": st, "customers": v[0], "revenue": money(v[1])}
                       for (s, st), v in cells.items()]
    out["thresholds"] = dict(th)
    # Monthly (seed 004)
    months = []
    if cs:
        m0 = min(c["first"] for c in cs).replace(day=1)
        m = m0
        while m <= as_of:
            nxt = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            buyers = {c["id"] for c in cs for o in c["live"]
                      if o["purchase"] and m <= o["date"] < nxt}
            repeaters = {cid for cid in buyers if table[cid]["first"] < m}
            to_date = sum(1 for c in cs if c["first"] < nxt)
            months.append({"month": m.strftime("%Y-%m"), "buyers": len(buyers),
                           "repeaters": len(repeaters), "customersToDate": to_date,
                           "repeaterRatio": ratio(len(repeaters), len(buyers)),
                           "localRepeatRate": ratio(len(repeaters), to_date)})
            m = nxt
    out["monthly"] = months
    reach = [sum(1 for c in cs if c["purchaseDays"] >= k) for k in range(1, 6)]
    out["funnel"] = {"reach": reach,
                     "conversion": [ratio(reach[i + 1], reach[i]) for i in range(4)]}
    for key, field in (("byFirstChannel", "firstChannel"), ("byFirstProduct", "firstProduct")):
        groups = {}
        for c in cs:
            groups.setdefault(c[field], []).append(c)
        lst = []
        for val, g in groups.items():
            gn, grep, gel, gconv, grev = group_kpis(g, as_of, w)
            lst.append({"value": val, "customers": gn, "repeatRate": ratio(grep, gn),
                        "repeatRateInterval": wilson(grep, gn),
                        "f2Rate": ratio(gconv, len(gel)), "f2Eligible": len(gel),
                        "f2RateInterval": wilson(gconv, len(gel)),
                        "smallSample": gn < SMALL_SAMPLE or len(gel) < SMALL_SAMPLE,
                        "averageLtv": ratio(grev, gn),
                        "horizonLtv12": horizon(g, as_of, 365)[1]})
        lst.sort(key=lambda x: -x["customers"])
        out[key] = lst
    # Return curve. READING: for each purchase day d of each customer, with next purchase day
    # nx (or none): at risk for gap g when the customer was silent on d+1 .. d+g (nx > d+g) and
    # d+g+365 <= asOf; returned when nx <= d+g+365.
    curve = []
    events = []
    for c in cs:
        days = c["days"]
        for i, d in enumerate(days):
            nx = days[i + 1] if i + 1 < len(days) else None
            events.append((d, nx))
    at_d = [0] * 732   # difference arrays over g = 0 .. 730
    ret_d = [0] * 732
    for d, nx in events:
        hi = (as_of - d).days - 365          # observed for g + 365 days
        gap = None if nx is None else (nx - d).days
        if gap is not None:
            hi = min(hi, gap - 1)            # silent on d+1 .. d+g
        hi = min(hi, 730)
        if hi < 0:
            continue
        at_d[0] += 1
        at_d[hi + 1] -= 1
        if gap is not None:                  # bought again by d+g+365
            lo = max(0, gap - 365)
            if lo <= hi:
                ret_d[lo] += 1
                ret_d[hi + 1] -= 1
    at = ret = 0
    for g in range(0, 731):
        at += at_d[g]
        ret += ret_d[g]
        curve.append({"gapDays": g, "atRisk": at, "returned": ret, "rate": ratio(ret, at)})
    out["returnCurve"] = curve
    out.update(monthly_analyses(cs, as_of, w))
    out.update(subscription_analyses(cs, as_of))
    out["migration"] = migration(cs, as_of, th, custom)
    if costs.get("grossMargin") is not None and costs.get("cpo") is not None:
        gm = Fraction(str(costs["grossMargin"]))
        cpo = Fraction(str(costs["cpo"]))
        rc = Fraction(str(costs.get("retentionCost") or 0))
        h12 = horizon(cs, as_of, 365)[1]
        if h12 is not None:
            h12f = horizon_exact(cs, as_of, 365)
            out["profitLtv"] = float(h12f * gm - cpo - rc)
            out["ltvToCpo"] = None if cpo == 0 else float(h12f * gm / cpo)
        # READING: cumulative gross profit at the n-th purchase day = margin x net amount of the
        # customer's orders dated up to and including that day.
        be = None
        for k in range(1, max((c["purchaseDays"] for c in cs), default=0) + 1):
            reached = [c for c in cs if c["purchaseDays"] >= k]
            tot = sum((sum((o["amount"] for o in c["live"] if o["date"] <= c["days"][k - 1]),
                           Decimal(0)) for c in reached), Decimal(0))
            if Fraction(tot) / len(reached) * gm >= cpo:
                be = k
                break
        out["breakEvenPurchase"] = be
    return out, cs


def subscription_analyses(cs, as_of):
    # lib/LtvKit/README.md §4 "定期 (subscription) and 引き上げ".
    by_kind = [0, 0, 0]
    took = [0] * 13
    reach = {"regular": [0] * 5, "recurring": [0] * 5}
    trial = eligible = upgraded = 0
    last_eligible = as_of - dt.timedelta(days=UPGRADE_DAYS)
    for c in cs:
        purchases = sorted((o for o in c["live"] if o["purchase"]), key=lambda o: (o["date"], o["seq"]))
        for o in purchases:
            by_kind[o["kind"]] += 1
        deliveries = sum(1 for o in purchases if o["kind"] != REGULAR)
        for n in range(1, min(deliveries, 13) + 1):
            took[n - 1] += 1
        fo = c["firstOrder"]
        side = "recurring" if fo["kind"] != REGULAR else "regular"
        for n in range(1, min(c["purchaseDays"], 5) + 1):
            reach[side][n - 1] += 1
        if not is_trial(fo["product"]):
            continue
        trial += 1
        if c["first"] > last_eligible:
            continue
        eligible += 1
        later = [o for o in purchases if o is not fo and (o["date"], o["seq"]) > (fo["date"], fo["seq"])]
        if any((o["date"] - c["first"]).days <= UPGRADE_DAYS and (o["kind"] != REGULAR or not is_trial(o["product"]))
               for o in later):
            upgraded += 1
    return {
        "subscription": {
            "purchases": {"regular": by_kind[0], "subscription": by_kind[1], "hanpukai": by_kind[2]},
            "retention": [{"delivery": n, "took": took[n - 1], "tookNext": took[n], "rate": ratio(took[n], took[n - 1])}
                          for n in range(1, 13)],
            "funnelByFirstKind": reach,
        },
        "trialUpgrade": {"windowDays": UPGRADE_DAYS, "trialCustomers": trial, "eligible": eligible,
                         "upgraded": upgraded, "rate": ratio(upgraded, eligible),
                         "rateInterval": wilson(upgraded, eligible)},
    }


def nps(path, table):
    """NPS (seed 003) = % promoters (9-10) - % detractors (0-6), overall and per segment.

    READING: overall = every response in the file (a respondent need not be in the customer
    table); per segment = respondents in the customer table, by their group (status ignored).
    NPS is a score in points (-100 ... 100), the way it is always quoted, not a fraction."""
    with open(path, "rb") as f:
        rd = csv.reader(io.StringIO(decode(f.read()), newline=""))
        hdr = [norm_header(h) for h in next(rd)]
        cid = next(i for i, h in enumerate(hdr)
                   if h in {norm_header(n) for n in ALIASES["customer_id"]})
        sc = next(i for i, h in enumerate(hdr) if h in {"score", "スコア", "nps", "評価", "点数"})
        resp = [(r[cid].strip(), int(unicodedata.normalize("NFKC", r[sc]).strip()))
                for r in rd if r]
    groups = [("All", resp)] + [(g, [x for x in resp if x[0] in table
                                     and table[x[0]]["segment"] == g]) for g in SEGMENTS]
    out = []
    for g, xs in groups:
        p = sum(1 for _, v in xs if v >= 9)
        d = sum(1 for _, v in xs if v <= 6)
        out.append({"segment": g, "respondents": len(xs), "promoters": p, "detractors": d,
                    "nps": None if not xs else float(Fraction(100 * (p - d), len(xs)))})
    return out


def horizon_exact(cs, as_of, days):
    elig = [c for c in cs if c["first"] <= as_of - dt.timedelta(days=days)]
    tot = sum((window_revenue(c, c["first"], c["first"] + dt.timedelta(days=days)) for c in elig),
              Decimal(0))
    return Fraction(tot) / len(elig)


def run(argv=None):
    """The metrics JSON as a dict (raises SystemExit when the input is refused)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", action="append", required=True)
    ap.add_argument("--as-of")
    ap.add_argument("--amount", choices=["incl", "excl"])
    ap.add_argument("--zero-orders", choices=["skip", "purchase"], default="skip")
    ap.add_argument("--config")
    ap.add_argument("--preset", choices=["shopify", "cdnow", "rakuten", "amazon"])
    ap.add_argument("--time-zone", default="Asia/Tokyo")
    ap.add_argument("--map", action="append", default=[])
    ap.add_argument("--gross-margin", type=float)
    ap.add_argument("--cpo", type=float)
    ap.add_argument("--retention-cost", type=float)
    ap.add_argument("--customers-out")
    ap.add_argument("--survey")
    ap.add_argument("--customers")  # the customer master: joined for names, changes no number
    a = ap.parse_args(argv)
    th = {"fledglingMaxDays": 90, "trendyMaxDays": 210, "amountThreshold": 70000, "churnDays": 240}
    w, years, costs, custom = 30, 1, {}, None
    if a.config:
        with open(a.config, encoding="utf-8") as f:
            cfg = json.load(f)
        th.update(cfg.get("thresholds", {}))
        w = cfg.get("f2WindowDays", w)
        years = cfg.get("formulaYears", years)
        costs.update(cfg.get("costs", {}))
        custom = cfg.get("segments")
    if a.gross_margin is not None:
        costs["grossMargin"] = a.gross_margin
    if a.cpo is not None:
        costs["cpo"] = a.cpo
    if a.retention_cost is not None:
        costs["retentionCost"] = a.retention_cost
    if a.preset in ("rakuten", "amazon"):
        rows, basis = read_cart(a.orders, a.preset, a.time_zone)
    else:
        rows, basis = read_orders(a.orders, a.amount, a.preset, a.map)
    as_of = dt.date.fromisoformat(a.as_of) if a.as_of else None
    zero = a.zero_orders == "purchase" or a.preset == "cdnow"
    table, live, as_of, counts, used_amount = build(rows, as_of, zero)
    out, cs = metrics(table, live, as_of, counts, basis, th, w, years, costs, custom)
    if a.survey:
        out["nps"] = nps(a.survey, table)
    # DATA.md reconciliation identity, reported for run.sh (not a kit key).
    out["_check"] = {"usedAmount": money(used_amount),
                     "revenueOfNonCustomers": money(used_amount - sum(
                         (c["revenue"] for c in cs), Decimal(0)))}
    if a.customers_out:
        with open(a.customers_out, "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(["customer_id", "orders", "purchase_days", "revenue", "first_purchase",
                         "last_purchase", "tenure_days", "recency_days", "days_to_second",
                         "segment", "status", "tenure_months", "aov", "first_channel",
                         "first_product"])
            for c in cs:
                wr.writerow([c["id"], c["orders"], c["purchaseDays"], money(c["revenue"]),
                             c["first"].isoformat(), c["last"].isoformat(), c["tenure"],
                             c["recency"], "" if c["d2"] is None else c["d2"], c["segment"],
                             c["status"], repr(float(Fraction(c["tenure"], 30))),
                             repr(float(Fraction(c["revenue"]) / c["orders"])),
                             c["firstChannel"], c["firstProduct"]])
    return out


def main(argv=None):
    json.dump(run(argv), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
