using System.Globalization;
using LtvKit.Charts;
using LtvKit.Clv;
using LtvKit.Customers;
using LtvKit.Segments;

namespace LtvKit.Report;

/// <summary>The report's predictive-CLV section: models fitted up to the calibration end, P(alive) and CLV as of the as-of date, by group.</summary>
/// <remarks>
/// BG/NBD and Gamma-Gamma are fitted on the purchase days up to <see cref="CalibrationEnd"/> (weeks, as in the papers) and
/// checked on the days after it (<see cref="Holdout"/>). Their parameters are then applied to every customer's whole history
/// up to the as-of date, so P(alive) and the CLV look from the same day as 既存/離脱. When the models cannot be fitted
/// (too little history, too few repeat customers), <see cref="Skipped"/> says why in one line and nothing else is set.
/// </remarks>
internal sealed record ReportClv(DateOnly CalibrationEnd, ClvBySegment? BySegment, HoldoutCheck? Holdout, int FittedOn, string? Skipped)
{
    public static ReportClv Compute(Segmentation segmentation, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(options);
        var customers = segmentation.Customers;
        var asOf = customers.AsOf;
        var end = options.ClvCalibrationEnd ?? asOf.AddDays(-ReportOptions.DefaultClvHoldoutDays);
        var ja = options.Language == LabelLanguage.Japanese;
        if (end >= asOf)
        {
            return Skip(end, ja
                ? $"モデルを当てはめる期間の終わり（{end:yyyy-MM-dd}）が基準日（{asOf:yyyy-MM-dd}）より前ではないため、予測CLVは計算していません。"
                : $"The calibration end {end:yyyy-MM-dd} is not before the as-of date {asOf:yyyy-MM-dd}, so no CLV was predicted.");
        }
        if (options.ClvCalibrationEnd is null && (customers.Count == 0 || FirstPurchaseOfAll(customers) >= end))
        {
            return Skip(end, ja
                ? $"データが基準日の1年前（{end:yyyy-MM-dd}）より前から揃っていないため、予測CLVは計算していません（--clv-calibration-end で期間を指定できます）。"
                : $"The data does not reach back a year before the as-of date ({end:yyyy-MM-dd}), so no CLV was predicted (--clv-calibration-end sets another day).");
        }
        try
        {
            var calibration = ClvInput.Summary(customers, end, TimeUnit.Weeks, asOf);
            var fitOn = Thin(calibration, options.ClvFitCustomerLimit);
            var purchases = BgNbdModel.Fit(fitOn);
            var spend = GammaGammaModel.Fit(fitOn);
            var holdout = HoldoutCheck.Compute(purchases, fitOn); // the customers the model was fitted on, as in the papers
            var now = ClvInput.Summary(customers, asOf, TimeUnit.Weeks, asOf);
            var forecast = ClvForecast.Compute(purchases, spend, now, options.ClvHorizonMonths, options.ClvAnnualDiscountRate);
            return new ReportClv(end, ClvBySegment.Compute(forecast, segmentation), holdout, fitOn.Customers.Count, null);
        }
        catch (ClvException e)
        {
            return Skip(end, (ja ? "予測CLVのモデルを当てはめられませんでした: " : "The CLV models could not be fitted: ") + e.Message);
        }
    }

    private static DateOnly FirstPurchaseOfAll(CustomerTable customers)
    {
        var first = DateOnly.MaxValue;
        foreach (var c in customers.Rows)
            first = c.FirstPurchase < first ? c.FirstPurchase : first;
        return first;
    }

    private static ReportClv Skip(DateOnly end, string reason) => new(end, null, null, 0, reason);

    /// <summary>Every k-th customer of the summary (in id order) when it has more than <paramref name="limit"/>.</summary>
    private static ModelSummary Thin(ModelSummary summary, int limit)
    {
        if (limit <= 0 || summary.Customers.Count <= limit)
            return summary;
        var step = (double)summary.Customers.Count / limit;
        var rows = Enumerable.Range(0, limit).Select(i => summary.Customers[(int)(i * step)]);
        return new ModelSummary(rows, summary.Unit, summary.CalibrationEnd, summary.HoldoutEnd, summary.CustomersAfterCalibrationEnd);
    }

    public override string ToString() => Skipped ?? string.Create(CultureInfo.InvariantCulture, $"{BySegment}");
}
