using LtvKit.Charts;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Report;

public static partial class ReportHtml
{
    /// <summary>The monthly analyses section: cohorts, deciles and RFM, group migration, F2 with unfinished windows, 定期 and 引き上げ, acquisition payback.</summary>
    /// <remarks>
    /// The report's plotly.js bundle draws bars and lines, not heatmaps or Sankeys: the cohort and migration matrices are
    /// tables whose cells are shaded by their value (the number is always printed in the cell, so the shading only helps the eye).
    /// </remarks>
    private sealed partial class Page
    {
        /// <summary>Cohorts shown: the latest ones, a year of them.</summary>
        private const int CohortRows = 12;

        /// <summary>Months since the first purchase shown per cohort (month 0 … 6).</summary>
        private const int CohortMonths = 7;

        private int AnalysesNumber => GuideNumber - 1;

        private void Analyses()
        {
            SectionStart(AnalysesNumber, "analyses", S("月次の分析", "Monthly analyses"), S(
                "毎月見ておきたい分析です。いつ獲得した顧客がどれだけ残っているか（コホート）、売上を誰が支えているか（デシル・RFM）、顧客グループがこの3か月でどう動いたか、F2転換率の見込み、定期の継続と引き上げ、広告費の回収です。",
                "The analyses to read every month: how many customers of each month are still buying (cohorts), who carries the revenue (deciles, RFM), how the groups moved over three months, the F2 rate with unfinished windows, 定期 retention and upgrades, and when the ad spend pays back."));
            Cohorts();
            DecilesAndRfm();
            Migration();
            SecondPurchase();
            Subscription();
            Payback();
            w.Write("</section>\n");
        }

