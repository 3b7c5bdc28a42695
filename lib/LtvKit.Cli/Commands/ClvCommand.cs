using System.CommandLine;
using LtvKit.Clv;
using LtvKit.Exports;
using LtvKit.Ingest;
using LtvKit.Io;
using LtvKit.Report;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit clv</c>: BG/NBD and Gamma-Gamma fitted on a calibration window, and each customer's predicted CLV.</summary>
internal static class ClvCommand
{
    public static Command Create()
    {
        var shopOptions = new ShopOptions();
        var calibrationEnd = new Option<string>("--calibration-end") { Description = "Last day of the calibration window (yyyy-MM-dd); later purchases are the holdout.", Required = true };
        var unit = new Option<string>("--time-unit") { Description = "days or weeks (the paper's unit; default).", DefaultValueFactory = _ => "weeks" };
        var horizon = new Option<int>("--horizon-months") { Description = "Months of CLV to forecast.", DefaultValueFactory = _ => 12 };
        var discount = new Option<double>("--discount-rate") { Description = "Annual discount rate as a fraction (0.1 = 10% a year).", DefaultValueFactory = _ => 0.1 };
        var output = new Option<string?>("--out") { Description = "Per-customer CSV: customer_id,p_alive,expected_purchases,expected_spend,clv." };
        var summaryOut = new Option<string?>("--summary-out") { Description = "Model summary CSV: customer_id,x,t_x,T,monetary." };
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        var command = new Command("clv", "Predictive CLV: which customers are still alive (BG/NBD), what they will spend (Gamma-Gamma) and their value over a horizon.");
        shopOptions.AddTo(command);
        foreach (var option in (Option[])[calibrationEnd, unit, horizon, discount, output, summaryOut, format])
            command.Options.Add(option);
        command.SetAction(parsed =>
        {
            var end = parsed.GetValue(calibrationEnd)!;
            if (!DateText.TryParse(end, out var calibration, out var why))
                throw new InputException($"--calibration-end: '{end}' is {why}.");
            var timeUnit = parsed.GetValue(unit) switch
            {
                "weeks" => TimeUnit.Weeks,
                "days" => TimeUnit.Days,
                var other => throw new InputException($"--time-unit: '{other}' is neither days nor weeks."),
            };
            var json = parsed.GetValue(format) switch
            {
                "json" => true,
                "table" => false,
                var other => throw new InputException($"--format: '{other}' is neither table nor json."),
            };
            var (shop, _, _) = shopOptions.Load(parsed, ("--out", parsed.GetValue(output)), ("--summary-out", parsed.GetValue(summaryOut)));
            var summary = ClvInput.Summary(shop.Customers, calibration, timeUnit, shop.AsOf);
            var run = ClvRun.Fit(summary, parsed.GetValue(horizon), parsed.GetValue(discount));
            if (parsed.GetValue(output) is { } path)
                ClvOutput.WriteForecast(path, run.Forecast);
            if (parsed.GetValue(summaryOut) is { } summaryPath)
                ClvOutput.WriteSummary(summaryPath, summary);
            if (json)
            {
                using var stdout = Console.OpenStandardOutput();
                ClvOutput.WriteJson(stdout, run);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                ClvOutput.WriteText(Console.Out, run);
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
