using System.Globalization;
using LtvKit.Charts;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>How a finding reads for the shop: on target, to watch, or a fact to know.</summary>
public enum FindingTone
{
    Good,
    Watch,
    Info,
}

/// <summary>One finding of the owner section: what this shop's numbers say against a seed's yardstick, and what to do.</summary>
/// <param name="Id">A stable key (<c>f2</c>, <c>loyal</c>, <c>near-churn</c>, <c>first-channel</c>, <c>first-product</c>).</param>
/// <param name="Tone">Good, watch or info.</param>
/// <param name="Text">The finding, with this shop's numbers.</param>
/// <param name="Action">The action the seeds suggest for it.</param>
public sealed record OwnerFinding(string Id, FindingTone Tone, string Text, string Action);

/// <summary>The owner section's findings: chosen by rules on the computed KPIs, never canned for one shop.</summary>
/// <remarks>
/// <para>Each rule compares one computed number with a seed's yardstick and picks the sentence and the action:</para>
/// <list type="bullet">
/// <item>F2 (seed 002): the F2 rate against <see cref="MetricOptions.F2Target"/>: under, exactly on, or above the
/// target, with the customers still missing (or to spare); fewer than <see cref="MetricOptions.SmallSampleCustomers"/>
/// eligible customers are called a small number. Action: shorten the time to the second purchase.</item>
/// <item>優良顧客 (seed 000): their share of revenue; at or above <see cref="LoyalConcentrationShare"/> the shop leans on
/// them (action: delight the active ones, they bring first-timers), below it the growth is in コツコツ客 (action: grow
/// them). Only with the five default groups.</item>
/// <item>Near churn (seeds 000, 002): 既存 customers whose days since the last purchase are within
/// <see cref="ChurnWarningDays"/> of the churn threshold: they become 離脱客 within that many days unless they buy.
/// Action: contact them before the line, because churned customers seldom come back.</item>
/// <item>First channel and first product (seed 000): the highest and lowest F2 rate among those with at least
/// <see cref="MetricOptions.SmallSampleCustomers"/> eligible customers; the others are named as too small to rank.
/// Action: put acquisition where customers come back, rework the first purchase where they do not.</item>
/// </list>
/// <para>Names from the data (channels, products) are returned as written: the report escapes them.</para>
/// </remarks>
public static class OwnerFindings
{
    /// <summary>A 既存 customer this many days (or fewer) before the churn threshold is "about to churn".</summary>
    public const int ChurnWarningDays = 30;

    /// <summary>At or above this share of revenue from 優良顧客, the shop depends on them (0.5 = half of revenue).</summary>
    public const double LoyalConcentrationShare = 0.5;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Three to five findings for <paramref name="kpis"/>, in the order F2, 優良顧客, near churn, first channel, first product.</summary>
    public static IReadOnlyList<OwnerFinding> Of(Kpis kpis, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        var findings = new List<OwnerFinding> { F2(kpis.F2, language) };
        if (Loyal(kpis.Segments, language) is { } loyal)
            findings.Add(loyal);
        findings.Add(NearChurn(kpis.Segments, language));
        if (FirstTouchFinding(FirstTouchKind.Channel, kpis.ByFirstChannel, language) is { } channel)
            findings.Add(channel);
        if (FirstTouchFinding(FirstTouchKind.Product, kpis.ByFirstProduct, language) is { } product)
            findings.Add(product);
        return findings;
    }

