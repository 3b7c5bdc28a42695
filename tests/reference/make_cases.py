#!/usr/bin/python3
"""Writes the hand-made edge-case CSVs of tests/reference/cases/ (committed; rerun after editing).

Each file is small enough to check by hand. Dates are written relative to an as-of date A so that
every boundary of METRICS.md (tenure 0/89/90/209/210, revenue 69,999/70,000, recency 239/240,
F2 window 30/31 and eligibility asOf-30/asOf-29, horizon 365/730, the 365-day year window) is hit
exactly. The comments say what each customer is for.
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
JA = ["注文ID", "顧客ID", "注文日", "商品名", "金額(税込)", "金額(税抜)", "チャネル", "ステータス"]


def q(v):
    v = str(v)
    if any(ch in v for ch in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write(name, header, rows, encoding="utf-8-sig", eol="\r\n"):
    text = eol.join(",".join(q(v) for v in r) for r in [header] + rows) + eol
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


def d(base, days):
    return (base + dt.timedelta(days=days)).strftime("%Y/%m/%d")


class Shop:
    def __init__(self):
        self.rows = []
        self.n = 0

    def order(self, cust, date, amount, excl=None, product="商品A", channel="Web", status="発送済",
              oid=None):
        if oid is None:
            self.n += 1
            oid = f"O{self.n:05d}"
        excl = amount if excl is None else excl
        self.rows.append([oid, cust, date, product, amount, excl, channel, status])
        return oid


def filler(shop, base, count, prefix="Z"):
    """Ordinary one-purchase customers so that a few rejected rows stay under the 1% rule."""
    for i in range(count):
        shop.order(f"{prefix}{i:04d}", d(base, -(i % 300)), 1000 + i, channel="Filler")


def boundaries():
    A = dt.date(2025, 6, 30)  # run with --as-of 2025-06-30
    s = Shop()
    # status: recency 239 Active / 240 Churned (first-timers)
    s.order("R239", d(A, -239), 5000)
    s.order("R240", d(A, -240), 5000)
    # tenure 0 with two orders on one day: FirstTimer, 2 orders, 1 purchase day
    s.order("T000", d(A, -50), 3000)
    s.order("T000", d(A, -50), 2000)
    # tenure 1 / 89 -> Fledgling; 90 -> spend groups
    s.order("T001", d(A, -50), 3000); s.order("T001", d(A, -49), 3000)
    s.order("T089", d(A, -100), 50000); s.order("T089", d(A, -11), 40000)
    s.order("T090lo", d(A, -100), 39999); s.order("T090lo", d(A, -10), 30000)   # M 69,999 Steady
    s.order("T090hi", d(A, -100), 40000); s.order("T090hi", d(A, -10), 30000)   # M 70,000 Trendy
    s.order("T209", d(A, -220), 40000); s.order("T209", d(A, -11), 30000)       # Trendy
    s.order("T210hi", d(A, -220), 40000); s.order("T210hi", d(A, -10), 30000)   # Loyal
    s.order("T210lo", d(A, -220), 40000); s.order("T210lo", d(A, -10), 29999)   # Steady
    # Loyal and churned: tenure 300, recency 240
    s.order("L240", d(A, -540), 60000); s.order("L240", d(A, -240), 20000)
    # F2: first on asOf-30 (eligible), second 30 days later (converted)
    s.order("F30", d(A, -30), 4000); s.order("F30", d(A, 0), 4000)
    # first on asOf-29: not eligible (but has a daysToSecond)
    s.order("F29", d(A, -29), 4000); s.order("F29", d(A, -8), 4000)
    # second purchase 31 days after the first: eligible, not converted
    s.order("F31", d(A, -100), 4000); s.order("F31", d(A, -69), 4000)
    # horizon 12: first on asOf-365 (eligible); orders on first+364 (in) and first+365 (out)
    s.order("H365", d(A, -365), 10000); s.order("H365", d(A, -1), 7000); s.order("H365", d(A, 0), 900)
    s.order("H365", d(A, -100), -2000, status="返品")   # a return inside the 12-month window
    # first on asOf-364: not eligible for 12 months
    s.order("H364", d(A, -364), 10000)
    # horizon 24: first on asOf-730 (eligible); first+729 (in) and first+730 (out)
    s.order("H730", d(A, -730), 8000); s.order("H730", d(A, -1), 6000); s.order("H730", d(A, 0), 500)
    s.order("H729", d(A, -729), 8000)
    # year window asOf-364 .. asOf: a purchase on asOf-364 counts (H364 above), asOf-365 does not
    # (H365's first). A return inside the window from a customer whose only purchase is outside it.
    s.order("Y365", d(A, -400), 12000); s.order("Y365", d(A, -10), -3000, status="返品")
    return s.rows


def lines():
    """Multi-line orders, cancelled lines and orders, line dates inside an order; default as-of."""
    s = Shop()
    A = dt.date(2025, 3, 31)
    # a 3-line order, one line cancelled: the order keeps 2 lines
    s.order("M1", d(A, -60), 3000, oid="X1"); s.order("M1", d(A, -60), 2000, oid="X1")
    s.order("M1", d(A, -60), 9999, status="キャンセル", oid="X1")
    s.order("M1", d(A, -20), 4000)
    # an order all of whose lines are cancelled: dropped; the customer has no other order
    s.order("M2", d(A, -40), 5000, status="キャンセル", oid="X2")
    s.order("M2", d(A, -40), 1000, status="キャンセル", oid="X2")
    # cancelled spellings
    s.order("M3", d(A, -30), 5000, status="取消")
    s.order("M3", d(A, -29), 5000, status="cancelled")
    s.order("M3", d(A, -28), 5000, status="Canceled")
    s.order("M3", d(A, -27), 5000, status="キャンセル済")
    s.order("M3", d(A, -26), 7000)
    # order whose earliest line is a cancelled line: order date = that line's date (kit decision)
    s.order("M4", d(A, -90), 1000, status="キャンセル", oid="X4")
    s.order("M4", d(A, -80), 6000, oid="X4")
    s.order("M4", d(A, -5), 6000)
    # order whose lines are on two dates: the order date is the earliest line; the latest row date
    # in the file (A+2) belongs to this order, so the default as-of is A (latest *order* date).
    s.order("M5", d(A, -1), 2500, oid="X5"); s.order("M5", d(A, 2), 2500, oid="X5")
    # a line that nets an order negative -> the order is a return, not a purchase
    s.order("M6", d(A, -15), 8000)
    s.order("M6", d(A, -3), 1000, oid="X6"); s.order("M6", d(A, -3), -4000, oid="X6")
    # the latest order of all is cancelled (dated A): it still sets the default as-of
    s.order("M7", d(A, -200), 3000)
    s.order("M7", d(A, 0), 3000, status="キャンセル")
    # duplicate lines (identical in every field): a warning, not dropped
    s.order("M8", d(A, -33), 1500, oid="X8"); s.order("M8", d(A, -33), 1500, oid="X8")
    # ids are text: 007 and 7 are two customers
    s.order("007", d(A, -44), 1000); s.order("7", d(A, -43), 1000)
    # more date-with-time shapes
    s.order("M9", "2025/1/5 9:05", 1000); s.order("M9", "2025/01/06 10:22:33", 1000)
    s.order("M9", "2025-01-07 00:00", 1000)
    return s.rows


def asof():
    """Orders after an explicit --as-of 2025-03-31."""
    s = Shop()
    A = dt.date(2025, 3, 31)
    s.order("P1", d(A, -10), 3000); s.order("P1", d(A, 1), 3000)           # 2nd after as-of
    s.order("P2", d(A, 5), 3000)                                             # only after as-of
    # order dated A with a line dated A+3: whole order used (decided by the order's date)
    s.order("P3", d(A, 0), 1000, oid="Y3"); s.order("P3", d(A, 3), 1000, oid="Y3")
    # order dated A+1 with a cancelled line: all rows in rowsAfterAsOf, not rowsCancelled
    s.order("P4", d(A, -100), 3000)
    s.order("P4", d(A, 1), 2000, oid="Y4"); s.order("P4", d(A, 1), 500, status="キャンセル", oid="Y4")
    # a return after as-of does not reduce revenue
    s.order("P5", d(A, -50), 6000); s.order("P5", d(A, 2), -6000, status="返品")
    # cancelled order after as-of: not in ordersCancelled
    s.order("P6", d(A, -1), 3000); s.order("P6", d(A, 4), 3000, status="キャンセル")
    return s.rows


def zero():
    """¥0 orders; run with --zero-orders skip (default) and purchase."""
    s = Shop()
    A = dt.date(2025, 3, 31)
    s.order("Z1", d(A, -100), 0, product="無料サンプル")                       # only a ¥0 order
    s.order("Z2", d(A, -100), 0, product="無料サンプル"); s.order("Z2", d(A, -90), 5000)
    s.order("Z3", d(A, -100), 5000); s.order("Z3", d(A, -50), 0, product="交換品")
    s.order("Z3", d(A, -10), 5000)
    s.order("Z4", d(A, -60), 4000); s.order("Z4", d(A, -60), 0, product="無料サンプル")
    # a ¥0 order made of +/- lines
    s.order("Z5", d(A, -70), 3000); s.order("Z5", d(A, -20), 1500, oid="Y5")
    s.order("Z5", d(A, -20), -1500, oid="Y5")
    s.order("Z6", d(A, -300), 7000); s.order("Z6", d(A, -5), 0, product="無料サンプル")
    return s.rows


def returns():
    """Returns, negative amounts, customers with only returns."""
    s = Shop()
    A = dt.date(2025, 3, 31)
    s.order("N1", d(A, -200), 10000); s.order("N1", d(A, -190), -10000, status="返品")  # net 0
    s.order("N2", d(A, -20), -3000, status="返品")                                    # only a return
    s.order("N3", d(A, -300), 80000); s.order("N3", d(A, -10), 5000)
    s.order("N3", d(A, -5), "△20,000", status="返品")                                 # M 65,000
    s.order("N4", d(A, -150), -500, status="返品"); s.order("N4", d(A, -100), 9000)   # return first
    s.order("N5", d(A, -400), 70000); s.order("N5", d(A, -150), 1000)                # M 71,000
    s.order("N5", d(A, -100), -1000, status="返品")                                   # -> 70,000
    s.order("N6", d(A, -30), "-2,000", status="返品")                                 # only a return
    s.order("N7", d(A, 0), 3000)
    return s.rows


def formats():
    """Every date and amount format of DATA.md, quoted fields with commas and newlines."""
    s = Shop()
    s.order("D1", "2024-01-05", "12800")
    s.order("D1", "2024/1/6", "12,800")
    s.order("D1", "2024/01/07 10:22", "¥12,800")
    s.order("D1", "2024-01-08 10:22:33 +0900", "￥12,800")
    s.order("D1", "2024-01-09T10:22:33+09:00", "12,800円")
    s.order("D1", "20240110", "１２，８００")
    s.order("D1", "2024年1月11日", "1280.5")
    s.order("D2", "2024-01-09T23:59:59-05:00", "3000")   # the date as written, not converted
    s.order("D2", "2024-01-10T00:00:01+09:00", "3000")
    s.order("D3", "2024/02/01", "5,000", product='ギフト(化粧水, 美容液)')
    s.order("D3", "2024/02/02", "5000", product='二行の\n商品名 "特"')
    s.order("D3", "2024/02/03", "-1,200", status="返品")
    s.order("D3", "2024/02/04", "△1,200", status="返品")
    s.order("D4", "２０２４年２月５日", "2000")
    s.order("D4", "2024/2/29", "2000")
    return s.rows


def rejects():
    """Rows that cannot be used (under the 1% rule thanks to filler customers)."""
    s = Shop()
    A = dt.date(2025, 3, 31)
    filler(s, A, 1000)
    s.order("", d(A, -5), 3000)                              # no customer id
    s.order("J1", "2025/13/01", 3000)                        # bad date
    s.order("J1", d(A, -3), "12,8OO")                         # bad amount (letter O)
    s.order("J2", d(A, 20), "abc")                           # bad amount, latest date: not the as-of
    s.order("J3", d(A, -7), 3000, oid="K1"); s.order("J4", d(A, -7), 3000, oid="K1")  # conflict
    s.order("J5", d(A, -9), "x", status="キャンセル")           # cancelled and bad amount: rejected
    s.rows.append(["O99999", "J6", d(A, -2), "商品A", "3000"])  # wrong column count
    s.order("J1", d(A, -1), 4000)
    # a 2-line order with one unreadable line: the row is rejected, the order keeps its other line
    s.order("J7", d(A, -4), 2000, oid="K2"); s.order("J7", d(A, -4), "2,000-", oid="K2")
    s.order("J8", "", 1000)                                   # blank date
    s.order("J8", d(A, -6), "")                               # blank amount
    return s.rows


def shopify():
    hdr = ["Name", "Email", "Financial Status", "Created at", "Subtotal", "Total",
           "Refunded Amount", "Lineitem name", "Lineitem price", "Source", "Cancelled at"]
    return hdr, [
        ["#1001", "a@example.jp", "paid", "2025-01-05 10:00:00 +0900", "9000", "9900", "0",
         "化粧水", "5000", "web", ""],
        ["#1001", "a@example.jp", "", "2025-01-05 10:00:00 +0900", "", "", "", "美容液", "4000",
         "", ""],
        ["#1002", "b@example.jp", "paid", "2025-01-06 11:00:00 +0900", "3000", "3300", "1100",
         "石鹸", "3000", "shopify_draft_order", ""],
        ["#1003", "a@example.jp", "refunded", "2025-03-01 09:00:00 +0900", "5000", "5500",
         "5500", "乳液", "5000", "web", ""],
        ["#1004", "c@example.jp", "voided", "2025-03-02 09:00:00 +0900", "2000", "2200", "0",
         "石鹸", "2000", "web", "2025-03-02 12:00:00 +0900"],
        ["#1004", "c@example.jp", "", "2025-03-02 09:00:00 +0900", "", "", "", "化粧水", "1000",
         "", ""],
        ["#1005", "a@example.jp", "paid", "2025-04-10 09:00:00 +0900", "1000", "1100", "0",
         "石鹸", "1000", "web", ""],
        ["#1006", "c@example.jp", "paid", "2025-04-12 09:00:00 +0900", "4000", "4400", "0",
         "化粧水", "4000", "web", ""],
        # Cancelled at on a later row only: order-level fields come from the first row
        ["#1007", "d@example.jp", "paid", "2025-04-13 09:00:00 +0900", "4000", "4400", "0",
         "化粧水", "4000", "web", ""],
        ["#1007", "d@example.jp", "", "2025-04-13 09:00:00 +0900", "", "", "", "石鹸", "1000",
         "", "2025-04-14 09:00:00 +0900"],
    ]


def main():
    os.makedirs(OUT, exist_ok=True)
    write("boundaries.csv", JA, boundaries())
    write("lines.csv", JA, lines())
    write("asof.csv", JA, asof())
    write("zero.csv", JA, zero())
    write("returns.csv", JA, returns())
    write("formats.csv", JA, formats(), encoding="utf-8", eol="\n")  # no BOM, LF
    # Shift_JIS has no U+00A5: Excel writes the yen sign as byte 0x5C (decoded as a backslash)
    sjis = [[str(v).replace("¥", "\\") for v in r] for r in formats()]
    write("formats_sjis.csv", JA, sjis, encoding="cp932")
    write("rejects.csv", JA, rejects())
    h, r = shopify()
    write("shopify.csv", h, r, encoding="utf-8", eol="\n")
    # the same export with Email and Created at left blank on an order's later rows
    blank = []
    seen = set()
    for row in r:
        row = list(row)
        if row[0] in seen:
            row[1] = row[3] = ""
        seen.add(row[0])
        blank.append(row)
    write("shopify_blank.csv", h, blank, encoding="utf-8", eol="\n")
    # the 1% rule: 1 rejected row of 100 (= 1%, passes) and of 99 (> 1%, fails)
    for n in (100, 99):
        s = Shop()
        filler(s, dt.date(2025, 3, 31), n - 1)
        s.order("Q1", "2025/02/30", 1000)
        write(f"onepct_{n}.csv", JA, s.rows)
    # more header aliases
    for i, hdr in enumerate([
            ["注文No", "会員番号", "注文日時", "商品名", "税込金額", "金額(税抜)", "流入経路", "ステータス"],
            ["ORDER_ID", "CUSTOMER_ID", "ORDER_DATE", "product", "合計金額（税込）", "税抜金額", "channel", "status"],
            ["注文ID", "顧客ID", "注文日", "商品名", "購入金額", "金額(税抜)", "チャネル", "ステータス"],
            ["order_id", "customer_id", "order_date", "Lineitem name", "total", "Subtotal", "Source", "status"],
            ["注文 ID", "顧客　ID", "注 文 日", "商品名", "金額 (税込)", "金額(税抜)", "チャネル", "ステータス"]], 2):
        write(f"aliases_{i}.csv", hdr, lines())
    # header aliases: English names, full-width brackets, other Japanese names
    en = ["order id", "Customer ID", "Order Date", "product", "amount", "amount_excl_tax",
          "Channel", "Status"]
    write("aliases_en.csv", en, returns(), encoding="utf-8")
    ja2 = ["受注番号", "会員ＩＤ", "受注日", "商品名", "金額（税込）", "金額（税抜）", "販路", "注文ステータス"]
    write("aliases_ja.csv", ja2, lines())
    # tax-excluded only: the basis is excl without --amount
    excl_rows = [r[:4] + [r[5]] + r[6:] for r in boundaries()]
    write("excl_only.csv", ["注文番号", "顧客番号", "購入日", "商品名", "税抜金額", "媒体", "ステータス"],
          excl_rows)
    # incl and excl differ across the 70,000 line: run with and without --amount excl
    s = Shop()
    A = dt.date(2025, 3, 31)
    s.order("E1", d(A, -300), 40000, excl=37037); s.order("E1", d(A, -10), 32400, excl=30000)
    s.order("E2", d(A, -300), 38500, excl=35000); s.order("E2", d(A, -100), 38500, excl=35000)
    s.order("E3", d(A, -300), 1080, excl=1000)
    write("tax.csv", JA, s.rows)
    write("aliases_en_tax.csv", en, s.rows, encoding="utf-8")  # amount_excl_tax read with excl
    # two monthly files; order X9 has lines in both files
    s = Shop()
    s.order("G1", "2025/01/30", 3000, oid="X9"); s.order("G2", "2025/01/31", 2000)
    write("month1.csv", JA, s.rows)
    s = Shop(); s.n = 100
    s.order("G1", "2025/02/01", 1500, oid="X9"); s.order("G1", "2025/02/20", 2000)
    s.order("G2", "2025/02/03", 2000)
    write("month2.csv", JA, s.rows)
    write("month2_sjis.csv", JA, s.rows, encoding="cp932")  # one export UTF-8, the next Shift_JIS
    # even count of days-to-second (median = mean of the two middle values); no F2-eligible
    # customer and no horizon-eligible customer (rates null)
    s = Shop()
    s.order("V1", "2025/03/01", 1000); s.order("V1", "2025/03/11", 1000)
    s.order("V2", "2025/03/02", 1000); s.order("V2", "2025/03/23", 1000)
    s.order("V3", "2025/03/20", 1000)
    s.order("V4", "2025/02/01", 1000); s.order("V4", "2025/02/02", 1000)
    write("tiny.csv", JA, s.rows)
    # small decimal amounts (dollar-like): means with many digits
    s = Shop()
    s.order("S1", "2025/01/01", "1.01"); s.order("S1", "2025/01/05", "0.33")
    s.order("S2", "2025/01/02", "0.07"); s.order("S3", "2025/01/03", "2.2")
    s.order("S3", "2025/03/03", "0.01")
    write("cents.csv", JA, s.rows)
    # two monthly files, one with both tax columns and one with 税抜 only: one basis for both
    s = Shop()
    s.order("W1", "2025/01/10", 1100, excl=1000); s.order("W2", "2025/01/11", 2200, excl=2000)
    write("mixed1.csv", JA, s.rows)
    s = Shop(); s.n = 50
    s.order("W1", "2025/02/10", 1100, excl=1000); s.order("W3", "2025/02/11", 3300, excl=3000)
    write("mixed2.csv", ["注文ID", "顧客ID", "注文日", "商品名", "金額(税抜)", "チャネル", "ステータス"],
          [r[:4] + [r[5]] + r[6:] for r in s.rows])


def probes():
    """Inputs where DATA.md does not say what to do (FINDINGS.md lists the readings)."""
    # ids with surrounding spaces; half-width katakana ｷｬﾝｾﾙ; upper-case CANCELLED
    s = Shop()
    s.order("C1", "2025/01/10", 1000); s.order(" C1 ", "2025/02/10", 1000)
    s.order("C2", "2025/01/11", 1000); s.order("C2", "2025/02/11", 5000, status="ｷｬﾝｾﾙ")
    s.order("C3", "2025/01/12", 1000); s.order("C3", "2025/02/12", 5000, status="CANCELLED")
    write("probe_ids_status.csv", JA, s.rows)
    # a blank line in the middle and at the end
    s = Shop()
    s.order("B1", "2025/01/10", 1000); s.order("B2", "2025/01/11", 1000)
    text = "\r\n".join(",".join(q(v) for v in r) for r in [JA] + s.rows[:1] + [[]] + s.rows[1:])
    with open(os.path.join(OUT, "probe_blank_line.csv"), "wb") as f:
        f.write(("\ufeff" + text + "\r\n\r\n").encode("utf-8"))
    # a non-Shopify file with a Name column (a person's name) and with both 顧客ID and Email
    hdr = ["注文ID", "顧客ID", "Name", "Email", "注文日", "金額(税込)"]
    write("probe_name_email.csv", hdr, [
        ["A1", "K1", "山田", "k1@example.jp", "2025/01/10", "1000"],
        ["A2", "K1", "山田", "k1b@example.jp", "2025/01/20", "1000"],
        ["A3", "K2", "佐藤", "k2@example.jp", "2025/01/21", "1000"]])
    # a spreadsheet with a person's Name and no order id column: is Name the order id?
    write("probe_name_no_order_id.csv", ["顧客ID", "Name", "注文日", "金額(税込)"], [
        ["K1", "山田", "2025/01/10", "1000"], ["K1", "山田", "2025/02/10", "2000"],
        ["K2", "佐藤", "2025/02/11", "3000"]])
    # --map for headers no alias covers
    write("probe_map.csv", ["伝票番号", "お客様コード", "受付日", "請求金額"], [
        ["A1", "K1", "2025/01/10", "1000"], ["A2", "K1", "2025/01/20", "2000"],
        ["A3", "K2", "2025/01/21", "3000"]])
    # no order id column: each row its own order
    write("probe_no_order_id.csv", ["顧客ID", "注文日", "金額(税込)"], [
        ["K1", "2025/01/10", "1000"], ["K1", "2025/01/10", "2000"], ["K2", "2025/01/21", "3000"]])
    # header only
    write("probe_header_only.csv", JA, [])
    # amount spellings outside DATA.md's list
    s = Shop()
    s.order("Y1", "2025/01/10", "-¥1,200", status="返品"); s.order("Y1", "2025/01/09", "5000")
    s.order("Y2", "2025/01/11", "▲1,000", status="返品"); s.order("Y2", "2025/01/08", "5000")
    s.order("Y3", "2025/01/12", "－１，２００", status="返品"); s.order("Y3", "2025/01/07", "5000")
    s.order("Y4", "2025/01/13", "−1,200", status="返品"); s.order("Y4", "2025/01/06", "5000")
    s.order("Y5", "2025/01/14", "(1,200)", status="返品"); s.order("Y5", "2025/01/05", "5000")
    filler(s, dt.date(2025, 3, 31), 600)
    write("probe_amounts.csv", JA, s.rows)
    # the first rows are a cancelled order and a return, months before the first purchase:
    # which months does "monthly" list?
    s = Shop()
    s.order("U1", "2024/11/05", 3000, status="キャンセル")
    s.order("U2", "2024/12/10", -3000, status="返品")
    s.order("U3", "2025/01/10", 3000); s.order("U3", "2025/03/10", 3000)
    write("probe_monthly_range.csv", JA, s.rows)
    # date shapes DATA.md does not list (600 filler rows keep a few rejections under 1%)
    s = Shop()
    filler(s, dt.date(2025, 3, 31), 600)
    for i, text in enumerate(["2025-1-5", "2025.01.05", "2025/01/05 10:22:33.123", "R7/1/5",
                              "2025/01/05(日)"]):
        s.order(f"DT{i}", text, 1000)
    write("probe_dates.csv", JA, s.rows)
    # a required column missing: an error in both
    write("missing_date.csv", ["注文ID", "顧客ID", "商品名", "金額(税込)"], [["A1", "K1", "x", "100"]])


if __name__ == "__main__":
    probes()


def late_sjis(path):
    """A Shift_JIS file whose first megabyte is ASCII (English headers, ASCII products); the first
    Japanese byte comes after 1 MB. Generated into a temporary directory by compare.py."""
    rows = ["order_id,customer_id,order_date,product,amount"]
    size, i = 0, 0
    while size < 1_100_000:
        i += 1
        rows.append(f"A{i:06d},C{i % 5000:05d},2025/01/{1 + i % 28:02d},Item,{1000 + i % 7}")
        size += len(rows[-1]) + 2
    rows.append("Z1,C00001,2025/01/30,青汁 30包,3000")
    with open(path, "wb") as f:
        f.write(("\r\n".join(rows) + "\r\n").encode("cp932"))


def shuffled(src, path, seed=7):
    """The sample shop's lines in a random order (an order's lines far apart, later lines of an
    order before its first one): every number but the file-order tie-breaks must stay the same."""
    import random
    with open(src, encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    header, body = lines[0], [x for x in lines[1:] if x]
    random.Random(seed).shuffle(body)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join([header] + body) + "\r\n")


if __name__ == "__main__":
    main()
    probes()
