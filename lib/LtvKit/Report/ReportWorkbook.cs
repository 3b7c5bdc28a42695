using LtvKit.Charts;
using LtvKit.Ingest;
using LtvKit.Io;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>The report as an Excel workbook (<c>ltvkit report --xlsx F.xlsx</c>, <c>ltvkit customers --format xlsx</c>).</summary>
/// <remarks>
/// <para>Sheets: 指標 (the KPIs, each with its <c>metrics --format json</c> key), 顧客グループ (the five groups ×
/// 既存/離脱), 初回チャネル別 and 初回商品別 (F2 and LTV by first channel and first product), 顧客一覧 (the
/// customer table). English names with <see cref="LabelLanguage.English"/>.</para>
/// <para>Numbers stay numbers: money exact with a yen format (the display rounds, the cell does not), rates as
/// fractions with a % format, dates as dates. The header row of every sheet is frozen. Personal data follows the
/// HTML report's rule: the customer master's names, e-mails, phones and addresses are in 顧客一覧 only with
/// <see cref="ReportOptions.ShowPii"/>.</para>
/// </remarks>
public static class ReportWorkbook
{
    /// <summary>The whole workbook: KPIs, groups, first channel and product, customers.</summary>
    public static void Write(string path, Kpis kpis, IReadOnlyDictionary<string, CustomerProfile> profiles, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        options ??= new ReportOptions();
        var language = options.Language;
        XlsxWorkbook.Write(path,
        [
            KpiSheet(kpis, language),
            GroupSheet(kpis, language),
            FirstTouchSheet(ChartLabels.Pick(language, "初回チャネル別", "By first channel"), ChartLabels.Pick(language, "初回チャネル", "First channel"), kpis.ByFirstChannel, language),
            FirstTouchSheet(ChartLabels.Pick(language, "初回商品別", "By first product"), ChartLabels.Pick(language, "初回商品", "First product"), kpis.ByFirstProduct, language),
            CustomerSheet(kpis.Segments, profiles, options),
        ]);
    }

    /// <summary>The customer table alone, one sheet.</summary>
    public static void WriteCustomers(string path, Segmentation segmentation, IReadOnlyDictionary<string, CustomerProfile> profiles, ReportOptions? options = null) =>
        XlsxWorkbook.Write(path, [CustomerSheet(segmentation, profiles, options ?? new ReportOptions())]);

    private static XlsxSheet KpiSheet(Kpis kpis, LabelLanguage language)
    {
        var twelve = kpis.Horizon(12);
        var rows = new List<IReadOnlyList<XlsxCell>>();
        void Add(string japanese, string english, XlsxCell value, string key) =>
            rows.Add([XlsxCell.Of(ChartLabels.Pick(language, japanese, english)), value, XlsxCell.Of(key)]);
        Add("基準日", "As-of date", XlsxCell.Of(kpis.AsOf), "asOf");
        Add("顧客数", "Customers", XlsxCell.Of(kpis.Customers), "customers");
        Add("購入回数", "Purchases", XlsxCell.Of(kpis.Purchases), "orders");
        Add("売上", "Revenue", XlsxCell.Of(kpis.Revenue, XlsxFormat.Yen), "revenue");
        Add("平均LTV（累計）", "Average LTV (to date)", XlsxCell.Of(kpis.AverageLtv, XlsxFormat.Yen), "averageLtv");
        Add("平均注文単価", "Average order value", XlsxCell.Of(kpis.AverageOrderValue, XlsxFormat.Yen), "averageOrderValue");
        Add("リピート率", "Repeat rate", XlsxCell.Of(kpis.RepeatRate.Value, XlsxFormat.Percent), "repeatRate");
        Add($"F2転換率（{kpis.F2.WindowDays}日以内）", $"F2 conversion (within {kpis.F2.WindowDays} days)", XlsxCell.Of(kpis.F2.Rate.Value, XlsxFormat.Percent), "f2.rate");
        Add("F2の対象顧客", "F2 eligible customers", XlsxCell.Of(kpis.F2.Eligible), "f2.eligible");
        Add("F2転換した顧客", "F2 converted customers", XlsxCell.Of(kpis.F2.Converted), "f2.converted");
        Add("ざっくり年間LTV", "Approximate yearly LTV", XlsxCell.Of(kpis.Year.ApproximateLtv, XlsxFormat.Yen), "approximateLtv");
        Add("LTV（単価×回数×年数）", "LTV (AOV × frequency × years)", XlsxCell.Of(kpis.Year.FormulaLtv, XlsxFormat.Yen), "formulaLtv");
        Add("12か月LTV", "12-month LTV", XlsxCell.Of(twelve.Value, XlsxFormat.Yen), "horizonLtv.12.value");
        Add("12か月LTVの対象顧客", "12-month LTV eligible customers", XlsxCell.Of(twelve.Eligible), "horizonLtv.12.eligible");
        if (kpis.Profit is { } profit)
        {
            Add("粗利LTV", "Gross-profit LTV", XlsxCell.Of(profit.Value, XlsxFormat.Yen), "profitLtv");
            Add("LTV÷CPO", "LTV ÷ CPO", XlsxCell.Of(profit.LtvToCpo, XlsxFormat.Ratio), "ltvToCpo");
        }
        Add("読んだ行", "Rows read", XlsxCell.Of(kpis.Input.RowsRead), "input.rowsRead");
        Add("使った行", "Rows used", XlsxCell.Of(kpis.Input.RowsUsed), "input.rowsUsed");
        Add("除外した行", "Rows rejected", XlsxCell.Of(kpis.Input.RowsRejected), "input.rowsRejected");
        Add("キャンセルの行", "Rows cancelled", XlsxCell.Of(kpis.Input.RowsCancelled), "input.rowsCancelled");
        return new XlsxSheet(ChartLabels.Pick(language, "指標", "KPIs"),
            [ChartLabels.Pick(language, "指標", "Measure"), ChartLabels.Pick(language, "値", "Value"), "JSON"], rows, [34, 16, 24]);
    }