    /// <summary>The F2 rate against the target: under, on, or above, and by how many customers.</summary>
    internal static OwnerFinding F2(F2Conversion f2, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(f2);
        var ja = language == LabelLanguage.Japanese;
        string w = N(f2.WindowDays), target = (MetricOptions.F2Target * 100).ToString("0.#", Inv) + "%";
        if (f2.Eligible == 0)
            return new("f2", FindingTone.Info,
                ja ? $"F2転換率はまだ測れません。初回購入から{w}日たった顧客がいないためです。"
                   : $"The F2 rate cannot be measured yet: no customer's first purchase is {w} days old.",
                ja ? $"{w}日後にもう一度見てください。それまでに、初回のお客さまへの同梱物やフォローの連絡を整えておきましょう。"
                   : $"Look again in {w} days; meanwhile prepare the insert and the follow-up message for first-time buyers.");
        // Customers needed to reach the target: the smallest count whose share is at least the target.
        var needed = (long)Math.Ceiling(MetricOptions.F2Target * f2.Eligible - 1e-9);
        var rate = Pct((double)f2.Converted / f2.Eligible);
        var small = f2.Eligible < MetricOptions.SmallSampleCustomers
            ? ja ? $"ただし対象はまだ{N(f2.Eligible)}人と少ないので、目安として読んでください。" : $" The number is still small ({N(f2.Eligible)} customers): read it as a hint."
            : "";
        var days = f2.MeanDaysToSecond is { } d ? d.ToString("0", Inv) : null;
        var counts = ja ? $"{N(f2.Eligible)}人中{N(f2.Converted)}人（{rate}）" : $"{N(f2.Converted)} of {N(f2.Eligible)} ({rate})";
        if (f2.Converted < needed)
            return new("f2", FindingTone.Watch,
                ja ? $"初回購入から{w}日以内に2回目を買ったお客さまは{counts}で、目標の{target}に届いていません。目標まであと{N(needed - f2.Converted)}人です。{small}"
                   : $"Within {w} days of their first purchase, {counts} first-time buyers bought again: below the {target} target, {People(needed - f2.Converted)} short.{small}",
                ja ? $"2回目の購入までの期間をできるだけ短くするよう、初回のお客さまを巻き込みます。同梱物・お礼の連絡・次の提案を、初回購入から{w}日以内に届けてください{(days is null ? "" : $"（いま2回目までの平均は{days}日です）")}。"
                   : $"Draw first-time buyers in so that the second purchase comes sooner: the insert, a thank-you and the next offer within {w} days of the first purchase{(days is null ? "" : $" (the second purchase now comes after {days} days on average)")}.");
        var spare = f2.Converted - needed;
        return new("f2", FindingTone.Good,
            spare == 0
                ? ja ? $"初回購入から{w}日以内に2回目を買ったお客さまは{counts}で、ちょうど目標の{target}に届いています。あと1人減ると目標を割ります。{small}"
                     : $"Within {w} days of their first purchase, {counts} first-time buyers bought again: exactly on the {target} target; one fewer and it is missed.{small}"
                : ja ? $"初回購入から{w}日以内に2回目を買ったお客さまは{counts}で、目標の{target}を{N(spare)}人上回っています。{small}"
                     : $"Within {w} days of their first purchase, {counts} first-time buyers bought again: above the {target} target by {People(spare)}.{small}",
            ja ? $"この水準を保ちながら、2回目までの日数{(days is null ? "" : $"（平均{days}日）")}をさらに縮めましょう。F2転換率の高い初回商品・チャネルに獲得を寄せると、全体が伸びます。"
               : $"Keep it there and shorten the time to the second purchase further{(days is null ? "" : $" (now {days} days on average)")}; acquiring through the first products and channels with the highest F2 rate lifts the whole.");
    }

    /// <summary>The share of revenue from 優良顧客 (null for a custom rule set or a shop without revenue).</summary>
    internal static OwnerFinding? Loyal(Segmentation segments, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (!segments.Rules.IsDefault)
            return null;
        var ja = language == LabelLanguage.Japanese;
        var cells = segments.Cells;
        var revenue = cells.Sum(c => c.Revenue);
        long customers = cells.Sum(c => (long)c.Customers);
        if (revenue <= 0 || customers == 0)
            return null;
        var loyal = Cell(cells, Segment.Loyal);
        var steady = Cell(cells, Segment.Steady);
        long loyalN = loyal.Active.Customers + loyal.Churned.Customers;
        var loyalRevenue = loyal.Active.Revenue + loyal.Churned.Revenue;
        long steadyActive = steady.Active.Customers;
        var t = segments.Thresholds;
        string name = ChartLabels.Group(nameof(Segment.Loyal), language), steadyName = ChartLabels.Group(nameof(Segment.Steady), language);
        var grow = ja
            ? $"中長期の成長の鍵は、長く買い続けている{steadyName}（既存 {N(steadyActive)}人）の育成です。累計{ChartLabels.Yen(t.AmountThreshold)}に近い人から、まとめ買いや定期購入を提案してください。"
            : $"The key to growth is raising the {steadyName.ToLowerInvariant()} customers who keep buying ({N(steadyActive)} active): offer bundles or a subscription, starting with those closest to {ChartLabels.Yen(t.AmountThreshold)}.";
        if (loyalN == 0)
            return new("loyal", FindingTone.Watch,
                ja ? $"{name}（在籍{N(t.TrendyMaxDays)}日以上・累計{ChartLabels.Yen(t.AmountThreshold)}以上）はまだいません。"
                   : $"There are no {name.ToLowerInvariant()} customers yet (tenure of {N(t.TrendyMaxDays)} days or more and {ChartLabels.Yen(t.AmountThreshold)} or more).",
                grow);
        var share = (double)(loyalRevenue / revenue);
        var people = ja
            ? $"{name} {N(loyalN)}人（全顧客の{Pct((double)loyalN / customers)}）"
            : $"{N(loyalN)} {name.ToLowerInvariant()} customers ({Pct((double)loyalN / customers)} of all)";
        var churned = loyal.Churned.Customers == 0 ? ""
            : ja ? $"離脱した{name} {N(loyal.Churned.Customers)}人には戻らない理由があるはずなので、まず声を聞いてください。"
                 : $" The {N(loyal.Churned.Customers)} who have churned left for a reason: ask them first.";
        if (share >= LoyalConcentrationShare)
            return new("loyal", FindingTone.Info,
                ja ? $"売上の{Pct(share)}を、{people}が生んでいます。売上はこの人たちに支えられています。"
                   : $"{Pct(share)} of revenue comes from {people}: the shop rests on them.",
                ja ? $"現役の{name} {N(loyal.Active.Customers)}人を徹底的に喜ばせてください。優良顧客が喜ぶと、紹介や口コミで初回客が自然に増えることが多いです。{churned}"
                   : $"Delight the {N(loyal.Active.Customers)} active ones: happy loyal customers tend to bring new first-time buyers on their own.{churned}");
        return new("loyal", FindingTone.Info,
            ja ? $"{people}の売上は、全体の{Pct(share)}です。売上の大半は{name}以外から来ています。"
               : $"{people} bring {Pct(share)} of revenue: most of it comes from the other groups.",
            grow + churned);
    }

