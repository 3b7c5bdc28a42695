using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LtvKit.Ingest;
using LtvKit.Metrics;
using LtvKit.Segments;

namespace LtvKit.Exports;

/// <summary>The machine-readable KPIs (<c>ltvkit metrics --format json</c>): stable camelCase keys of METRICS.md §6.</summary>
/// <remarks>Rates are fractions (0.2, not "20%"); money is a number in the amount basis; dates are ISO yyyy-MM-dd; a rate with a zero denominator is null.</remarks>
public static class MetricsJson
{
    public static void Write(Stream stream, Kpis kpis)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("asOf", Iso(kpis.AsOf));
        json.WriteString("amountBasis", kpis.AmountBasis == AmountBasis.Incl ? "incl" : "excl");

        var input = kpis.Input;
        json.WriteStartObject("input");
        json.WriteNumber("rowsRead", input.RowsRead);
        json.WriteNumber("rowsUsed", input.RowsUsed);
        json.WriteNumber("rowsRejected", input.RowsRejected);
        json.WriteNumber("rowsCancelled", input.RowsCancelled);
        json.WriteNumber("rowsAfterAsOf", input.RowsAfterAsOf);
        json.WriteNumber("ordersCancelled", input.OrdersCancelled);
        json.WriteNumber("duplicateLines", input.DuplicateLines);
        json.WriteNumber("amountUsed", input.AmountUsed);
        json.WriteStartObject("returnsWithoutPurchase");
        json.WriteNumber("customers", input.ReturnsWithoutPurchase.Customers);
        json.WriteNumber("amount", input.ReturnsWithoutPurchase.Amount);
        json.WriteEndObject();
        json.WriteStartObject("similarCustomerIds");
        json.WriteNumber("groups", input.SimilarCustomerIds.Groups);
        json.WriteStartArray("examples");
        foreach (var group in input.SimilarCustomerIds.Examples)
        {
            json.WriteStartArray();
            foreach (var id in group)
                json.WriteStringValue(id);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteNumber("customers", kpis.Customers);
        json.WriteNumber("orders", kpis.Purchases);
        json.WriteNumber("revenue", kpis.Revenue);
        Money(json, "averageLtv", kpis.AverageLtv);
        Money(json, "averageOrderValue", kpis.AverageOrderValue);
        Fraction(json, "repeatRate", kpis.RepeatRate);

        var f2 = kpis.F2;
        json.WriteStartObject("f2");
        json.WriteNumber("windowDays", f2.WindowDays);
        json.WriteNumber("eligible", f2.Eligible);
        json.WriteNumber("converted", f2.Converted);
        Fraction(json, "rate", f2.Rate);
        Double(json, "meanDaysToSecond", f2.MeanDaysToSecond);
        Double(json, "medianDaysToSecond", f2.MedianDaysToSecond);
        json.WriteNumber("target", MetricOptions.F2Target);
        json.WriteEndObject();

        Money(json, "approximateLtv", kpis.Year.ApproximateLtv);
        Money(json, "formulaLtv", kpis.Year.FormulaLtv);
        json.WriteStartObject("yearWindow");
        json.WriteString("from", Iso(kpis.Year.From));
        json.WriteString("to", Iso(kpis.Year.To));
        json.WriteNumber("revenue", kpis.Year.Revenue);
        json.WriteNumber("customers", kpis.Year.Customers);
        json.WriteNumber("purchases", kpis.Year.Purchases);
        json.WriteNumber("years", kpis.Year.Years);
        json.WriteEndObject();

        json.WriteStartObject("horizonLtv");
        foreach (var horizon in kpis.Horizons)
        {
            json.WriteStartObject(horizon.Months.ToString(CultureInfo.InvariantCulture));
            json.WriteNumber("days", horizon.Days);
            json.WriteNumber("eligible", horizon.Eligible);
            Money(json, "value", horizon.Value);
            json.WriteEndObject();
        }
        json.WriteEndObject();

        if (kpis.Profit is { } profit)
        {
            Money(json, "profitLtv", profit.Value);
            Double(json, "ltvToCpo", profit.LtvToCpo);
            if (profit.BreakEvenPurchase is { } n)
                json.WriteNumber("breakEvenPurchase", n);
            else
                json.WriteNull("breakEvenPurchase");
            json.WriteStartObject("costs");
            json.WriteNumber("grossMargin", profit.Costs.GrossMargin);
            json.WriteNumber("cpo", profit.Costs.Cpo);
            json.WriteNumber("retentionCost", profit.Costs.RetentionCost);
            json.WriteEndObject();
        }

        json.WriteStartArray("segments");
        foreach (var cell in kpis.Segments.Cells)
        {
            json.WriteStartObject();
            json.WriteString("segment", cell.Segment);
            json.WriteString("status", cell.Status.ToString());
            json.WriteNumber("customers", cell.Customers);
            json.WriteNumber("revenue", cell.Revenue);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var thresholds = kpis.Segments.Thresholds;
        json.WriteStartObject("thresholds");
        json.WriteNumber("fledglingMaxDays", thresholds.FledglingMaxDays);
        json.WriteNumber("trendyMaxDays", thresholds.TrendyMaxDays);
        json.WriteNumber("amountThreshold", thresholds.AmountThreshold);
        json.WriteNumber("churnDays", thresholds.ChurnDays);
        json.WriteEndObject();

        json.WriteStartArray("monthly");
        foreach (var month in kpis.Monthly)
        {
            json.WriteStartObject();
            json.WriteString("month", month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            json.WriteNumber("buyers", month.Buyers);
            json.WriteNumber("repeaters", month.Repeaters);
            json.WriteNumber("customersToDate", month.CustomersToDate);
            Fraction(json, "repeaterRatio", month.RepeaterRatio);
            Fraction(json, "localRepeatRate", month.LocalRepeatRate);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("funnel");
        Numbers(json, "reach", kpis.Funnel.Reach.Select(r => (decimal)r));
        json.WriteStartArray("conversion");
        for (var n = 1; n < Funnel.Steps; n++)
            FractionValue(json, kpis.Funnel.Conversion(n));
        json.WriteEndArray();
        json.WriteEndObject();

        FirstTouches(json, "byFirstChannel", kpis.ByFirstChannel);
        FirstTouches(json, "byFirstProduct", kpis.ByFirstProduct);

        json.WriteStartArray("returnCurve");
        for (var g = 0; g <= ReturnCurve.MaxGapDays; g++)
        {
            var rate = kpis.ReturnCurve.At(g);
            json.WriteStartObject();
            json.WriteNumber("gapDays", g);
            json.WriteNumber("atRisk", rate.Denominator);
            json.WriteNumber("returned", rate.Numerator);
            Fraction(json, "rate", rate);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        Cohorts(json, kpis.Cohorts);
        Deciles(json, kpis.Deciles);
        Rfm(json, kpis.Rfm);
        SecondPurchase(json, kpis.SecondPurchase, kpis.F2.WindowDays);
        Migration(json, kpis.Migration);
        Subscription(json, kpis.Subscriptions);
        Upgrade(json, kpis.Upgrade);
        if (kpis.Payback is { } payback)
            Payback(json, payback);

        if (kpis.Nps is { } nps)
        {
            json.WriteStartArray("nps");
            foreach (var row in nps)
            {
                json.WriteStartObject();
                json.WriteString("segment", row.Group);
                json.WriteNumber("respondents", row.Respondents);
                json.WriteNumber("promoters", row.Promoters);
                json.WriteNumber("detractors", row.Detractors);
                Double(json, "nps", row.Score);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void FirstTouches(Utf8JsonWriter json, string name, IReadOnlyList<FirstTouch> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("value", row.Value);
            json.WriteNumber("customers", row.Customers);
            Fraction(json, "repeatRate", row.RepeatRate);
            Interval(json, "repeatRateInterval", row.RepeatRate.Interval95);
            Fraction(json, "f2Rate", row.F2Rate);
            json.WriteNumber("f2Eligible", row.F2Rate.Denominator);
            Interval(json, "f2RateInterval", row.F2Rate.Interval95);
            json.WriteBoolean("smallSample", row.RepeatRate.IsSmallSample || row.F2Rate.IsSmallSample);
            json.WriteNumber("averageLtv", row.AverageLtv);
            Money(json, "horizonLtv12", row.TwelveMonthLtv.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Cohorts(Utf8JsonWriter json, IReadOnlyList<MonthlyCohort> cohorts)
    {
        json.WriteStartArray("cohorts");
        foreach (var cohort in cohorts)
        {
            json.WriteStartObject();
            json.WriteString("month", cohort.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            json.WriteNumber("customers", cohort.Customers);
            json.WriteStartArray("active");
            for (var k = 0; k < cohort.Buyers.Count; k++)
            {
                if (cohort.Active(k) is { } rate)
                    FractionValue(json, rate);
                else
                    json.WriteNullValue();
            }
            json.WriteEndArray();
            json.WriteStartArray("revenuePerCustomer");
            for (var k = 0; k < cohort.Revenue.Count; k++)
            {
                if (cohort.RevenuePerCustomer(k) is { } value)
                    json.WriteNumberValue((double)value);
                else
                    json.WriteNullValue();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Deciles(Utf8JsonWriter json, IReadOnlyList<RevenueDecile> deciles)
    {
        json.WriteStartArray("deciles");
        foreach (var decile in deciles)
        {
            json.WriteStartObject();
            json.WriteNumber("decile", decile.Decile);
            json.WriteNumber("customers", decile.Customers);
            json.WriteNumber("revenue", decile.Revenue);
            Money(json, "minRevenue", decile.MinRevenue);
            Money(json, "maxRevenue", decile.MaxRevenue);
            Fraction(json, "customerShare", decile.CustomerShare);
            Double(json, "revenueShare", decile.RevenueShare);
            Double(json, "cumulativeRevenueShare", decile.CumulativeRevenueShare);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Rfm(Utf8JsonWriter json, RfmScores rfm)
    {
        json.WriteStartObject("rfm");
        json.WriteStartObject("cutPoints");
        Numbers(json, "recencyDays", rfm.CutPoints.RecencyDays.Select(d => (decimal)d));
        Numbers(json, "purchaseDays", rfm.CutPoints.PurchaseDays.Select(d => (decimal)d));
        Numbers(json, "revenue", rfm.CutPoints.Revenue);
        json.WriteEndObject();
        Numbers(json, "recency", rfm.Recency.Select(c => (decimal)c));
        Numbers(json, "frequency", rfm.Frequency.Select(c => (decimal)c));
        Numbers(json, "monetary", rfm.Monetary.Select(c => (decimal)c));
        json.WriteStartArray("recencyByFrequency");
        for (var r = 0; r < RfmCutPoints.Scores; r++)
        {
            json.WriteStartArray();
            for (var f = 0; f < RfmCutPoints.Scores; f++)
                json.WriteNumberValue(rfm.Grid[r, f]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var warning in rfm.Warnings)
            json.WriteStringValue(warning);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void SecondPurchase(Utf8JsonWriter json, SecondPurchaseCurve curve, int windowDays)
    {
        var (converted, interval) = curve.At(windowDays);
        json.WriteStartObject("f2KaplanMeier");
        json.WriteNumber("windowDays", windowDays);
        json.WriteNumber("customers", curve.Customers);
        json.WriteNumber("rate", converted);
        Interval(json, "interval", interval);
        json.WriteStartArray("steps");
        foreach (var step in curve.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("day", step.Day);
            json.WriteNumber("atRisk", step.AtRisk);
            json.WriteNumber("secondPurchases", step.SecondPurchases);
            json.WriteNumber("converted", step.Converted);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Migration(Utf8JsonWriter json, GroupMigration migration)
    {
        json.WriteStartObject("migration");
        json.WriteString("from", Iso(migration.From));
        json.WriteString("to", Iso(migration.To));
        json.WriteStartArray("cells");
        foreach (var (segment, status) in migration.Cells)
            json.WriteStringValue($"{segment}/{status}");
        json.WriteEndArray();
        json.WriteStartArray("counts");
        for (var i = 0; i <= migration.NewRow; i++)
        {
            json.WriteStartObject();
            json.WriteString("from", i == migration.NewRow ? "new" : $"{migration.Cells[i].Segment}/{migration.Cells[i].Status}");
            json.WriteStartArray("to");
            for (var j = 0; j < migration.Cells.Count; j++)
                json.WriteNumberValue(migration.Counts[i, j]);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Payback(Utf8JsonWriter json, AcquisitionPayback payback)
    {
        json.WriteStartObject("payback");
        json.WriteNumber("grossMargin", payback.GrossMargin);
        json.WriteNumber("totalCost", payback.TotalCost);
        json.WriteNumber("unallocatedCost", payback.UnallocatedCost);
        json.WriteStartArray("cpo");
        foreach (var cost in payback.Costs)
        {
            json.WriteStartObject();
            json.WriteString("month", cost.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            json.WriteString("channel", cost.Channel);
            json.WriteNumber("cost", cost.Cost);
            json.WriteNumber("newCustomers", cost.NewCustomers);
            Money(json, "cpo", cost.Cpo);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var group in payback.Groups)
        {
            json.WriteStartObject();
            json.WriteString("channel", group.Channel);
            json.WriteString("product", group.Product);
            json.WriteNumber("customers", group.Customers);
            Numbers(json, "observed", group.Observed.Select(o => (decimal)o));
            json.WriteStartArray("grossProfitPerCustomer");
            foreach (var value in group.GrossProfitPerCustomer)
                json.WriteNumberValue((double)value);
            json.WriteEndArray();
            json.WriteStartArray("cpoPerCustomer");
            foreach (var value in group.CpoPerCustomer)
                json.WriteNumberValue((double)value);
            json.WriteEndArray();
            if (group.PaybackMonth is { } month)
                json.WriteNumber("paybackMonth", month);
            else
                json.WriteNull("paybackMonth");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Subscription(Utf8JsonWriter json, Subscriptions subscriptions)
    {
        json.WriteStartObject("subscription");
        json.WriteStartObject("purchases");
        json.WriteNumber("regular", subscriptions.RegularPurchases);
        json.WriteNumber("subscription", subscriptions.SubscriptionPurchases);
        json.WriteNumber("hanpukai", subscriptions.HanpukaiPurchases);
        json.WriteEndObject();
        json.WriteStartArray("retention");
        var retention = subscriptions.Retention;
        for (var n = 1; n <= DeliveryRetention.MaxDelivery; n++)
        {
            json.WriteStartObject();
            json.WriteNumber("delivery", n);
            json.WriteNumber("took", retention.TookDelivery(n));
            json.WriteNumber("tookNext", retention.TookDelivery(n + 1));
            Fraction(json, "rate", retention.Retention(n));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("funnelByFirstKind");
        Numbers(json, "regular", subscriptions.RegularFunnel.Reach.Select(r => (decimal)r));
        Numbers(json, "recurring", subscriptions.RecurringFunnel.Reach.Select(r => (decimal)r));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Upgrade(Utf8JsonWriter json, TrialUpgrade upgrade)
    {
        json.WriteStartObject("trialUpgrade");
        json.WriteNumber("windowDays", upgrade.WindowDays);
        json.WriteNumber("trialCustomers", upgrade.TrialCustomers);
        json.WriteNumber("eligible", upgrade.Eligible);
        json.WriteNumber("upgraded", upgrade.Upgraded);
        Fraction(json, "rate", upgrade.Rate);
        Interval(json, "rateInterval", upgrade.Rate.Interval95);
        json.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter json, string name, ConfidenceInterval? interval)
    {
        if (interval is { } i)
        {
            json.WriteStartArray(name);
            json.WriteNumberValue(i.Low);
            json.WriteNumberValue(i.High);
            json.WriteEndArray();
        }
        else
            json.WriteNull(name);
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<decimal> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteNumberValue(value);
        json.WriteEndArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A mean amount (LTV, AOV): the nearest double, printed to full precision, as the rates are (never rounded).</summary>
    private static void Money(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
            json.WriteNumber(name, (double)v);
        else
            json.WriteNull(name);
    }

    private static void Double(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static void Fraction(Utf8JsonWriter json, string name, Rate rate) => Double(json, name, rate.Value);

    private static void FractionValue(Utf8JsonWriter json, Rate rate)
    {
        if (rate.Value is { } v)
            json.WriteNumberValue(v);
        else
            json.WriteNullValue();
    }
}