    private static XlsxSheet GroupSheet(Kpis kpis, LabelLanguage language)
    {
        var segments = kpis.Segments;
        var rows = new List<IReadOnlyList<XlsxCell>>();
        foreach (var rule in segments.Rules.Rules)
        {
            var active = segments.Cells.Single(c => c.Segment == rule.Name && c.Status == CustomerStatus.Active);
            var churned = segments.Cells.Single(c => c.Segment == rule.Name && c.Status == CustomerStatus.Churned);
            var revenue = active.Revenue + churned.Revenue;
            rows.Add(
            [
                XlsxCell.Of(ChartLabels.Group(rule.Name, language)),
                XlsxCell.Of(active.Customers), XlsxCell.Of(churned.Customers), XlsxCell.Of(active.Customers + churned.Customers),
                XlsxCell.Of(active.Revenue, XlsxFormat.Yen), XlsxCell.Of(churned.Revenue, XlsxFormat.Yen), XlsxCell.Of(revenue, XlsxFormat.Yen),
                XlsxCell.Of(kpis.Revenue == 0 ? null : (double)(revenue / kpis.Revenue), XlsxFormat.Percent),
            ]);
        }
        string Status(CustomerStatus status) => ChartLabels.Status(status, language);
        return new XlsxSheet(ChartLabels.Pick(language, "顧客グループ", "Customer groups"),
        [
            ChartLabels.Pick(language, "グループ", "Group"),
            Status(CustomerStatus.Active), Status(CustomerStatus.Churned), ChartLabels.Pick(language, "人数", "Customers"),
            ChartLabels.Pick(language, $"売上（{Status(CustomerStatus.Active)}）", $"Revenue ({Status(CustomerStatus.Active)})"),
            ChartLabels.Pick(language, $"売上（{Status(CustomerStatus.Churned)}）", $"Revenue ({Status(CustomerStatus.Churned)})"),
            ChartLabels.Pick(language, "売上", "Revenue"), ChartLabels.Pick(language, "売上構成比", "Share of revenue"),
        ], rows, [18, 12, 12, 12, 16, 16, 16, 12]);
    }