        private void Cohorts()
        {
            var cohorts = kpis.Cohorts.TakeLast(CohortRows).ToList();
            w.Write($"<h3>{E(S("月次コホート：獲得月ごとの購入継続率", "Monthly cohorts: share still buying, by month of first purchase"))}</h3>\n");
            w.Write($"<p class=\"note\">{E(S("行は初回購入の月、列はそこからの経過月です。数字はその月に購入した顧客の割合（空欄はまだ終わっていない月）。",
                "Rows: the month of the first purchase; columns: months since. Each cell is the share of the cohort that bought in that month (blank: the month is not over yet)."))}</p>\n");
            ScrollBox("table-wrap", S("月次コホート", "Monthly cohorts"));
            w.Write("<table class=\"matrix\" id=\"cohort-table\"><thead><tr>");
            w.Write($"<th scope=\"col\">{E(S("獲得月", "Cohort"))}</th><th scope=\"col\">{E(S("人数", "Customers"))}</th>");
            for (var k = 1; k < CohortMonths; k++)
                w.Write($"<th scope=\"col\">{E(S($"{k}か月後", $"Month {k}"))}</th>");
            w.Write("</tr></thead><tbody>\n");
            foreach (var cohort in cohorts)
            {
                w.Write($"<tr><th scope=\"row\">{cohort.Month.ToString("yyyy-MM", Inv)}</th><td>{N(cohort.Customers)}</td>");
                for (var k = 1; k < CohortMonths; k++)
                    ShadedCell(k < cohort.Buyers.Count ? cohort.Active(k)?.Value : null, Pct(k < cohort.Buyers.Count ? cohort.Active(k)?.Value : null), 0.5);
                w.Write("</tr>\n");
            }
            w.Write("</tbody></table></div>\n");
        }

        private void DecilesAndRfm()
        {
            var deciles = kpis.Deciles;
            w.Write("<div class=\"grid two\">\n<div>");
            w.Write($"<h3>{E(S("デシル分析：売上上位10%ごとの売上シェア", "Revenue deciles: each tenth of the customers' share of revenue"))}</h3>\n");
            if (deciles.Count > 1)
            {
                w.Write($"<p class=\"note\" id=\"decile-note\">{E(S($"上位10%の顧客が売上の{Pct(deciles[0].RevenueShare)}、上位20%で{Pct(deciles[1].CumulativeRevenueShare)}を占めています。",
                    $"The top 10% of customers bring {Pct(deciles[0].RevenueShare)} of revenue, the top 20% {Pct(deciles[1].CumulativeRevenueShare)}."))}</p>\n");
                Chart("chart-deciles", DecileChart.Chart(deciles, _lang), "", S($"デシル別の売上構成比。上位10%の顧客が売上の{Pct(deciles[0].RevenueShare)}",
                    $"Share of revenue by decile: the top 10% of customers bring {Pct(deciles[0].RevenueShare)}"));
            }
            w.Write("</div>\n<div>");
            w.Write($"<h3>{E(S("RFM：最終購入（R）× 購入日数（F）", "RFM: recency (R) × frequency (F)"))}</h3>\n");
            w.Write($"<p class=\"note\">{E(S("R・F とも 5 が最良（最近・多い）。区切りはこの店の五分位です。", "5 is best for both (recent, frequent); the cut points are this shop's quintiles."))}</p>\n");
            ScrollBox("table-wrap", "RFM");
            w.Write("<table class=\"matrix\" id=\"rfm-table\"><thead><tr><th scope=\"col\">R \\ F</th>");
            for (var f = 1; f <= 5; f++)
                w.Write($"<th scope=\"col\">F{f}</th>");
            w.Write("</tr></thead><tbody>\n");
            var grid = kpis.Rfm.Grid;
            var max = Math.Max(1, grid.Cast<long>().Max());
            for (var r = 5; r >= 1; r--)
            {
                w.Write($"<tr><th scope=\"row\">R{r}</th>");
                for (var f = 1; f <= 5; f++)
                    ShadedCell((double)grid[r - 1, f - 1] / max, N(grid[r - 1, f - 1]), 1);
                w.Write("</tr>\n");
            }
            w.Write("</tbody></table></div>\n</div>\n</div>\n");
        }

        private void Migration()
        {
            var m = kpis.Migration;
            w.Write($"<h3>{E(S($"顧客グループの推移（{m.From:yyyy-MM-dd} → {m.To:yyyy-MM-dd}）", $"Group migration ({m.From:yyyy-MM-dd} → {m.To:yyyy-MM-dd})"))}</h3>\n");
            w.Write($"<p class=\"note\" id=\"migration-note\">{E(S($"{N(m.Stayed)}人が同じ区分にとどまり、{N(m.Moved)}人が別の区分へ移り、{N(m.New)}人が新しく加わりました。行が前、列が後の区分です。",
                $"{N(m.Stayed)} customers stayed in their cell, {N(m.Moved)} moved to another, {N(m.New)} are new. Rows: the cell before; columns: the cell after."))}</p>\n");
            string Label(int i) => i == m.NewRow ? S("新規", "new") : $"{ChartLabels.Group(m.Cells[i].Segment, _lang)}・{ChartLabels.Status(m.Cells[i].Status, _lang)}";
            var groupIndex = _seg.Rules.Rules.Select((r, g) => (r.Name, g)).ToDictionary(p => p.Name, p => p.g, StringComparer.Ordinal);
            string Color(int i) => i == m.NewRow ? ChartLabels.LineColor : ChartLabels.ColorAt(groupIndex.GetValueOrDefault(m.Cells[i].Segment));
            Figure(S($"顧客グループの推移のサンキー図。{N(m.Stayed)}人が同じ区分、{N(m.Moved)}人が別の区分へ、新規{N(m.New)}人",
                    $"Sankey of the group migration: {N(m.Stayed)} stayed, {N(m.Moved)} moved, {N(m.New)} new"),
                MigrationSankey.Svg(m, Label, Color));
            ScrollBox("table-wrap", S("顧客グループの推移", "Group migration"));
            w.Write("<table class=\"matrix\" id=\"migration-table\"><thead><tr>");
            w.Write($"<th scope=\"col\">{E(S("前 ＼ 後", "from \\ to"))}</th>");
            for (var j = 0; j < m.Cells.Count; j++)
                w.Write($"<th scope=\"col\">{E(Label(j))}</th>");
            w.Write("</tr></thead><tbody>\n");
            var max = Math.Max(1, m.Counts.Cast<long>().Max());
            for (var i = 0; i <= m.NewRow; i++)
            {
                w.Write($"<tr><th scope=\"row\">{E(Label(i))}</th>");
                for (var j = 0; j < m.Cells.Count; j++)
                    ShadedCell(m.Counts[i, j] == 0 ? null : (double)m.Counts[i, j] / max, m.Counts[i, j] == 0 ? "" : N(m.Counts[i, j]), 1);
                w.Write("</tr>\n");
            }
            w.Write("</tbody></table></div>\n");
        }

        private void SecondPurchase()
        {
            var window = kpis.F2.WindowDays;
            var (km, interval) = kpis.SecondPurchase.At(window);
            w.Write($"<h3>{E(S("F2転換率（まだ期間が終わっていない顧客も含めた推定）", "F2 rate, counting customers whose window is not over"))}</h3>\n");
            w.Write($"<p class=\"note\" id=\"km-note\">{E(S(
                $"{window}日以内の F2転換率はカプラン・マイヤー推定で {Pct(km)}（95%区間 {Pct(interval?.Low)}–{Pct(interval?.High)}）。期間を終えた顧客だけで数えた値は {Pct(kpis.F2.Rate.Value)} です。",
                $"The Kaplan–Meier estimate of F2 within {window} days is {Pct(km)} (95% interval {Pct(interval?.Low)}–{Pct(interval?.High)}); counting only customers whose window is over gives {Pct(kpis.F2.Rate.Value)}."))}</p>\n");
            Chart("chart-kaplanmeier", SecondPurchaseChart.Chart(kpis.SecondPurchase, window, language: _lang), "", S(
                $"2回目購入までの日数（カプラン・マイヤー推定）。{window}日以内の F2転換率 {Pct(km)}", $"Days to the second purchase (Kaplan–Meier): F2 within {window} days {Pct(km)}"));
        }

        private void Subscription()
        {
            var s = kpis.Subscriptions;
            var upgrade = kpis.Upgrade;
            w.Write($"<h3>{E(S("定期の継続と引き上げ", "定期 retention and trial upgrades"))}</h3>\n");
            w.Write($"<p class=\"note\" id=\"upgrade-note\">{E(upgrade.Eligible == 0
                ? S($"お試し商品から始めて{upgrade.WindowDays}日が過ぎた顧客はまだいません。", $"No trial customer has had {upgrade.WindowDays} days yet.")
                : S($"お試し商品から始めた顧客の {Pct(upgrade.Rate.Value)}（{N(upgrade.Upgraded)} / {N(upgrade.Eligible)}人）が{upgrade.WindowDays}日以内に本品か定期へ進みました（引き上げ率）。",
                    $"{Pct(upgrade.Rate.Value)} of the customers who started on a trial ({N(upgrade.Upgraded)} of {N(upgrade.Eligible)}) moved on to the full product or 定期 within {upgrade.WindowDays} days."))}</p>\n");
            if (s.Retention.TookDelivery(1) == 0)
            {
                w.Write($"<p class=\"note\">{E(S("定期の注文はありません（受注種別・定期区分の列がないか、定期の値がありません）。", "No 定期 orders (no subscription column, or no 定期 value in it)."))}</p>\n");
                return;
            }
            ScrollBox("table-wrap", S("定期の継続", "定期 retention"));
            w.Write("<table class=\"matrix\" id=\"delivery-table\"><thead><tr>");
            w.Write($"<th scope=\"col\">{E(S("お届け回数", "Delivery"))}</th>");
            for (var n = 1; n <= DeliveryRetention.MaxDelivery; n++)
                w.Write($"<th scope=\"col\">{n}</th>");
            w.Write($"</tr></thead><tbody>\n<tr><th scope=\"row\">{E(S("受け取った人数", "Customers"))}</th>");
            for (var n = 1; n <= DeliveryRetention.MaxDelivery; n++)
                w.Write($"<td>{N(s.Retention.TookDelivery(n))}</td>");
            w.Write($"</tr>\n<tr><th scope=\"row\">{E(S("次回へ継続", "Continued"))}</th>");
            for (var n = 1; n <= DeliveryRetention.MaxDelivery; n++)
                ShadedCell(s.Retention.Retention(n).Value, Pct(s.Retention.Retention(n).Value), 1);
            w.Write("</tr>\n</tbody></table></div>\n");
        }

        private void Payback()
        {
            w.Write($"<h3>{E(S("広告費の回収（初回チャネル × 初回商品）", "Acquisition payback (first channel × first product)"))}</h3>\n");
            if (kpis.Payback is not { } payback)
            {
                w.Write($"<p class=\"note\">{E(S("広告費のファイル（--ad-spend と --gross-margin）を渡すと、CPO と回収までの月数を表示します。",
                    "Give the ad-spend file (--ad-spend with --gross-margin) to see CPO and the months to pay back."))}</p>\n");
                return;
            }
            var first = payback.Groups.Count > 0 ? payback.Groups[0] : null;
            var when = first is null ? "" : first.PaybackMonth is { } k
                ? S($"最も人数の多い {first.Channel} × {first.Product}（{N(first.Customers)}人）は {k}か月目に CPO を回収しています。", $"The largest group, {first.Channel} × {first.Product} ({N(first.Customers)} customers), pays back its CPO in month {k}.")
                : S($"最も人数の多い {first.Channel} × {first.Product}（{N(first.Customers)}人）はまだ CPO を回収していません。", $"The largest group, {first.Channel} × {first.Product} ({N(first.Customers)} customers), has not paid back its CPO yet.");
            w.Write($"<p class=\"note\" id=\"payback-note\">{E(S($"広告費 {Yen(payback.TotalCost)}（{N(payback.Costs.Count)} チャネル・月）。", $"Ad spend {Yen(payback.TotalCost)} over {N(payback.Costs.Count)} channel-months. ") + when)}</p>\n");
            Chart("chart-payback", PaybackChart.Chart(payback, language: _lang), "", S(
                $"初回チャネル × 初回商品別の1人あたり累計粗利と CPO。広告費 {Yen(payback.TotalCost)}", $"Cumulative gross profit per customer against CPO by first channel × product: ad spend {Yen(payback.TotalCost)}"));
        }

        /// <summary>A cell shaded by <paramref name="value"/> ÷ <paramref name="full"/> (0 … 1): from white to a mid blue, light enough for dark text.</summary>
        private void ShadedCell(double? value, string text, double full)
        {
            if (value is not { } v)
            {
                w.Write($"<td>{E(text)}</td>");
                return;
            }
            var lightness = 97 - (int)Math.Round(Math.Clamp(v / full, 0, 1) * 27);
            w.Write($"<td style=\"background:hsl(212,60%,{lightness}%)\">{E(text)}</td>");
        }
    }
}
