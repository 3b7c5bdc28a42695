using System.Globalization;
using System.Text;
using LtvKit.Charts;
using LtvKit.Clv;
using LtvKit.Ingest;
using LtvKit.Io;
using LtvKit.Metrics;
using LtvKit.Segments;
using Plotly.NET;

namespace LtvKit.Report;

/// <summary>The client report (<c>ltvkit report</c>): one self-contained HTML file a shop owner opens, reads and prints.</summary>
/// <remarks>
/// <para>In order: the header (title, as-of date, amount basis, where every input row went); the KPI tiles; the
/// seed-000 dashboard (the five groups × 既存/離脱 cross-tab, the tenure × revenue scatter, the customer list, the
/// last-purchase months) with threshold controls that regroup in the page; F2 and LTV by first channel and first
/// product; the monthly repeater ratio, the F1→F5 funnel and the return curve; "how to read this".</para>
/// <para>No network: plotly.js is inlined once, from the copy Plotly.NET embeds; no web fonts; a Content Security
/// Policy forbids every request. Every value from the data is escaped (<see cref="HtmlText"/>); personal data from
/// the customer master is in the file only with <see cref="ReportOptions.ShowPii"/>.</para>
/// </remarks>
public static partial class ReportHtml
{
    /// <summary>Writes the report to <paramref name="path"/> atomically (a failed run leaves no half-written file).</summary>
    public static void WriteFile(string path, Kpis kpis, IReadOnlyDictionary<string, CustomerProfile>? profiles = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        AtomicFile.WriteText(path, AtomicFile.Utf8, writer => Write(writer, kpis, profiles, options));
    }

