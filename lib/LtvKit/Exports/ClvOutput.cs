using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LtvKit.Clv;
using LtvKit.Ingest;
using LtvKit.Io;

namespace LtvKit.Exports;

/// <summary>CLV results as CSV (per customer, model summary) and JSON (parameters and convergence).</summary>
public static class ClvOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>customer_id,p_alive,expected_purchases,expected_spend,clv</c>, UTF-8 with BOM, atomically.</summary>
    public static void WriteForecast(string path, ClvForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        AtomicFile.WriteText(path, AtomicFile.Utf8WithBom, writer =>
        {
            writer.Write("customer_id,p_alive,expected_purchases,expected_spend,clv\r\n");
            foreach (var c in forecast.Customers)
            {
                CsvText.WriteRow(writer, CsvText.Cell(c.CustomerId), c.ProbabilityAlive.ToString("R", Inv),
                    c.ExpectedPurchases.ToString("R", Inv), c.ExpectedAverageSpend.ToString("R", Inv), c.Value.ToString("R", Inv));
            }
        });
    }

    /// <summary><c>customer_id,x,t_x,T,monetary</c> in the summary's time unit, UTF-8 with BOM, atomically.</summary>
    public static void WriteSummary(string path, ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        AtomicFile.WriteText(path, AtomicFile.Utf8WithBom, writer =>
        {
            writer.Write("customer_id,x,t_x,T,monetary\r\n");
            foreach (var row in summary.Customers)
            {
                CsvText.WriteRow(writer, CsvText.Cell(row.CustomerId), row.Frequency.ToString(Inv),
                    row.TimeOfLastPurchase.ToString("R", Inv), row.Age.ToString("R", Inv), row.MonetaryValue.ToString(Inv));
            }
        });
    }

    public static void WriteJson(Stream stream, ClvRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("calibrationEnd", run.Summary.CalibrationEnd.ToString("yyyy-MM-dd", Inv));
        json.WriteString("holdoutEnd", run.Summary.HoldoutEnd.ToString("yyyy-MM-dd", Inv));
        json.WriteString("timeUnit", run.Summary.Unit == TimeUnit.Weeks ? "weeks" : "days");
        json.WriteNumber("customers", run.Summary.Customers.Count);
        json.WriteNumber("repeatCustomers", run.Summary.RepeatCustomers);
        json.WriteNumber("customersAfterCalibrationEnd", run.Summary.CustomersAfterCalibrationEnd);
        json.WriteStartObject("bgnbd");
        json.WriteNumber("r", run.Purchases.R);
        json.WriteNumber("alpha", run.Purchases.Alpha);
        json.WriteNumber("a", run.Purchases.A);
        json.WriteNumber("b", run.Purchases.B);
        Fit(json, run.Purchases.Estimation);
        json.WriteEndObject();
        json.WriteStartObject("gammaGamma");
        json.WriteNumber("p", run.Spend.P);
        json.WriteNumber("q", run.Spend.Q);
        json.WriteNumber("gamma", run.Spend.Gamma);
        if (run.Spend.FrequencySpendCorrelation is { } r)
            json.WriteNumber("frequencySpendCorrelation", r);
        else
            json.WriteNull("frequencySpendCorrelation");
        Fit(json, run.Spend.Estimation);
        json.WriteEndObject();
        json.WriteStartObject("clv");
        json.WriteNumber("horizonMonths", run.Forecast.HorizonMonths);
        json.WriteNumber("annualDiscountRate", run.Forecast.AnnualDiscountRate);
        json.WriteNumber("total", run.Forecast.Total);
        json.WriteNumber("mean", run.Forecast.Mean);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Fit(Utf8JsonWriter json, MaximumLikelihoodFit? fit)
    {
        if (fit is null)
            return;
        json.WriteNumber("logLikelihood", fit.LogLikelihood);
        json.WriteBoolean("converged", fit.Converged);
        json.WriteNumber("iterations", fit.Iterations);
    }

    public static void WriteText(TextWriter w, ClvRun run)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(run);
        w.WriteLine(string.Create(Inv, $"Calibration to {run.Summary.CalibrationEnd:yyyy-MM-dd}, holdout to {run.Summary.HoldoutEnd:yyyy-MM-dd}, in {(run.Summary.Unit == TimeUnit.Weeks ? "weeks" : "days")}"));
        w.WriteLine(string.Create(Inv, $"{run.Summary.Customers.Count:N0} customers, {run.Summary.RepeatCustomers:N0} with a repeat purchase day in the calibration window"));
        w.WriteLine($"BG/NBD:      {run.Purchases}");
        w.WriteLine($"Gamma-Gamma: {run.Spend}");
        w.WriteLine($"CLV:         {run.Forecast}");
    }
}
