using LtvKit.Charts;
using LtvKit.Metrics;
using LtvKit.Report;
using LtvKit.Segments;

namespace LtvKit.Tests.Report;

public class OwnerFindingsTests
{
    private static F2Conversion F2(long eligible, long converted) => new(30, eligible, converted, 40.0, 35.0);

    private static FirstTouch Touch(string value, long eligible, long converted) =>
        new(value, eligible, new Rate(converted, eligible), new Rate(converted, eligible), 10_000m, new HorizonLtv(12, 365, 0, 0m));

    [Fact]
    public void F2_JustUnderTheTarget_SaysHowManyAreMissing()
    {
        // 19 of 100 = 19.0% < 20%: 20 are needed, 1 is missing.
        var finding = OwnerFindings.F2(F2(100, 19), LabelLanguage.Japanese);
        Assert.Equal(FindingTone.Watch, finding.Tone);
        Assert.Contains("100人中19人（19.0%）", finding.Text, StringComparison.Ordinal);
        Assert.Contains("目標まであと1人", finding.Text, StringComparison.Ordinal);
        Assert.Contains("30日以内", finding.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void F2_OnTheTarget_IsReached_ByNoneToSpare()
    {
        // 20 of 100 = 20.0%: on the target, reached (the tile's rule is rate ≥ target).
        var finding = OwnerFindings.F2(F2(100, 20), LabelLanguage.Japanese);
        Assert.Equal(FindingTone.Good, finding.Tone);
        Assert.Contains("ちょうど目標の20%", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F2_JustAboveTheTarget_SaysByHowMany()
    {
        // 21 of 100 = 21.0%: 1 above the 20 needed.
        var finding = OwnerFindings.F2(F2(100, 21), LabelLanguage.English);
        Assert.Equal(FindingTone.Good, finding.Tone);
        Assert.Contains("above the 20% target by 1 customer.", finding.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("small", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F2_SmallOrNoSample_SaysSo()
    {
        // 2 of 10 = 20%: on target, but 10 < 30 eligible customers is a small number.
        Assert.Contains("10人と少ない", OwnerFindings.F2(F2(10, 2), LabelLanguage.Japanese).Text, StringComparison.Ordinal);
        Assert.Contains("(10 customers)", OwnerFindings.F2(F2(10, 1), LabelLanguage.English).Text, StringComparison.Ordinal);
        Assert.Equal(FindingTone.Info, OwnerFindings.F2(F2(0, 0), LabelLanguage.Japanese).Tone);
    }

    [Fact]
    public void FirstTouch_RanksOnlyEntriesOf30OrMore_AndNamesTheSmallOnes()
    {
        // A: 12 of 40 = 30%, B: 3 of 30 = 10%, C: 9 of 29 = 31% but below 30 eligible, so not ranked.
        var finding = OwnerFindings.FirstTouchFinding(FirstTouchKind.Channel, [Touch("A", 40, 12), Touch("B", 30, 3), Touch("C", 29, 9)], LabelLanguage.Japanese)!;
        Assert.Contains("もっとも高いのは「A」（40人中12人、30.0%", finding.Text, StringComparison.Ordinal);
        Assert.Contains("もっとも低いのは「B」（30人中3人、10.0%", finding.Text, StringComparison.Ordinal);
        Assert.Contains("ほかの1件は顧客が30人未満", finding.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("「C」", finding.Text, StringComparison.Ordinal);
        Assert.Contains("「A」に獲得の予算を寄せ", finding.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstTouch_AllSmall_IsNotRanked()
    {
        var finding = OwnerFindings.FirstTouchFinding(FirstTouchKind.Product, [Touch("美容液", 29, 20), Touch("乳液", 5, 0)], LabelLanguage.Japanese)!;
        Assert.DoesNotContain("もっとも高い", finding.Text, StringComparison.Ordinal);
        Assert.Contains("最多は「美容液」の29人", finding.Text, StringComparison.Ordinal);
        Assert.Contains("順位はつけていません", finding.Text, StringComparison.Ordinal);
        Assert.Null(OwnerFindings.FirstTouchFinding(FirstTouchKind.Product, [Touch("", 100, 20)], LabelLanguage.Japanese));
    }

    [Theory]
    [InlineData(LabelLanguage.Japanese, "判定できる顧客は、まだいません")]
    [InlineData(LabelLanguage.English, "No first channel has a customer whose F2 rate can be judged yet")]
    public void FirstTouch_NoneJudgedYet_SaysSoInsteadOfTheMostBeingZero(LabelLanguage language, string expected)
    {
        // A shop of first purchases in the last 30 days: it read "the most: “Web”, 0".
        var finding = OwnerFindings.FirstTouchFinding(FirstTouchKind.Channel, [Touch("Web", 0, 0), Touch("電話", 0, 0)], language)!;
        Assert.Contains(expected, finding.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0人", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NearChurn_CountsActiveCustomersWithin30DaysOfTheChurnLine()
    {
        // As of 2024-12-31, churn at 240 days: "about to churn" is 210–239 days since the last purchase.
        // A: 209 days (not yet), B: 210 (yes), C: 239 (yes), D: 240 (already churned).
        var asOf = new DateOnly(2024, 12, 31);
        string Day(int daysAgo) => asOf.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var shop = TestShop.Orders(asOf, $"1,A,{Day(209)},1000", $"2,B,{Day(210)},2000", $"3,C,{Day(239)},3000", $"4,D,{Day(240)},4000");
        var finding = OwnerFindings.NearChurn(shop.Kpis().Segments, LabelLanguage.Japanese);
        Assert.Equal(FindingTone.Watch, finding.Tone);
        Assert.Contains("既存顧客のうち2人（累計¥5,000）は最終購入から210〜239日", finding.Text, StringComparison.Ordinal);

        var none = OwnerFindings.NearChurn(TestShop.Orders(asOf, $"1,A,{Day(209)},1000").Kpis().Segments, LabelLanguage.English);
        Assert.Equal(FindingTone.Good, none.Tone);
        Assert.StartsWith("No active customer", none.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_TwoShops_GiveTwoTexts_FromTheirOwnNumbers()
    {
        var one = ReportFixtures.Synthetic(400, seed: 3).Kpis();
        var two = ReportFixtures.Synthetic(150, seed: 8).Kpis();
        var a = OwnerFindings.Of(one, LabelLanguage.Japanese);
        var b = OwnerFindings.Of(two, LabelLanguage.Japanese);

        Assert.InRange(a.Count, 3, 5);
        Assert.InRange(b.Count, 3, 5);
        Assert.NotEqual(string.Join("\n", a.Select(f => f.Text)), string.Join("\n", b.Select(f => f.Text)));
        foreach (var (kpis, findings) in new[] { (one, a), (two, b) })
        {
            Assert.Equal("f2", findings[0].Id);
            Assert.Contains($"{ChartLabels.Count(kpis.F2.Eligible)}人中{ChartLabels.Count(kpis.F2.Converted)}人", findings[0].Text, StringComparison.Ordinal);
            var loyal = kpis.Segments.Cells.Where(c => c.Segment == nameof(Segment.Loyal)).Sum(c => c.Customers);
            Assert.Contains($"優良顧客 {ChartLabels.Count(loyal)}人", findings.Single(f => f.Id == "loyal").Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_OwnerSectionComesFirst_InJapaneseAndEnglish()
    {
        var kpis = ReportFixtures.Synthetic(200).Kpis();
        foreach (var language in new[] { LabelLanguage.Japanese, LabelLanguage.English })
        {
            var html = ReportHtml.ToHtml(kpis, options: new ReportOptions { Language = language });
            var owner = html.IndexOf("<section class=\"card owner\" id=\"owner\"", StringComparison.Ordinal);
            Assert.True(owner > 0);
            Assert.True(owner < html.IndexOf("id=\"kpi\"", StringComparison.Ordinal));
            Assert.True(owner < html.IndexOf("id=\"dataline\"", StringComparison.Ordinal));
            Assert.True(html.IndexOf("<main>", StringComparison.Ordinal) < owner);
            foreach (var finding in OwnerFindings.Of(kpis, language))
                Assert.Contains(HtmlText.Escape(finding.Text), html, StringComparison.Ordinal);
        }
    }

    /// <summary>L is 優良顧客 (2023-01-01 and 2023-08-01, tenure 212 days, ¥70,000); S a first-timer with one purchase of
    /// <paramref name="other"/> yen. L's share of revenue = 70,000 ÷ (70,000 + other).</summary>
    private static OwnerFinding LoyalWith(int other) => OwnerFindings.Loyal(TestShop.Orders(new DateOnly(2024, 12, 31),
        "1,L,2023-01-01,35000", "2,L,2023-08-01,35000", $"3,S,2024-12-01,{other}").Segment(), LabelLanguage.English)!;

    [Fact]
    public void Loyal_ShareJustBelowHalf_RevenueComesFromTheOthers()
    {
        // 70,000 ÷ 140,001 < 50%.
        Assert.Contains("most of it comes from the other groups", LoyalWith(70_001).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loyal_ShareExactlyHalf_TheShopRestsOnThem()
    {
        // 70,000 ÷ 140,000 = 50% = LoyalConcentrationShare: "at or above" leans on them.
        Assert.Equal(0.5, OwnerFindings.LoyalConcentrationShare);
        Assert.Contains("the shop rests on them", LoyalWith(70_000).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loyal_ShareJustAboveHalf_TheShopRestsOnThem()
    {
        // 70,000 ÷ 139,999 > 50%.
        Assert.Contains("the shop rests on them", LoyalWith(69_999).Text, StringComparison.Ordinal);
    }
}