    /// <summary>The report as a string (for notebooks and tests).</summary>
    public static string ToHtml(Kpis kpis, IReadOnlyDictionary<string, CustomerProfile>? profiles = null, ReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, kpis, profiles, options);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, Kpis kpis, IReadOnlyDictionary<string, CustomerProfile>? profiles = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(kpis);
        new Page(writer, kpis, profiles ?? new Dictionary<string, CustomerProfile>(), options ?? ReportOptions.Default).Write();
    }

    private sealed partial class Page(TextWriter w, Kpis kpis, IReadOnlyDictionary<string, CustomerProfile> profiles, ReportOptions options)
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
        private readonly LabelLanguage _lang = options.Language;
        private readonly Segmentation _seg = kpis.Segments;
        private readonly Dictionary<string, GenericChart> _figures = [];
        private int _figureCount;
        private readonly ReportSegmentMode _mode = ReportData.ModeOf(kpis.Segments, options);
        private readonly ReportClv? _clv = options.ShowClv ? ReportClv.Compute(kpis.Segments, options) : null;

        private int GuideNumber => _clv is null ? 6 : 7;

        private bool Ja => _lang == LabelLanguage.Japanese;

        private string S(string japanese, string english) => Ja ? japanese : english;

        private static string E(string? text) => HtmlText.Escape(text);

        private static string N(long value) => ChartLabels.Count(value);

        private static string Yen(decimal? value) => value is { } v ? ChartLabels.Yen(v) : "–";

        private static string Target => (MetricOptions.F2Target * 100).ToString("0.#", Inv) + "%";

        private static string Pct(double? value) => Stats.Percent(value);

        private string Title => string.IsNullOrWhiteSpace(options.Title) ? S("顧客分析レポート", "Customer analysis report") : options.Title.Trim();

        public void Write()
        {
            var scatter = SegmentScatter.Sample(_seg.Customers.Count, options.ScatterPoints);
            w.Write("<!DOCTYPE html>\n<html lang=\"");
            w.Write(Ja ? "ja" : "en");
            w.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'\">\n");
            w.Write("<meta name=\"generator\" content=\"LtvKit\">\n<title>");
            w.Write(E(Title));
            w.Write("</title>\n<style>\n");
            w.Write(ReportStyle.Css);
            w.Write(ReportStyle.PageHeaders(Title, S($"基準日 {kpis.AsOf:yyyy-MM-dd}", $"As of {kpis.AsOf:yyyy-MM-dd}")));
            w.Write("</style>\n</head>\n<body>\n<div class=\"page\">\n");
            Header();
            w.Write("<main>\n");
            Owner();
            Tiles();
            Portfolio(scatter);
            FirstTouches();
            Repeat();
            Clv();
            Analyses();
            Guide();
            w.Write("</main>\n<footer>");
            w.Write(E(S($"LtvKit で作成 · 基準日 {kpis.AsOf:yyyy-MM-dd} · このファイルは外部と通信しません",
                $"Made with LtvKit · as of {kpis.AsOf:yyyy-MM-dd} · this file makes no network requests")));
            w.Write("</footer>\n</div>\n");
            Scripts(scatter);
            w.Write("</body>\n</html>\n");
        }

        private void Header()
        {
            var basis = kpis.AmountBasis == AmountBasis.Incl ? S("税込", "tax included") : S("税抜", "tax excluded");
            w.Write("<header class=\"masthead\">\n<div class=\"eyebrow\">");
            w.Write(E(S("LtvKit 顧客分析", "LtvKit customer analytics")));
            w.Write("</div>\n<h1>");
            w.Write(E(Title));
            w.Write("</h1>\n<div class=\"meta\">");
            w.Write($"<span>{E(S("基準日", "As of"))} <b id=\"as-of\">{kpis.AsOf.ToString("yyyy-MM-dd", Inv)}</b></span>");
            w.Write($"<span>{E(S("金額", "Amounts"))} <b>{E(basis)}</b></span>");
            w.Write($"<span>{E(S("購入者", "Customers"))} <b>{N(kpis.Customers)}{E(S("人", ""))}</b></span>");
            w.Write("</div>\n<nav class=\"toc no-print\" aria-label=\"");
            w.Write(E(S("目次", "Contents")));
            w.Write("\">");
            foreach (var (id, label) in Sections())
                w.Write($"<a href=\"#{id}\">{E(label)}</a>");
            w.Write("</nav>\n</header>\n");
        }

        private void DataLine()
        {
            var input = kpis.Input;
            w.Write("<p class=\"dataline\" id=\"dataline\">");
            w.Write(E(S("データ: ", "Data: ")));
            w.Write(Ja
                ? $"読み込んだ行 <b>{N(input.RowsRead)}</b> ＝ 集計に使用 <b>{N(input.RowsUsed)}</b> ＋ 読めずに除外 <b>{N(input.RowsRejected)}</b> ＋ キャンセル <b>{N(input.RowsCancelled)}</b> ＋ 基準日より後 <b>{N(input.RowsAfterAsOf)}</b>"
                : $"<b>{N(input.RowsRead)}</b> rows read = <b>{N(input.RowsUsed)}</b> used + <b>{N(input.RowsRejected)}</b> rejected + <b>{N(input.RowsCancelled)}</b> cancelled + <b>{N(input.RowsAfterAsOf)}</b> after the as-of date");
            w.Write(input.Reconciles
                ? $"<span class=\"ok\">✓ {E(S("すべての行の行き先が一致", "every row accounted for"))}</span>"
                : $"<span class=\"ng\">✗ {E(S("行数が一致しません", "rows do not add up"))}</span>");
            w.Write(E(Ja
                ? $"（キャンセルされた注文 {N(input.OrdersCancelled)}件、同じ注文内の重複行 {N(input.DuplicateLines)}行）"
                : $" ({N(input.OrdersCancelled)} orders cancelled, {N(input.DuplicateLines)} duplicate lines within an order)"));
            w.Write("</p>\n");
        }

        private IEnumerable<(string Id, string Label)> Sections()
        {
            yield return ("owner", S("このショップの今とやること", "What the numbers say"));
            yield return ("kpi", S("1 主要指標", "1 Key figures"));
            yield return ("portfolio", S("2 顧客ポートフォリオ", "2 Customer portfolio"));
            yield return ("first-touch", S("3 初回チャネル・初回商品", "3 First channel and product"));
            yield return ("repeat", S("4 リピートの推移", "4 Repeat purchases"));
            if (_clv is not null)
                yield return ("clv", S("5 グループ別のP(alive)と予測CLV", "5 P(alive) and predicted CLV by group"));
            yield return ("analyses", S($"{AnalysesNumber} 月次の分析", $"{AnalysesNumber} Monthly analyses"));
            yield return ("guide", S($"{GuideNumber} このレポートの読み方", $"{GuideNumber} How to read this"));
        }

        private void SectionStart(int number, string id, string title, string lead)
        {
            w.Write($"<section class=\"card\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n<h2 id=\"{id}-title\"><span class=\"num\">{number}</span>{E(title)}</h2>\n");
            if (lead.Length > 0)
                w.Write($"<p class=\"lead\">{E(lead)}</p>\n");
        }

        private void Tile(string id, string label, string value, string unit, string sub, string cls = "", string extra = "")
        {
            w.Write($"<div class=\"tile {cls}\" id=\"tile-{id}\"><div class=\"label\">{E(label)}</div><div class=\"value{(value.Length > 11 ? " long" : "")}\">{E(value)}");
            if (unit.Length > 0)
                w.Write($"<small>{E(unit)}</small>");
            w.Write($"</div><div class=\"sub\">{E(sub)}</div>{extra}</div>\n");
        }

        private void Tiles()
        {
            SectionStart(1, "kpi", S("主要指標", "Key figures"), S(
                $"基準日 {kpis.AsOf:yyyy-MM-dd} までの全顧客についての数字です。各指標の意味は「{GuideNumber} このレポートの読み方」にあります。",
                $"Every customer up to the as-of date, {kpis.AsOf:yyyy-MM-dd}. Section {GuideNumber} explains each figure."));
            w.Write("<div class=\"tiles\">\n");
            Tile("customers", S("購入者数", "Customers"), N(kpis.Customers), S("人", ""), S($"購入 {N(kpis.Purchases)}回", $"{N(kpis.Purchases)} purchases"));
            Tile("revenue", S("売上", "Revenue"), Yen(kpis.Revenue), "", S("キャンセル除く・返品差引後", "net of cancellations and returns"));
            Tile("average-ltv", S("平均LTV", "Average LTV"), Yen(kpis.AverageLtv), "", S("売上 ÷ 購入者数", "revenue ÷ customers"));
            var year = kpis.Horizon(12);
            Tile("ltv12", S("12か月LTV", "12-month LTV"), Yen(year.Value), "",
                S($"初回購入から1年間の売上の平均（1年経過した {N(year.Eligible)}人）", $"first year's revenue, mean over {N(year.Eligible)} customers with a full year"));
            var repeat = kpis.RepeatRate;
            Tile("repeat", S("リピート率", "Repeat rate"), Pct(repeat.Value), "",
                S($"2日以上購入 {N(repeat.Numerator)}人 / {N(repeat.Denominator)}人", $"{N(repeat.Numerator)} of {N(repeat.Denominator)} bought on 2+ days"));
            var f2 = kpis.F2;
            var rate = f2.Rate.Value;
            var good = rate >= MetricOptions.F2Target;
            var meterMax = Math.Max(MetricOptions.F2Target * 2, rate ?? 0);
            var meter = rate is { } r
                ? $"<div class=\"meter\" title=\"{E(S("目標", "target"))} {Target}\"><span style=\"width:{(r / meterMax * 100).ToString("0.#", Inv)}%\"></span><i style=\"left:{(MetricOptions.F2Target / meterMax * 100).ToString("0.#", Inv)}%\"></i></div>"
                : "";
            Tile("f2", S($"F2転換率（{f2.WindowDays}日以内）", $"F2 rate ({f2.WindowDays} days)"), Pct(rate), "",
                S($"目標 {Target} · 対象 {N(f2.Eligible)}人中 {N(f2.Converted)}人", $"target {Target} · {N(f2.Converted)} of {N(f2.Eligible)} eligible"),
                rate is null ? "" : good ? "good" : "warn", meter);
            Tile("days-to-second", S("2回目購入までの平均日数", "Mean days to 2nd purchase"),
                f2.MeanDaysToSecond?.ToString("0.0", Inv) ?? "–", f2.MeanDaysToSecond is null ? "" : S("日", "days"),
                S($"中央値 {f2.MedianDaysToSecond?.ToString("0.#", Inv) ?? "–"}日", $"median {f2.MedianDaysToSecond?.ToString("0.#", Inv) ?? "–"} days"));
            if (kpis.Profit is { } profit)
            {
                Tile("profit-ltv", S("利益LTV", "Profit LTV"), Yen(profit.Value), "", S("12か月LTV × 粗利率 − CPO − 維持費", "12-month LTV × margin − CPO − retention"));
                Tile("ltv-cpo", "LTV ÷ CPO", profit.LtvToCpo?.ToString("0.00", Inv) ?? "–", "", S("1を超えれば1年で獲得費を回収", "above 1: acquisition pays back in a year"));
                Tile("break-even", S("採算ライン", "Break-even purchase"), profit.BreakEvenPurchase is { } n ? N(n) : "–", profit.BreakEvenPurchase is null ? "" : S("回目", "th"),
                    S("粗利の累計がCPOに届く購入回数", "purchase day at which gross profit covers the CPO"));
            }
            w.Write("</div>\n");
            DataLine();
            w.Write("</section>\n");
        }

        private void Owner()
        {
            w.Write("<section class=\"card owner\" id=\"owner\" aria-labelledby=\"owner-title\">\n<h2 id=\"owner-title\">");
            w.Write(E(S("このショップの今とやること", "What the numbers say, and what to do")));
            w.Write("</h2>\n<p class=\"lead\">");
            w.Write(E(S($"基準日 {kpis.AsOf:yyyy-MM-dd} までの{N(kpis.Customers)}人の数字を、通販の目安と比べた結果です。詳しい数字は下の各章にあります。",
                $"This shop's {N(kpis.Customers)} customers up to {kpis.AsOf:yyyy-MM-dd}, measured against mail-order yardsticks. The sections below have the details.")));
            w.Write("</p>\n<ol class=\"findings\">\n");
            foreach (var finding in OwnerFindings.Of(kpis, _lang))
            {
                var tone = finding.Tone.ToString().ToLowerInvariant();
                var mark = finding.Tone switch { FindingTone.Good => S("良好", "On track"), FindingTone.Watch => S("要対応", "Act"), _ => S("参考", "Note") };
                w.Write($"<li class=\"finding {tone}\" data-finding=\"{E(finding.Id)}\"><span class=\"tone\">{E(mark)}</span><p class=\"what\">{E(finding.Text)}</p>");
                w.Write($"<p class=\"todo\"><b>{E(S("やること", "To do"))}</b> {E(finding.Action)}</p></li>\n");
            }
            w.Write("</ol>\n</section>\n");
        }

        private void Portfolio(IReadOnlyList<int> scatter)
        {
            SectionStart(2, "portfolio", S("顧客ポートフォリオ（5グループ × 既存顧客／離脱客）", "Customer portfolio (five groups × active / churned)"), S(
                "在籍期間と累計購入金額で顧客を5つのグループに分け、最終購入からの日数で既存顧客と離脱客に分けます。区切りの値を変えると、表・グラフ・顧客リストがその場で分け直されます。",
                "Customers are grouped by tenure and revenue, and split into active and churned by the days since their last purchase. Change a threshold and the table, charts and customer list regroup at once."));
            Controls();
            w.Write("<div class=\"keep\"><h3>");
            w.Write(E(S("クロス集計表（5グループ × 既存顧客／離脱客）", "Cross-tab (five groups × active / churned)")));
            w.Write("</h3>\n");
            CrossTab();
            Chart("chart-crosstab", CrossTabChart.Chart(_seg, _lang), "short", CrossTabLabel());
            w.Write("</div>\n<div class=\"keep\"><h3>");
            w.Write(E(S("散布図: 在籍期間 × 累計購入金額", "Scatter: tenure × revenue")));
            w.Write("</h3>\n");
            Chart("chart-scatter", SegmentScatter.Chart(_seg, scatter, _lang), "tall", ScatterLabel(scatter));
            var total = _seg.Customers.Count;
            w.Write("<p class=\"caption\">");
            w.Write(E(S("1つの点が1人の顧客です。● 既存顧客 ○ 離脱客。破線が区切り（よちよち客の上限・流行客の上限・金額基準）です。凡例の人数は全顧客の数です。",
                "One point per customer. ● active ○ churned. The dashed lines are the thresholds (fledgling and trendy tenure, amount). The numbers in the legend count every customer.")));
            if (scatter.Count < total)
                w.Write(E(S($" 表示は {N(total)}人から無作為に選んだ {N(scatter.Count)}人です（毎回同じ顔ぶれ）。",
                    $" Shown: a random {N(scatter.Count)} of {N(total)} customers (the same ones every time).")));
            var (above, highest) = SegmentScatter.AboveTop(_seg, scatter);
            w.Write(" <span id=\"scatter-above\">");
            if (above > 0)
                w.Write(E(AboveTop(above, highest)));
            w.Write("</span></p>\n</div>\n");
            CustomerList();
            w.Write("<div class=\"keep\"><h3>");
            w.Write(E(S("最終購入月別の顧客数", "Customers by month of last purchase")));
            w.Write("</h3>\n");
            Chart("chart-lastmonth", LastPurchaseMonthChart.Chart(_seg, _lang), "", LastMonthLabel());
            w.Write("<p class=\"caption\">");
            w.Write(E(S("破線より左（基準日から離脱日数以上前）に最終購入がある顧客が離脱客です。",
                "Customers whose last purchase is left of the dashed line (the churn days before the as-of date) are churned.")));
            w.Write("</p>\n</div>\n</section>\n");
        }

        private void Controls()
        {
            var t = _seg.Thresholds;
            if (_mode == ReportSegmentMode.Fixed)
            {
                w.Write("<p class=\"note\">");
                w.Write(E(S("独自のグループ定義（--config の segments）で分けているため、区切りの操作はありません。",
                    "The groups come from a custom rule set (--config segments), so there are no threshold controls.")));
                w.Write("</p>\n");
                return;
            }
            w.Write("<form class=\"controls\" id=\"controls\" autocomplete=\"off\" onsubmit=\"return false\">\n<div class=\"title\">");
            w.Write(E(S("パラメータ（区切りの値）", "Parameters (thresholds)")));
            w.Write("</div>\n");
            Field("th-f", S("よちよち客の上限（在籍期間）", "Fledgling: tenure below"), t.FledglingMaxDays.ToString(Inv), S("日", "days"), "1", "1",
                S("これ未満がよちよち客、以上は金額で分けます", "below: fledgling; from here on spend decides"));
            Field("th-t", S("流行客の上限（在籍期間）", "Trendy: tenure below"), t.TrendyMaxDays.ToString(Inv), S("日", "days"), "1", "1",
                S("金額基準以上のうち、これ以上が優良顧客", "big spenders from here on are loyal"));
            Field("th-a", S("金額基準（累計購入金額）", "Amount threshold"), t.AmountThreshold.ToString(Inv), S("円", "yen"), "1000", "0",
                S("これ以上が流行客・優良顧客", "from here on: trendy or loyal"));
            Field("th-c", S("離脱とみなす日数（最終購入から）", "Churned after (days)"), t.ChurnDays.ToString(Inv), S("日", "days"), "1", "1",
                S("これ以上たつと離脱客", "from here on: churned"));
            w.Write("<div class=\"status-line\"><button type=\"button\" id=\"th-reset\">");
            w.Write(E(S("初期値に戻す", "Reset")));
            w.Write("</button><span id=\"th-status\" aria-live=\"polite\"></span></div>\n");
            if (_mode == ReportSegmentMode.Binned)
            {
                w.Write("<div class=\"status-line\" id=\"th-binned\">");
                w.Write(E(S($"顧客が多い（{N(_seg.Customers.Count)}人）ため、このページは顧客を区切りごとの箱で数えています。入力した値は最も近い区切り（日数は10日・30日刻み、金額は5,000円刻みなど）にそろえて集計し、その値を表示します。",
                    $"With {N(_seg.Customers.Count)} customers, this page counts customers in bins: a value typed in is snapped to the nearest bin edge (days in steps of 10 or 30, yen in steps of 5,000 and up), and the value used is shown.")));
                w.Write("</div>\n");
            }
            w.Write("<p class=\"print-only\" id=\"print-thresholds\">");
            w.Write(E(Summary(t)));
            w.Write("</p>\n</form>\n");
        }

        private string Summary(SegmentThresholds t) => S(
            $"よちよち客 < {N(t.FledglingMaxDays)}日 ≤ 流行客 < {N(t.TrendyMaxDays)}日 ≤ 優良顧客、金額基準 {ChartLabels.Yen(t.AmountThreshold)}、離脱 {N(t.ChurnDays)}日以上",
            $"fledgling < {N(t.FledglingMaxDays)} days ≤ trendy < {N(t.TrendyMaxDays)} days ≤ loyal, amount {ChartLabels.Yen(t.AmountThreshold)}, churned from {N(t.ChurnDays)} days");

        private void Field(string id, string label, string value, string unit, string step, string min, string hint)
        {
            w.Write($"<div class=\"control\"><label for=\"{id}\">{E(label)}</label><div class=\"field\"><input type=\"number\" id=\"{id}\" name=\"{id}\" value=\"{E(value)}\" step=\"{step}\" min=\"{min}\" inputmode=\"numeric\"><span class=\"unit\">{E(unit)}</span></div><div class=\"hint\">{E(hint)}</div></div>\n");
        }

        private void CrossTab()
        {
            var rules = _seg.Rules.Rules;
            var cells = _seg.Cells;
            var totalN = cells.Sum(c => (long)c.Customers);
            var totalRev = cells.Sum(c => c.Revenue);
            ScrollBox("table-wrap", S("クロス集計表", "Cross-tab"));
            w.Write("<table class=\"crosstab\" id=\"crosstab\">\n<thead><tr><th rowspan=\"2\">");
            w.Write(E(S("グループ", "Group")));
            w.Write($"</th><th colspan=\"2\">{E(ChartLabels.Status(CustomerStatus.Active, _lang))}</th><th colspan=\"2\">{E(ChartLabels.Status(CustomerStatus.Churned, _lang))}</th><th colspan=\"4\">{E(S("合計", "Total"))}</th></tr>\n<tr>");
            string people = S("人数", "Customers"), revenue = S("売上", "Revenue"), share = S("構成比", "Share");
            foreach (var h in new[] { people, revenue, people, revenue, people, share, revenue, share })
                w.Write($"<th>{E(h)}</th>");
            w.Write("</tr></thead>\n<tbody>\n");
            for (var g = 0; g < rules.Count; g++)
            {
                var active = cells.First(c => c.Segment == rules[g].Name && c.Status == CustomerStatus.Active);
                var churned = cells.First(c => c.Segment == rules[g].Name && c.Status == CustomerStatus.Churned);
                long n = active.Customers + churned.Customers;
                var rev = active.Revenue + churned.Revenue;
                w.Write($"<tr data-group=\"{E(rules[g].Name)}\"><th><span class=\"swatch\" style=\"background:{ChartLabels.ColorAt(g)}\"></span>{E(ChartLabels.Group(rules[g].Name, _lang))}</th>");
                w.Write($"<td data-cell=\"n-{g}-0\">{N(active.Customers)}</td><td data-cell=\"rev-{g}-0\">{Yen(active.Revenue)}</td>");
                w.Write($"<td data-cell=\"n-{g}-1\">{N(churned.Customers)}</td><td data-cell=\"rev-{g}-1\">{Yen(churned.Revenue)}</td>");
                w.Write($"<td data-cell=\"n-{g}\">{N(n)}</td><td class=\"share\" data-cell=\"nshare-{g}\">{Share(n, totalN)}</td>");
                w.Write($"<td data-cell=\"rev-{g}\">{Yen(rev)}</td><td class=\"share\" data-cell=\"revshare-{g}\">{Share(rev, totalRev)}</td></tr>\n");
            }
            var allActive = cells.Where(c => c.Status == CustomerStatus.Active).ToList();
            var allChurned = cells.Where(c => c.Status == CustomerStatus.Churned).ToList();
            w.Write($"<tr class=\"total\"><th>{E(S("合計", "Total"))}</th>");
            w.Write($"<td data-cell=\"n-all-0\">{N(allActive.Sum(c => (long)c.Customers))}</td><td data-cell=\"rev-all-0\">{Yen(allActive.Sum(c => c.Revenue))}</td>");
            w.Write($"<td data-cell=\"n-all-1\">{N(allChurned.Sum(c => (long)c.Customers))}</td><td data-cell=\"rev-all-1\">{Yen(allChurned.Sum(c => c.Revenue))}</td>");
            w.Write($"<td data-cell=\"n-all\">{N(totalN)}</td><td class=\"share\">{(totalN > 0 ? "100.0%" : "–")}</td><td data-cell=\"rev-all\">{Yen(totalRev)}</td><td class=\"share\">{(totalRev != 0 ? "100.0%" : "–")}</td></tr>\n");
            w.Write("</tbody></table></div>\n");
        }

        private static string Share(long part, long whole) => Stats.Percent(whole > 0 ? (double)part / whole : null);

        private static string Share(decimal part, decimal whole) => Stats.Percent(whole != 0 ? (double)(part / whole) : null);

        private void CustomerList()
        {
            var pii = ReportData.PiiColumns(profiles, options);
            var listed = Math.Min(_seg.Customers.Count, options.ListLimit);
            w.Write("<h3>");
            w.Write(E(S("顧客リスト", "Customer list")));
            w.Write("</h3>\n<div class=\"list-tools no-print\"><input type=\"search\" id=\"list-search\" placeholder=\"");
            w.Write(E(pii.Count > 0 ? S("顧客ID・氏名・メールなどで検索", "Search id, name, e-mail …") : S("顧客IDで検索", "Search customer id")));
            w.Write($"\" aria-label=\"{E(S("検索", "Search"))}\"><select id=\"list-group\" aria-label=\"{E(S("グループ", "Group"))}\"><option value=\"-1\">{E(S("すべてのグループ", "All groups"))}</option>");
            var rules = _seg.Rules.Rules;
            for (var g = 0; g < rules.Count; g++)
                w.Write($"<option value=\"{g}\">{E(ChartLabels.Group(rules[g].Name, _lang))}</option>");
            w.Write($"</select><select id=\"list-status\" aria-label=\"{E(S("状態", "Status"))}\"><option value=\"-1\">{E(S("既存・離脱とも", "Active and churned"))}</option>");
            w.Write($"<option value=\"0\">{E(ChartLabels.Status(CustomerStatus.Active, _lang))}</option><option value=\"1\">{E(ChartLabels.Status(CustomerStatus.Churned, _lang))}</option></select></div>\n");
            ScrollBox("list-wrap", S("顧客リスト", "Customer list"));
            w.Write("<table id=\"customer-list\">\n<thead><tr>");
            var columns = new List<(string Key, string Label)>
            {
                ("id", S("顧客ID", "Customer id")), ("group", S("グループ", "Group")), ("status", S("状態", "Status")),
                ("orders", S("購入回数", "Purchases")), ("revenue", S("累計購入金額", "Revenue")),
                ("first", S("初回購入日", "First purchase")), ("last", S("最終購入日", "Last purchase")),
                ("tenure", S("在籍期間(日)", "Tenure (days)")), ("recency", S("経過日数", "Days since last")),
            };
            var piiLabels = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["name"] = S("氏名", "Name"), ["email"] = S("メール", "E-mail"), ["phone"] = S("電話番号", "Phone"),
                ["address"] = S("住所", "Address"), ["gender"] = S("性別", "Gender"), ["ageBand"] = S("年代", "Age"),
            };
            for (var k = 0; k < pii.Count; k++)
                columns.Add(($"pii{k}", piiLabels[pii[k]]));
            foreach (var (key, label) in columns)
            {
                var text = key is "id" or "group" or "status" || key.StartsWith("pii", StringComparison.Ordinal) ? " class=\"text\"" : "";
                w.Write($"<th data-sort=\"{key}\" scope=\"col\"{text}>{E(label)}</th>");
            }
            w.Write("</tr></thead>\n<tbody id=\"customer-list-body\"></tbody>\n</table></div>\n");
            w.Write($"<div class=\"pager no-print\"><button type=\"button\" id=\"list-prev\">{E(S("← 前へ", "← Previous"))}</button><span id=\"list-page\"></span><button type=\"button\" id=\"list-next\">{E(S("次へ →", "Next →"))}</button></div>\n");
            w.Write("<p class=\"note\" id=\"list-note\"><span class=\"print-only\" id=\"list-print-note\"></span><span class=\"no-print\">");
            w.Write(E(listed < _seg.Customers.Count
                ? S($"累計購入金額の上位 {N(listed)}人を掲載しています（全 {N(_seg.Customers.Count)}人）。全員の一覧は ltvkit customers で CSV に出力できます。",
                    $"The top {N(listed)} customers by revenue are listed (of {N(_seg.Customers.Count)}). `ltvkit customers` writes every customer to a CSV.")
                : S($"全 {N(_seg.Customers.Count)}人を掲載しています。見出しをクリックすると並べ替えます。", $"All {N(_seg.Customers.Count)} customers. Click a heading to sort.")));
            w.Write("</span>");
            if (pii.Count == 0)
                w.Write(E(S(" 氏名・メールアドレス・電話番号・住所などの個人情報は、このファイルに含まれていません。",
                    " Names, e-mail addresses, phone numbers and addresses are not in this file.")));
            w.Write("</p>\n");
        }

        private void FirstTouches()
        {
            SectionStart(3, "first-touch", S("初回チャネル・初回商品別の F2転換率と LTV", "F2 rate and LTV by first channel and first product"), S(
                "初回購入の経路・商品ごとに、2回目につながった割合（F2転換率）と1年間の売上（12か月LTV）を比べます。両方が高い入口が、獲得に力を入れる価値のある入口です。",
                "For each first channel and first product: how many first-time buyers came back (F2 rate) and what they spent in their first year (12-month LTV). Entrances high on both are worth more acquisition."));
            FirstTouchBlock("chart-channel", FirstTouchKind.Channel, kpis.ByFirstChannel, S("初回チャネル", "First channel"));
            FirstTouchBlock("chart-product", FirstTouchKind.Product, kpis.ByFirstProduct, S("初回商品", "First product"));
            w.Write("</section>\n");
        }

        private void FirstTouchBlock(string id, FirstTouchKind kind, IReadOnlyList<FirstTouch> rows, string heading)
        {
            w.Write($"<div class=\"keep\"><h3>{E(heading)}</h3>\n");
            var largest = rows.Count == 0 ? null : rows[0];
            Chart(id, FirstTouchChart.Chart(rows, kind, _lang), "", largest is null
                ? S($"{heading}別の F2転換率と12か月LTV（データなし）", $"F2 rate and 12-month LTV by {heading.ToLowerInvariant()} (no data)")
                : S($"{heading}別の F2転換率と12か月LTV。最多の「{(largest.Value.Length == 0 ? "（なし）" : largest.Value)}」は{N(largest.Customers)}人、F2転換率 {Pct(largest.F2Rate.Value)}",
                    $"F2 rate and 12-month LTV by {heading.ToLowerInvariant()}: the largest, “{(largest.Value.Length == 0 ? "(none)" : largest.Value)}”, has {N(largest.Customers)} customers and an F2 rate of {Pct(largest.F2Rate.Value)}"));
            ScrollBox("table-wrap", heading);
            w.Write("<table class=\"first-touch\">\n<thead><tr>");
            foreach (var h in new[] { heading, S("顧客数", "Customers"), S("リピート率", "Repeat"), S("F2転換率", "F2 rate"), S("平均LTV", "Avg LTV"), S("12か月LTV", "12-mo LTV") })
                w.Write($"<th>{E(h)}</th>");
            w.Write("</tr></thead>\n<tbody>\n");
            foreach (var row in rows.Take(FirstTouchChart.DefaultTop))
            {
                var name = row.Value.Length == 0 ? S("（なし）", "(none)") : row.Value;
                w.Write($"<tr><td>{E(name)}</td><td>{N(row.Customers)}</td><td>{Pct(row.RepeatRate.Value)}</td><td>{Pct(row.F2Rate.Value)}</td><td>{Yen(row.AverageLtv)}</td><td>{Yen(row.TwelveMonthLtv.Value)}</td></tr>\n");
            }
            w.Write("</tbody></table>");
            if (rows.Count > FirstTouchChart.DefaultTop)
            {
                w.Write("<p class=\"note\">");
                w.Write(E(S($"顧客数の多い {FirstTouchChart.DefaultTop}件を表示（全 {N(rows.Count)}件）。", $"The {FirstTouchChart.DefaultTop} largest of {N(rows.Count)}.")));
                w.Write("</p>");
            }
            w.Write("</div>\n</div>\n");
        }

        private void Repeat()
        {
            SectionStart(4, "repeat", S("リピートの推移", "Repeat purchases"), S(
                "毎月の購入者のうちリピーターがどれだけいるか、何回目の購入で顧客が離れるか、購入が途絶えてから戻ってくる見込みがどう下がるかを見ます。",
                "How many of each month's buyers are repeaters, at which purchase customers drop off, and how the chance of a return fades with time."));
            w.Write("<div class=\"keep\"><h3>");
            w.Write(E(S("月別の購入者数とリピーター率", "Buyers per month and repeater ratio")));
            w.Write("</h3>\n");
            Chart("chart-monthly", MonthlyRepeatChart.Chart(kpis.Monthly, _lang), "", MonthlyLabel());
            w.Write("</div>\n<div class=\"grid two\">\n<div class=\"keep\"><h3>");
            w.Write(E(S("F1→F5 ファネル", "F1→F5 funnel")));
            w.Write("</h3>\n");
            Chart("chart-funnel", FunnelChart.Chart(kpis.Funnel, _lang), "", S(
                $"F1→F5 ファネル: {string.Join(" → ", kpis.Funnel.Reach.Select((n, i) => $"F{i + 1} {N(n)}人"))}",
                $"F1→F5 funnel: {string.Join(" → ", kpis.Funnel.Reach.Select((n, i) => $"F{i + 1} {N(n)}"))} customers"));
            w.Write("<p class=\"caption\">");
            w.Write(E(S("F1は1日以上、F2は2日以上…購入した顧客の数です。括弧内は前の段から次の段へ進んだ割合です。",
                "F1 counts customers with purchases on 1 day or more, F2 on 2 days or more, and so on; the percentage is the share that went on from the step before.")));
            w.Write("</p>\n</div>\n<div class=\"keep\"><h3>");
            var marks = ReturnCurveChart.Marks(_seg.Thresholds.ChurnDays);
            w.Write(E(S($"再購入曲線（{marks[0]}日・{marks[1]}日）", $"Return curve ({marks[0]} and {marks[1]} days)")));
            w.Write("</h3>\n");
            Chart("chart-returns", ReturnCurveChart.Chart(kpis.ReturnCurve, _lang, marks), "", S(
                $"再購入曲線: 購入が途絶えて{string.Join("、", marks.Select(m => $"{N(m)}日後に1年以内に再購入した割合 {Pct(kpis.ReturnCurve.At(m).Value)}"))}",
                $"Return curve: after {string.Join("; after ", marks.Select(m => $"{N(m)} silent days, {Pct(kpis.ReturnCurve.At(m).Value)} bought again within a year"))}"));
            w.Write("</div>\n</div>\n</section>\n");
        }

        private void Clv()
        {
            if (_clv is null)
                return;
            SectionStart(5, "clv", S("グループ別のP(alive)と予測CLV（離脱客は本当にいなくなったのか）", "P(alive) and predicted CLV by group (are the churned really gone?)"), S(
                "購入履歴から、各顧客がまだ購入を続けている確率（P(alive)）と、これからの購入額の予測（予測CLV）をモデル（BG/NBD と Gamma-Gamma）で求め、グループ × 既存顧客／離脱客ごとに平均しました。離脱客でも P(alive) が高いグループは、まだ呼び戻せる見込みがあります。",
                "From each customer's purchase history, models (BG/NBD and Gamma-Gamma) give the probability the customer is still buying (P(alive)) and the spend to expect (predicted CLV), averaged by group × active / churned. A churned group with a high P(alive) can still be won back."));
            if (_clv.BySegment is not { } by)
            {
                w.Write("<p class=\"note\" id=\"clv-skipped\">");
                w.Write(E(_clv.Skipped));
                w.Write("</p>\n</section>\n");
                return;
            }
            var horizon = by.HorizonMonths;
            var rate = (by.AnnualDiscountRate * 100).ToString("0.#", Inv) + "%";
            w.Write("<p class=\"caption\" id=\"clv-basis\">");
            w.Write(E(S($"{_clv.CalibrationEnd:yyyy-MM-dd} までの購入でモデルを当てはめ（{N(_clv.FittedOn)}人）、基準日 {kpis.AsOf:yyyy-MM-dd} から見た値です。予測CLVは今後{horizon}か月の購入額の予測（年{rate}で割引）です。",
                $"Models fitted on purchases up to {_clv.CalibrationEnd:yyyy-MM-dd} ({N(_clv.FittedOn)} customers), values as of {kpis.AsOf:yyyy-MM-dd}. Predicted CLV: the spend expected over the next {horizon} months, discounted at {rate} a year.")));
            if (_clv.Holdout is { } check && check.HoldoutLength > 0)
                w.Write(E(S($" 確認: {_clv.CalibrationEnd:yyyy-MM-dd} より後の購入日数は予測 {N((long)Math.Round(check.TotalPredicted))}日、実績 {N(check.TotalActual)}日でした。",
                    $" Check: after {_clv.CalibrationEnd:yyyy-MM-dd} the model predicted {N((long)Math.Round(check.TotalPredicted))} purchase days; there were {N(check.TotalActual)}.")));
            w.Write("</p>\n");
            ScrollBox("table-wrap", S("グループ別のP(alive)と予測CLV", "P(alive) and predicted CLV by group"));
            w.Write("<table class=\"crosstab\" id=\"clv-table\">\n<thead><tr><th rowspan=\"2\">");
            w.Write(E(S("グループ", "Group")));
            w.Write($"</th><th colspan=\"3\">{E(ChartLabels.Status(CustomerStatus.Active, _lang))}</th><th colspan=\"3\">{E(ChartLabels.Status(CustomerStatus.Churned, _lang))}</th><th rowspan=\"2\">{E(S($"予測CLV合計（{horizon}か月）", $"Total CLV ({horizon} months)"))}</th></tr>\n<tr>");
            string people = S("人数", "Customers"), alive = S("平均P(alive)", "Mean P(alive)"), mean = S("平均CLV", "Mean CLV");
            foreach (var h in new[] { people, alive, mean, people, alive, mean })
                w.Write($"<th>{E(h)}</th>");
            w.Write("</tr></thead>\n<tbody>\n");
            var groups = by.Cells.Select(c => c.Segment).Distinct(StringComparer.Ordinal).ToList();
            for (var g = 0; g < groups.Count; g++)
            {
                w.Write($"<tr data-group=\"{E(groups[g])}\"><th><span class=\"swatch\" style=\"background:{ChartLabels.ColorAt(g)}\"></span>{E(ChartLabels.Group(groups[g], _lang))}</th>");
                var active = by.Cell(groups[g], CustomerStatus.Active);
                var churned = by.Cell(groups[g], CustomerStatus.Churned);
                ClvCells(active, $"{g}-0");
                ClvCells(churned, $"{g}-1");
                w.Write($"<td data-cell=\"clv-total-{g}\">{Money(active.TotalValue + churned.TotalValue)}</td></tr>\n");
            }
            var allActive = by.Total(CustomerStatus.Active);
            var allChurned = by.Total(CustomerStatus.Churned);
            w.Write($"<tr class=\"total\"><th>{E(S("合計", "Total"))}</th>");
            ClvCells(allActive, "all-0");
            ClvCells(allChurned, "all-1");
            w.Write($"<td data-cell=\"clv-total-all\">{Money(allActive.TotalValue + allChurned.TotalValue)}</td></tr>\n");
            w.Write("</tbody></table></div>\n");
            Chart("chart-clv", ClvBySegmentChart.Chart(by, _lang), "short", S(
                $"グループ別の予測CLV。合計 {Money(allActive.TotalValue + allChurned.TotalValue)}（今後{horizon}か月）",
                $"Predicted CLV by group: {Money(allActive.TotalValue + allChurned.TotalValue)} in total over {horizon} months"));
            w.Write("<p class=\"caption\">");
            w.Write(E(S("グループと既存／離脱は初期値の区切りで分けた固定の集計で、上のパラメータを変えても変わりません。",
                "Groups and active / churned are those of the default thresholds: this table does not follow the parameters above.")));
            w.Write(E(S(" BG/NBD では、離脱は購入の後にしか起きないと考えるため、1回しか買っていない顧客（初回客）の P(alive) は常に100%になります。初回客は予測CLVで比べてください。",
                " In BG/NBD a customer can only drop out after a repeat purchase, so a one-time buyer (first-timer) always has P(alive) 100%: compare first-timers by predicted CLV.")));
            if (by.CustomersWithoutForecast > 0)
                w.Write(E(S($" 予測のない顧客 {N(by.CustomersWithoutForecast)}人は含みません。", $" {N(by.CustomersWithoutForecast)} customers without a forecast are left out.")));
            w.Write("</p>\n</section>\n");
        }

        private void ClvCells(ClvSegmentCell cell, string key)
        {
            w.Write($"<td data-cell=\"clv-n-{key}\">{N(cell.Customers)}</td><td data-cell=\"clv-alive-{key}\">{Pct(cell.MeanProbabilityAlive)}</td><td data-cell=\"clv-mean-{key}\">{(cell.MeanValue is { } m ? Money(m) : "–")}</td>");
        }

        private static string Money(double value) => double.IsFinite(value) ? ChartLabels.Yen((decimal)value) : "–";

        private void Guide()
        {
            SectionStart(GuideNumber, "guide", S("このレポートの読み方", "How to read this"), "");
            w.Write("<dl class=\"guide\">\n");
            foreach (var (term, text) in ReportGuide.Entries(kpis, _lang, _clv is not null))
                w.Write($"<dt>{E(term)}</dt><dd>{E(text)}</dd>\n");
            w.Write("</dl>\n</section>\n");
        }

        /// <summary>Opens the box a wide table scrolls in on a phone: focusable, so that it scrolls from the keyboard too, and named.</summary>
        private void ScrollBox(string cls, string label) =>
            w.Write($"<div class=\"{cls}\" tabindex=\"0\" role=\"region\" aria-label=\"{E(label)}\">");

        /// <summary>A chart in a figure whose label states its main number (for screen readers and the accessibility audit).</summary>
        /// <remarks>On paper the figure has a numbered caption with the same text (図3｜…), which also lets the print test find it in the PDF.</remarks>
        private void Chart(string id, GenericChart chart, string size, string label)
        {
            _figures[id] = chart;
            Figure(label, $"<div class=\"chart {size}\" id=\"{id}\" data-figure=\"fig-{id}\"></div>");
        }

        /// <summary>A figure around <paramref name="content"/> (markup the report made), numbered in page order with the plotly charts.</summary>
        private void Figure(string label, string content)
        {
            _figureCount++;
            w.Write($"<figure class=\"figure\" aria-label=\"{E(label)}\">{content}");
            w.Write($"<figcaption class=\"print-only\">{E(S("図", "Fig. "))}{_figureCount.ToString(Inv)}｜{E(label)}</figcaption></figure>\n");
        }

        private long Churned => _seg.Cells.Where(c => c.Status == CustomerStatus.Churned).Sum(c => (long)c.Customers);

        /// <summary>The cross-tab chart's label: written here, and by the page script when the thresholds regroup.</summary>
        private string CrossTabLabelTemplate => S("グループ別の既存顧客と離脱客の人数。既存顧客 {active}人、離脱客 {churned}人",
            "Active and churned customers by group: {active} active, {churned} churned");

        private string CrossTabLabel()
        {
            var active = _seg.Cells.Where(c => c.Status == CustomerStatus.Active).Sum(c => (long)c.Customers);
            return Fill(CrossTabLabelTemplate, ("active", N(active)), ("churned", N(Churned)));
        }

        /// <summary>The last-purchase-month chart's label: written here, and by the page script when the churn days change.</summary>
        private string LastMonthLabelTemplate => S("最終購入月別の顧客数。最終購入から{c}日以上の離脱客は{churned}人です。",
            "Customers by month of last purchase: {churned} churned ({c}+ days since the last purchase).");

        private string LastMonthLabel() =>
            Fill(LastMonthLabelTemplate, ("c", N(_seg.Thresholds.ChurnDays)), ("churned", N(Churned)));

        /// <summary>A template's {name} places filled, the same templates the page script fills with its own numbers.</summary>
        private static string Fill(string template, params (string Name, string Value)[] values) =>
            values.Aggregate(template, (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

        private string ScatterLabel(IReadOnlyList<int> scatter)
        {
            var top = scatter.Count == 0 ? 0m : scatter.Max(i => _seg.Customers[i].Revenue);
            return S($"在籍期間 × 累計購入金額の散布図。{N(scatter.Count)}人を表示、最高の累計購入金額は {Yen(top)}",
                $"Scatter of tenure × revenue: {N(scatter.Count)} customers drawn, the highest revenue {Yen(top)}");
        }

        private string MonthlyLabel()
        {
            if (kpis.Monthly.Count == 0)
                return S("月別の購入者数とリピーター率（データなし）", "Buyers per month and repeater ratio (no data)");
            var last = kpis.Monthly[^1];
            return S($"月別の購入者数とリピーター率。{last.Month:yyyy-MM} は購入者 {N(last.Buyers)}人、リピーター率 {Pct(last.RepeaterRatio.Value)}",
                $"Buyers per month and repeater ratio: {last.Month:yyyy-MM} had {N(last.Buyers)} buyers, {Pct(last.RepeaterRatio.Value)} repeaters");
        }

        private void Scripts(IReadOnlyList<int> scatter)
        {
            w.Write("<script type=\"application/json\" id=\"ltv-data\">");
            w.Write(ReportData.Json(_seg, profiles, options, scatter, ScriptText()));
            w.Write("</script>\n");
            foreach (var (id, chart) in _figures)
            {
                w.Write($"<script type=\"application/json\" id=\"fig-{id}\">");
                w.Write(HtmlText.ScriptJson(GenericChart.toFigureJson(chart)));
                w.Write("</script>\n");
            }
            w.Write("<script>\n");
            w.Write(ReportPlotlyJs.Text);
            w.Write("\n</script>\n<script>\n");
            w.Write(ReportScript.Js);
            w.Write("</script>\n");
        }

        /// <summary>The scatter's note on the customers drawn at the top edge: written here, and by the page script when the thresholds move the axis.</summary>
        private string AboveTopTemplate => S("縦軸の上端を超える {n}人（最高 {max}）は、上端に▲で描いています。", "{n} customers above the top of the axis (up to {max}) are drawn at the top edge as ▲.");

        private string AboveTop(long count, decimal highest) => Fill(AboveTopTemplate, ("n", N(count)), ("max", Yen(highest)));

        private Dictionary<string, string> ScriptText() => new(StringComparer.Ordinal)
        {
            ["aboveTop"] = AboveTopTemplate,
            ["crossTabLabel"] = CrossTabLabelTemplate,
            ["lastMonthLabel"] = LastMonthLabelTemplate,
            ["active"] = ChartLabels.Status(CustomerStatus.Active, _lang),
            ["churned"] = ChartLabels.Status(CustomerStatus.Churned, _lang),
            ["groupCount"] = "{label} ({n})",
            ["days"] = S("{n}日", "{n} d"),
            ["churnNote"] = S("← 離脱（{n}日以上） ", "← churned ({n}+ days) "),
            ["pager"] = S("{from}–{to}人目 / {total}人", "{from}–{to} of {total}"),
            ["noRows"] = S("該当する顧客はいません", "No customer matches"),
            ["printedRows"] = S("紙面には、画面で表示していた {from}–{to}人目（{shown}人中）を載せています。全員の一覧は ltvkit customers で CSV に出力できます。",
                "Printed here: rows {from}–{to} of the {shown} on screen. `ltvkit customers` writes every customer to a CSV."),
            ["snapped"] = S("区切りにそろえて集計: {values}", "Snapped to bin edges: {values}"),
            ["thresholdSummary"] = S("よちよち客 < {f}日 ≤ 流行客 < {t}日 ≤ 優良顧客、金額基準 {a}、離脱 {c}日以上", "fledgling < {f} days ≤ trendy < {t} days ≤ loyal, amount {a}, churned from {c} days"),
            ["invalid_f"] = S("よちよち客の上限は1以上の整数（日）です。", "Fledgling tenure: a whole number of days, at least 1."),
            ["invalid_t"] = S("流行客の上限は1以上の整数（日）です。", "Trendy tenure: a whole number of days, at least 1."),
            ["invalid_a"] = S("金額基準は0円以上です。", "Amount threshold: 0 yen or more."),
            ["invalid_c"] = S("離脱日数は1以上の整数（日）です。", "Churn days: a whole number of days, at least 1."),
            ["invalid_order"] = S("流行客の上限は、よちよち客の上限以上にしてください。", "Trendy tenure must not be below fledgling tenure."),
        };
    }
}
