using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LtvKit.Ingest;
using LtvKit.Metrics;

namespace LtvKit.Report;

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
        json.WriteStartObject("returnsWithoutPurchase");
        json.WriteNumber("customers", input.ReturnsWithoutPurchase.Customers);
        json.WriteNumber("amount", input.ReturnsWithoutPurchase.Amount);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteNumber("customers", kpis.Customers);
        json.WriteNumber("orders", kpis.Orders);
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
        json.WriteStartArray("reach");
        foreach (var reach in kpis.Funnel.Reach)
            json.WriteNumberValue(reach);
        json.WriteEndArray();
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
            Fraction(json, "f2Rate", row.F2Rate);
            json.WriteNumber("averageLtv", row.AverageLtv);
            Money(json, "horizonLtv12", row.TwelveMonthLtv.Value);
            json.WriteEndObject();
        }
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