    /// <summary>既存 customers within <see cref="ChurnWarningDays"/> days of the churn threshold.</summary>
    internal static OwnerFinding NearChurn(Segmentation segments, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var ja = language == LabelLanguage.Japanese;
        var c = segments.Thresholds.ChurnDays;
        var from = Math.Max(0, c - ChurnWarningDays);
        long count = 0, loyal = 0;
        decimal revenue = 0;
        var rows = segments.Customers.Rows;
        var isDefault = segments.Rules.IsDefault;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].RecencyDays < from || segments.StatusOf(i) != CustomerStatus.Active)
                continue;
            count++;
            revenue += rows[i].Revenue;
            if (isDefault && segments.SegmentOf(i) == nameof(Segment.Loyal))
                loyal++;
        }
        string warn = N(ChurnWarningDays), line = N(c);
        if (count == 0)
            return new("near-churn", FindingTone.Good,
                ja ? $"これから{warn}日のうちに離脱の線（最終購入から{line}日）を越える既存顧客はいません。"
                   : $"No active customer will cross the churn line ({line} days since the last purchase) in the next {warn} days.",
                ja ? $"購入が途絶えてから日がたつほど、再購入の見込みは下がります。最終購入から{N(ReturnCurve.FollowUpDays)}日までに、次の購入のきっかけを届け続けてください。"
                   : $"The longer customers go without buying, the less likely they return: keep giving them a reason to buy again within {N(ReturnCurve.FollowUpDays)} days of their last purchase.");
        var ofLoyal = loyal == 0 ? ""
            : ja ? $"うち{N(loyal)}人は{ChartLabels.Group(nameof(Segment.Loyal), language)}です。" : $" Loyal customers among them: {N(loyal)}.";
        return new("near-churn", FindingTone.Watch,
            ja ? $"既存顧客のうち{N(count)}人（累計{ChartLabels.Yen(revenue)}）は最終購入から{N(from)}〜{N(c - 1)}日たっていて、このまま買わなければ{warn}日以内に離脱客になります。{ofLoyal}"
               : $"{N(count)} active customers ({ChartLabels.Yen(revenue)} so far) last bought {N(from)}–{N(c - 1)} days ago: without a purchase they become churned within {warn} days.{ofLoyal}",
            ja ? $"離脱客には戻ってこない深い理由があり、離脱してから呼び戻すのは難しくなります。離脱の線を越える前に、この{N(count)}人に連絡してください（顧客リストを「経過日数」で並べ替えると見つかります）。"
               : $"Churned customers have their reasons and are hard to win back: contact these {N(count)} before they cross the line (sort the customer list by days since last purchase).");
    }

    /// <summary>The strongest and weakest first channel or product by F2 rate, or why they are not ranked (null without any named value).</summary>
    internal static OwnerFinding? FirstTouchFinding(FirstTouchKind kind, IReadOnlyList<FirstTouch> rows, LabelLanguage language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ja = language == LabelLanguage.Japanese;
        var id = kind == FirstTouchKind.Channel ? "first-channel" : "first-product";
        var what = kind == FirstTouchKind.Channel ? ChartLabels.Pick(language, "初回チャネル", "first channel") : ChartLabels.Pick(language, "初回商品", "first product");
        var named = rows.Where(r => r.Value.Length > 0).ToList();
        if (named.Count == 0)
            return null;
        var ranked = named.Where(r => r.F2Rate.Denominator >= MetricOptions.SmallSampleCustomers)
            .OrderByDescending(r => r.F2Rate.Value)
            .ThenByDescending(r => r.F2Rate.Denominator)
            .ThenBy(r => r.Value, StringComparer.Ordinal)
            .ToList();
        var small = named.Count - ranked.Count;
        string minimum = N(MetricOptions.SmallSampleCustomers);
        var keepCounting = ja
            ? $"人数が{minimum}人以上になるまで、{what}ごとのF2転換率を記録し続けてください。それまでは、一つの入口に予算を寄せる判断は控えましょう。"
            : $"Keep recording the F2 rate of each {what} until each has {minimum} customers or more; until then, do not move the budget on these numbers.";
        if (ranked.Count == 0)
        {
            var biggest = named.MaxBy(r => r.F2Rate.Denominator)!;
            if (biggest.F2Rate.Denominator == 0)
                return new(id, FindingTone.Info,
                    ja ? $"{what}ごとのF2転換率を判定できる顧客は、まだいません（どの顧客も初回購入からの期間が終わっていません）。"
                       : $"No {what} has a customer whose F2 rate can be judged yet: no customer's window since the first purchase is over.",
                    keepCounting);
            return new(id, FindingTone.Info,
                ja ? $"{what}はどれも、F2転換率を判定できる顧客が{minimum}人未満です（最多は「{biggest.Value}」の{N(biggest.F2Rate.Denominator)}人）。人数が少ないので、順位はつけていません。"
                   : $"Every {what} has fewer than {minimum} customers whose F2 rate can be judged (the most: “{biggest.Value}”, {N(biggest.F2Rate.Denominator)}). The numbers are small, so they are not ranked.",
                keepCounting);
        }
        var others = small == 0 ? ""
            : ja ? $"ほかの{N(small)}件は顧客が{minimum}人未満と少ないため、比べていません。" : $" The other {N(small)} have fewer than {minimum} customers each and are not ranked.";
        if (ranked.Count == 1)
        {
            var only = ranked[0];
            return new(id, FindingTone.Info,
                ja ? $"比べられるだけの人数がある{what}は「{only.Value}」だけです（F2転換率 {Counts(only, language)}）。{others}"
                   : $"Only one {what} has enough customers to compare: “{only.Value}” (F2 rate {Counts(only, language)}).{others}",
                keepCounting);
        }
        FirstTouch best = ranked[0], worst = ranked[^1];
        return new(id, FindingTone.Info,
            ja ? $"{what}でF2転換率がもっとも高いのは「{best.Value}」（{Counts(best, language)}{Ltv(best, language)}）、もっとも低いのは「{worst.Value}」（{Counts(worst, language)}{Ltv(worst, language)}）です。{others}"
               : $"Among {what}s, “{best.Value}” has the highest F2 rate ({Counts(best, language)}{Ltv(best, language)}) and “{worst.Value}” the lowest ({Counts(worst, language)}{Ltv(worst, language)}).{others}",
            ja ? $"2回目につながる「{best.Value}」に獲得の予算を寄せ、「{worst.Value}」は初回の体験（商品・同梱物・フォロー）を見直してください。"
               : $"Move acquisition towards “{best.Value}”, where customers come back, and rework the first experience (product, insert, follow-up) of “{worst.Value}”.");
    }

    private static string Counts(FirstTouch row, LabelLanguage language) =>
        language == LabelLanguage.Japanese
            ? $"{N(row.F2Rate.Denominator)}人中{N(row.F2Rate.Numerator)}人、{Pct(row.F2Rate.Value ?? 0)}"
            : $"{N(row.F2Rate.Numerator)} of {N(row.F2Rate.Denominator)}, {Pct(row.F2Rate.Value ?? 0)}";

    private static string Ltv(FirstTouch row, LabelLanguage language) => row.TwelveMonthLtv.Value is { } v
        ? ChartLabels.Pick(language, $"、12か月LTV {ChartLabels.Yen(v)}", $", 12-month LTV {ChartLabels.Yen(v)}")
        : "";

    private static (SegmentCell Active, SegmentCell Churned) Cell(IReadOnlyList<SegmentCell> cells, Segment segment) =>
        (cells.First(c => c.Segment == segment.ToString() && c.Status == CustomerStatus.Active),
         cells.First(c => c.Segment == segment.ToString() && c.Status == CustomerStatus.Churned));

    private static string N(long value) => ChartLabels.Count(value);

    private static string People(long count) => count == 1 ? "1 customer" : $"{N(count)} customers";

    private static string Pct(double value) => Stats.Percent(value);
}