    private static XlsxSheet FirstTouchSheet(string name, string first, IReadOnlyList<FirstTouch> touches, LabelLanguage language)
    {
        var rows = touches.Select(t => (IReadOnlyList<XlsxCell>)
        [
            XlsxCell.Of(t.Value), XlsxCell.Of(t.Customers),
            XlsxCell.Of(t.RepeatRate.Value, XlsxFormat.Percent),
            XlsxCell.Of(t.F2Rate.Value, XlsxFormat.Percent), XlsxCell.Of(t.F2Rate.Denominator),
            XlsxCell.Of(t.AverageLtv, XlsxFormat.Yen), XlsxCell.Of(t.TwelveMonthLtv.Value, XlsxFormat.Yen),
            XlsxCell.Of(t.RepeatRate.IsSmallSample || t.F2Rate.IsSmallSample ? ChartLabels.Pick(language, $"{MetricOptions.SmallSampleCustomers}人未満", $"under {MetricOptions.SmallSampleCustomers}") : ""),
        ]);
        return new XlsxSheet(name,
        [
            first, ChartLabels.Pick(language, "顧客数", "Customers"), ChartLabels.Pick(language, "リピート率", "Repeat rate"),
            ChartLabels.Pick(language, "F2転換率", "F2 conversion"), ChartLabels.Pick(language, "F2の対象", "F2 eligible"),
            ChartLabels.Pick(language, "平均LTV", "Average LTV"), ChartLabels.Pick(language, "12か月LTV", "12-month LTV"),
            ChartLabels.Pick(language, "少数注意", "Small sample"),
        ], rows, [28, 10, 12, 12, 10, 14, 14, 12]);
    }

    private static XlsxSheet CustomerSheet(Segmentation segmentation, IReadOnlyDictionary<string, CustomerProfile> profiles, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(profiles);
        var customers = segmentation.Customers;
        if (customers.Count > XlsxWorkbook.MaxRows)
            throw new InputException($"{customers.Count:N0} customers do not fit in an Excel sheet ({XlsxWorkbook.MaxRows:N0} rows at most): write the customer table as CSV (ltvkit customers --out customers.csv).");
        var language = options.Language;
        var pii = ReportData.PiiColumns(profiles, options).Count > 0;
        string L(string japanese, string english) => ChartLabels.Pick(language, japanese, english);
        List<string> header =
        [
            L("顧客ID", "Customer id"), L("購入回数", "Purchases"), L("購入日数", "Purchase days"), L("売上", "Revenue"),
            L("初回購入日", "First purchase"), L("最終購入日", "Last purchase"), L("在籍日数", "Tenure days"), L("最終購入からの日数", "Recency days"),
            L("2回目までの日数", "Days to second"), L("グループ", "Group"), L("状態", "Status"), L("平均注文単価", "Average order value"),
            L("初回チャネル", "First channel"), L("初回商品", "First product"),
        ];
        List<double> widths = [14, 10, 10, 12, 12, 12, 10, 12, 12, 14, 10, 12, 18, 24];
        if (pii)
        {
            header.AddRange([L("氏名", "Name"), L("メールアドレス", "E-mail"), L("電話番号", "Phone"), L("住所", "Address"), L("性別", "Gender"), L("年代", "Age band")]);
            widths.AddRange([16, 24, 14, 30, 8, 8]);
        }
        return new XlsxSheet(L("顧客一覧", "Customers"), header, Rows(), widths);

        IEnumerable<IReadOnlyList<XlsxCell>> Rows()
        {
            for (var i = 0; i < customers.Count; i++)
            {
                var c = customers[i];
                var row = new List<XlsxCell>(header.Count)
                {
                    XlsxCell.Of(c.Id), XlsxCell.Of(c.Purchases), XlsxCell.Of(c.PurchaseDays), XlsxCell.Of(c.Revenue, XlsxFormat.Yen),
                    XlsxCell.Of(c.FirstPurchase), XlsxCell.Of(c.LastPurchase), XlsxCell.Of(c.TenureDays), XlsxCell.Of(c.RecencyDays),
                    c.DaysToSecond is { } d ? XlsxCell.Of(d) : XlsxCell.Empty,
                    XlsxCell.Of(ChartLabels.Group(segmentation.SegmentOf(i), language)), XlsxCell.Of(ChartLabels.Status(segmentation.StatusOf(i), language)),
                    XlsxCell.Of(c.Aov, XlsxFormat.Yen), XlsxCell.Of(c.FirstChannel), XlsxCell.Of(c.FirstProduct),
                };
                if (pii)
                {
                    var p = profiles.GetValueOrDefault(c.Id);
                    row.AddRange([XlsxCell.Of(p?.Name), XlsxCell.Of(p?.Email), XlsxCell.Of(p?.Phone), XlsxCell.Of(p?.Address), XlsxCell.Of(p?.Gender), XlsxCell.Of(p?.AgeBand)]);
                }
                yield return row;
            }
        }
    }
}
