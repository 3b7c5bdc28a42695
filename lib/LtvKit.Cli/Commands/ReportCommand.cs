using System.CommandLine;
using System.Globalization;
using LtvKit.Charts;
using LtvKit.Ingest;
using LtvKit.Report;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit report</c>: the client report, one self-contained HTML file (no network, printable to A4).</summary>
internal static class ReportCommand
{
    /// <summary>From this many customers the report takes seconds after loading, so the terminal says what is going on.</summary>
    private const int LargeShop = 100_000;

    /// <summary>Where the report goes when --out is not given, relative to the current folder.</summary>
    public static readonly string DefaultOut = Path.Combine("out", "report.html");

    public static Command Create()
    {
        var shopOptions = new ShopOptions();
        var output = new Option<string>("--out") { Description = $"The HTML file to write (atomically). Default: {DefaultOut}.", DefaultValueFactory = _ => DefaultOut };
        var language = new Option<string>("--lang") { Description = "Language of the report: ja (default) or en.", DefaultValueFactory = _ => "ja" };
        var title = new Option<string?>("--title") { Description = "Title of the report. Default: 顧客分析レポート / Customer analysis report." };
        var showPii = new Option<bool>("--show-pii") { Description = "Put names, e-mails, phones and addresses from --customers in the customer list. Without it they are not in the file at all." };
        var clvEnd = new Option<string?>("--clv-calibration-end") { Description = "Last day (yyyy-MM-dd) of the window the CLV models are fitted on. Default: a year before the as-of date; without enough history the section says why it is missing." };
        var xlsx = new Option<string?>("--xlsx") { Description = "Also write the report as an Excel workbook: KPIs, the groups, F2 and LTV by first channel and product, the customer table (personal data as in the HTML: only with --show-pii)." };
        var clvHorizon = new Option<int>("--clv-horizon-months") { Description = "Months of predicted CLV from the as-of date.", DefaultValueFactory = _ => ReportOptions.DefaultClvHorizonMonths };
        var command = new Command("report", "The client report: findings for the owner, KPIs, the customer groups with threshold controls, scatter, customer list, F2 and LTV by first channel and product, repeat charts, the monthly analyses (cohorts, deciles, RFM, group migration, F2, 定期, payback) — one HTML file that works offline.");
        shopOptions.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(language);
        command.Options.Add(title);
        command.Options.Add(showPii);
        command.Options.Add(clvEnd);
        command.Options.Add(clvHorizon);
        command.Options.Add(xlsx);
        command.SetAction(parsed =>
        {
            var lang = parsed.GetValue(language)?.Trim().ToLowerInvariant() switch
            {
                "ja" or "jp" or "japanese" => LabelLanguage.Japanese,
                "en" or "english" => LabelLanguage.English,
                var other => throw new InputException($"--lang: '{other}' is neither ja nor en."),
            };
            var path = parsed.GetValue(output);
            if (string.IsNullOrWhiteSpace(path))
                throw new InputException("--out: give a file name, e.g. --out out/report.html.");
            DateOnly? calibrationEnd = null;
            if (parsed.GetValue(clvEnd) is { } endText)
            {
                if (!DateText.TryParse(endText, out var end, out var why))
                    throw new InputException($"--clv-calibration-end: '{endText}' is {why}.");
                calibrationEnd = end;
            }
            var months = parsed.GetValue(clvHorizon);
            if (months < 1)
                throw new InputException($"--clv-horizon-months: {months} is not a number of months; give 1 or more (12 is a year).");
            var (shop, config, survey) = shopOptions.Load(parsed, ("--out", parsed.GetValue(output)), ("--xlsx", parsed.GetValue(xlsx)));
            var kpis = shop.Kpis(config, survey);
            var options = new ReportOptions { Language = lang, Title = parsed.GetValue(title), ShowPii = parsed.GetValue(showPii),
                ClvCalibrationEnd = calibrationEnd, ClvHorizonMonths = months };
            if (options.ShowPii && shop.Profiles.Count == 0)
                Console.Error.WriteLine("--show-pii: no customer master (--customers) was given, so there is no personal data to show.");
            if (!Console.IsErrorRedirected && kpis.Customers >= LargeShop)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  writing the report for {kpis.Customers:N0} customers (the CLV models take a few seconds)…"));
            ReportHtml.WriteFile(path, kpis, shop.Profiles, options);
            var bytes = new FileInfo(path).Length;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {path} ({bytes / 1024.0 / 1024.0:0.0} MB, {kpis.Customers:N0} customers)."));
            if (parsed.GetValue(xlsx) is { } workbook)
            {
                ReportWorkbook.Write(workbook, kpis, shop.Profiles, options);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {workbook} ({new FileInfo(workbook).Length / 1024.0 / 1024.0:0.0} MB)."));
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
