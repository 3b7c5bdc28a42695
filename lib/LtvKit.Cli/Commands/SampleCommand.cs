using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LtvKit.Ingest;
using LtvKit.Sample;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit sample</c>: writes a synthetic mail-order shop (orders.csv, customers.csv, ad_spend.csv) to try the kit on.</summary>
internal static class SampleCommand
{
    private const string DateFormat = "yyyy-MM-dd";

    public static Command Create()
    {
        var customers = new Option<int>("--customers")
        {
            Description = "Number of customers in the customer master.",
            HelpName = "N",
            DefaultValueFactory = _ => SampleOptions.DefaultCustomers,
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Random seed: the same seed and options give byte-identical files.",
            HelpName = "S",
            DefaultValueFactory = _ => SampleOptions.DefaultSeed,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write orders.csv, customers.csv and ad_spend.csv into (created if missing).",
            HelpName = "DIR",
            Required = true,
        };
        // Text options parsed here rather than typed ones: the help then shows "utf-8" and
        // "2024-01-01" as defaults, not an enum name and a date in the machine's culture.
        var encoding = new Option<string>("--encoding")
        {
            Description = "utf-8 (with BOM) or shift_jis (CP932, what Excel on Japanese Windows saves).",
            HelpName = "utf-8|shift_jis",
            DefaultValueFactory = _ => "utf-8",
        };
        encoding.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (ParseEncoding(text) is null)
                result.AddError($"--encoding '{text}' is not known: use utf-8 or shift_jis.");
        });
        var start = new Option<string>("--start")
        {
            Description = "First day of the period, the first of a month.",
            HelpName = DateFormat,
            DefaultValueFactory = _ => SampleOptions.DefaultStart.ToString(DateFormat, CultureInfo.InvariantCulture),
        };
        start.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (ParseDate(text) is null)
                result.AddError($"--start '{text}' is not a date: write it as {DateFormat}, e.g. 2024-01-01.");
        });
        var months = new Option<int>("--months")
        {
            Description = "Length of the period in calendar months.",
            HelpName = "M",
            DefaultValueFactory = _ => SampleOptions.DefaultMonths,
        };

        var command = new Command("sample", "Write a synthetic mail-order shop (orders.csv, customers.csv and ad_spend.csv, Japanese headers) to try the kit on.")
        {
            customers, seed, output, encoding, start, months,
        };
        command.SetAction(parse =>
        {
            var options = new SampleOptions
            {
                Customers = parse.GetValue(customers),
                Seed = parse.GetValue(seed),
                Encoding = ParseEncoding(parse.GetValue(encoding)) ?? SampleEncoding.Utf8,
                Start = ParseDate(parse.GetValue(start)) ?? SampleOptions.DefaultStart,
                Months = parse.GetValue(months),
            };
            var folder = parse.GetValue(output)!;
            if (File.Exists(folder))
                throw new InputException($"--out {folder} is a file: give the folder to write orders.csv, customers.csv and ad_spend.csv into.");
            var stopwatch = Stopwatch.StartNew();
            var progress = Console.IsErrorRedirected ? null : new TerminalProgress();
            var result = SampleShop.Generate(folder, options, progress);
            progress?.Done();
            var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-3);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.OrdersPath}, {Path.GetFileName(result.CustomersPath)} and {Path.GetFileName(result.AdSpendPath)}: {result}."));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Period {options.Start:yyyy-MM-dd} to {options.End:yyyy-MM-dd}, seed {options.Seed}, {EncodingName(options.Encoding)}; {seconds:0.00} s ({result.Lines / seconds:N0} lines/s)."));
            return CommandLine.Ok;
        });
        return command;
    }

    private static string EncodingName(SampleEncoding encoding) => encoding == SampleEncoding.ShiftJis ? "shift_jis" : "utf-8";

    /// <summary>utf-8 / utf8 / UTF-8, shift_jis / shift-jis / sjis / cp932, any case; null if none of them.</summary>
    private static SampleEncoding? ParseEncoding(string? text)
        => (text ?? "").ToUpperInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
        {
            "UTF8" => SampleEncoding.Utf8,
            "SHIFTJIS" or "SJIS" or "CP932" => SampleEncoding.ShiftJis,
            _ => null,
        };

    private static DateOnly? ParseDate(string? text)
        => DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>One line on stderr, rewritten in place: the month reached, lines so far, percent done.</summary>
    private sealed class TerminalProgress : IProgress<SampleProgress>
    {
        private bool _shown;

        public void Report(SampleProgress value)
        {
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\rsample: {value.Day:yyyy-MM}  {value.Lines,14:N0} lines  {value.Fraction,4:P0} "));
            _shown = true;
        }

        public void Done()
        {
            if (_shown)
                Console.Error.WriteLine();
        }
    }
}
