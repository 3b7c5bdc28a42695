using LtvKit.Charts;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>"How to read this report": each number and each threshold in two or three plain sentences, in Japanese or English.</summary>
internal static class ReportGuide
{
    public static IReadOnlyList<(string Term, string Text)> Entries(Kpis kpis, LabelLanguage language, bool clv = false)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        var t = kpis.Segments.Thresholds;
        string f = ChartLabels.Count(t.FledglingMaxDays), tr = ChartLabels.Count(t.TrendyMaxDays), c = ChartLabels.Count(t.ChurnDays);
        var a = ChartLabels.Yen(t.AmountThreshold);
        var w = ChartLabels.Count(kpis.F2.WindowDays);
        var target = $"{MetricOptions.F2Target * 100:0}%";
        var followUp = ChartLabels.Count(ReturnCurve.FollowUpDays);
        var ja = language == LabelLanguage.Japanese;
        IReadOnlyList<(string Term, string Text)> entries;
        if (ja)
        {
            entries =
            [
                ("基準日", "このレポートが「いつの時点から見ているか」の日付です。基準日より後の注文は数えず、経過日数や離脱の判定はすべて基準日から数えます。"),
                ("データの行数", "読み込んだ行は、集計に使った行・読めずに除外した行・キャンセル行・基準日より後の行のどれか一つに必ず入ります。合計が一致していれば、黙って捨てられた行はありません。"),
                ("購入者数・売上", "基準日までに1回以上購入した顧客の数と、その売上（キャンセルを除き、返品を差し引いた純額）です。金額は税込か税抜かを見出しに示しています。"),
                ("平均LTV", "売上 ÷ 購入者数、つまり顧客1人がこれまでに買ってくれた金額の平均です。最近獲得した顧客が多いほど低く出るため、下の12か月LTVと並べて読みます。"),
                ("12か月LTV", "初回購入から365日間の売上の平均です。初回購入から1年以上たった顧客だけで計算するので、獲得時期の違う顧客を公平に比べられます。"),
                ("リピート率", "2日以上に分けて購入した顧客の割合です。同じ日の追加注文は「買い忘れ」としてリピートに数えません。1 − 初回客の割合と同じ値になります。"),
                ($"F2転換率（{w}日以内）", $"初回購入から{w}日以内に2回目の購入があった顧客の割合です。初回購入から{w}日たっていない顧客は、まだ判定できないので分母に入れません。目標の目安は{target}です。"),
                ("2回目購入までの日数", "2回目の購入があった顧客の、初回から2回目までの平均日数（と中央値）です。この日数より前に、同梱物やフォローの連絡を届けるのが効果的です。"),
                ("在籍期間", "最終購入日 − 初回購入日の日数です。1回しか買っていない顧客は0日になります。顧客グループはこの在籍期間と累計購入金額で分けます。"),
                ("初回客", "在籍期間が0日、つまり購入日が1日だけの顧客です。まず2回目の購入につなげることが最優先です。"),
                ("よちよち客", $"在籍期間が1日以上{f}日未満の顧客です。2回目は買ったものの、まだ関係が浅い段階です。区切り（{f}日）は上のパラメータで変えられます。"),
                ("コツコツ客", $"在籍期間が{f}日以上で、累計購入金額が{a}未満の顧客です。長く買い続けている中核の層で、育成がもっとも問われる層です。"),
                ("流行客", $"在籍期間が{f}日以上{tr}日未満で、累計購入金額が{a}以上の顧客です。短い期間に大きく買った顧客で、定着すれば優良顧客になります。"),
                ("優良顧客", $"在籍期間が{tr}日以上で、累計購入金額が{a}以上の顧客です。長く大きく買ってくれている顧客で、徹底的に喜ばせる対象です。"),
                ("既存顧客・離脱客", $"最終購入から{c}日未満なら既存顧客、{c}日以上なら離脱客です。どのグループにも既存と離脱の両方がいるので、表は5グループ × 2で見ます。"),
                ("パラメータ", "4つの区切り（よちよち客の上限日数、流行客の上限日数、金額基準、離脱日数）を変えると、表・散布図・顧客リスト・最終購入月のグラフがその場で分け直されます。自社の事業に合う区切りを、漏れなくダブりなく設計してください。"),
                ("散布図", $"横軸が在籍期間、縦軸が累計購入金額で、1つの点が1人の顧客です。破線が区切りで、塗りつぶしの点は既存顧客、白抜きの点は離脱客です。"),
                ("最終購入月のグラフ", $"最終購入日がどの月にあるかで顧客を数えたものです。破線（基準日の{c}日前）より左の顧客は離脱客です。"),
                ("初回チャネル・初回商品", "初回購入がどの経路・どの商品だったかで顧客を分け、それぞれのF2転換率と12か月LTVを比べます。F2もLTVも高い入口に、獲得の予算を寄せる判断に使えます。"),
                ("リピーター率（月別）", "その月に買った顧客のうち、それより前に初回購入がある顧客の割合です。新規獲得を増やすと一時的に下がるので、購入者数の棒と一緒に読みます。"),
                ("F1→F5ファネル", "購入日が1日以上・2日以上…5日以上の顧客の数です。括弧内は前の段から進んだ割合で、どの回数で離れる顧客が多いかがわかります。"),
                ("再購入曲線", $"購入が途絶えてからの日数（横軸）ごとに、その後1年以内にまた買った割合を示します。{followUp}日と{c}日の線で曲線がどこまで下がっているかが、フォローの期限と離脱の区切りの根拠になります。"),
            ];
        }
        else
        {
            entries =
            [
                ("As-of date", "The day this report looks from. Orders after it are not counted, and every \"days since\" and the churn rule count from it."),
                ("Rows of data", "Every row read lands in exactly one bucket: used, rejected (unreadable), cancelled, or after the as-of date. When the buckets add up to the rows read, no row was silently dropped."),
                ("Customers and revenue", "Customers with at least one purchase up to the as-of date, and their revenue: cancellations left out, returns subtracted. The header says whether amounts include tax."),
                ("Average LTV", "Revenue ÷ customers: what one customer has spent so far, on average. Many recently acquired customers pull it down, so read it next to the 12-month LTV."),
                ("12-month LTV", "Average revenue in the 365 days from each customer's first purchase, over the customers who have had a whole year. It compares customers acquired at different times fairly."),
                ("Repeat rate", "The share of customers who bought on two or more different days. A second order on the same day is a forgotten item, not a return visit. It equals 1 − the first-timer share."),
                ($"F2 rate ({w} days)", $"The share of first-time buyers who made a second purchase within {w} days. Customers whose first purchase is less than {w} days old cannot be judged yet and are left out. The target is {target}."),
                ("Days to the 2nd purchase", "The mean (and median) days from the first to the second purchase, over the customers who have one. Follow-ups work best before this day."),
                ("Tenure", "Days from the first to the last purchase; 0 for a customer who bought once. The groups are drawn on tenure and revenue."),
                ("First-timers", "Tenure 0: customers who bought on a single day. Turning them into second-time buyers comes first."),
                ("Fledglings", $"Tenure from 1 to under {f} days: they came back, but the relationship is young. The {f}-day line can be changed above."),
                ("Steady", $"Tenure of {f} days or more and revenue below {a}: the loyal core that keeps buying modestly, and the group where skill matters most."),
                ("Trendy", $"Tenure from {f} to under {tr} days and revenue of {a} or more: big spenders over a short time, who become loyal if they stay."),
                ("Loyal", $"Tenure of {tr} days or more and revenue of {a} or more: long-standing big spenders, the customers to delight."),
                ("Active and churned", $"Active when the last purchase was less than {c} days ago, churned from {c} days. Every group has both, so the table is five groups × 2."),
                ("Parameters", "Change the four thresholds (fledgling and trendy tenure, amount, churn days) and the table, scatter, customer list and last-purchase chart are regrouped at once. Design cut-offs that fit the business, with no gaps and no overlaps."),
                ("Scatter", "Tenure across, revenue up; one point per customer. Dashed lines are the thresholds; filled points are active customers, open ones churned."),
                ("Last-purchase months", $"Customers counted by the month of their last purchase. Those left of the dashed line ({c} days before the as-of date) are churned."),
                ("First channel and product", "Customers grouped by the channel and the product of their first purchase, with the F2 rate and 12-month LTV of each. Put acquisition money where both are high."),
                ("Repeater ratio (monthly)", "Of a month's buyers, the share whose first purchase was earlier. It dips when acquisition grows, so read it with the bars of buyers."),
                ("F1→F5 funnel", "Customers with at least 1, 2 … 5 purchase days. The percentage is the share that went on from the step before: it shows where customers drop off."),
                ("Return curve", $"For each number of days without a purchase (across), the share who still bought again within a year. How low the curve is at the {followUp}- and {c}-day lines is the evidence for the follow-up deadline and the churn rule."),
            ];
        }
        if (!clv)
            return entries;
        return
        [
            .. entries,
            ja ? ("P(alive)", "購入を続けている顧客が、購入のたびに一定の確率で離れていくと考えるモデル（BG/NBD）で求めた、基準日にまだ購入を続けている確率です。長く買っていない顧客ほど低くなりますが、もともと間隔の長い顧客では下がり方がゆるやかです。離脱客でも高ければ、まだ呼び戻せる見込みがあります。")
               : ("P(alive)", "The probability that a customer is still buying on the as-of date, from a model (BG/NBD) in which each customer buys at a personal pace and may drop out after any purchase. It falls the longer a customer has been silent, more slowly for customers who always bought far apart. A churned customer with a high P(alive) may still be won back."),
            ja ? ("予測CLV", "これからの期間（初期値は12か月）に見込める購入額を、購入回数の予測（BG/NBD）と1回あたりの購入額の予測（Gamma-Gamma）の積で求め、割引率（初期値は年10%）で割り引いたものです。過去の売上ではなく、これからの価値で顧客を比べるときに使います。")
               : ("Predicted CLV", "The spend to expect over the coming months (12 by default): expected purchase days (BG/NBD) times expected spend per purchase day (Gamma-Gamma), discounted (10% a year by default). It ranks customers by what they are still worth, not by what they have spent."),
        ];
    }
}