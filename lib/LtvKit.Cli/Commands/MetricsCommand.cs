using System.CommandLine;
using LtvKit.Exports;
using LtvKit.Ingest;
using LtvKit.Io;
using LtvKit.Report;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit metrics</c>: every KPI of the shop, as a table or JSON.</summary>
internal static class MetricsCommand
{
    public static Command Create()
    {
        var shopOptions = new ShopOptions();
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--out") { Description = "Write to this file (atomically) instead of standard output." };
        var command = new Command("metrics", "Every KPI: customers, LTV, repeat rate, F2 conversion, the customer groups × 既存/離脱.");
        shopOptions.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var json = parsed.GetValue(format) switch
            {
                "json" => true,
                "table" => false,
                var other => throw new InputException($"--format: '{other}' is neither table nor json."),
            };
            var (shop, config, survey) = shopOptions.Load(parsed, ("--out", parsed.GetValue(output)));
            var kpis = shop.Kpis(config, survey);
            var path = parsed.GetValue(output);
            if (json)
            {
                if (path is null)
                {
                    using var stdout = Console.OpenStandardOutput();
                    MetricsJson.Write(stdout, kpis);
                    stdout.WriteByte((byte)'\n');
                }
                else
                {
                    AtomicFile.WriteStream(path, stream => MetricsJson.Write(stream, kpis));
                }
            }
            else if (path is null)
            {
                MetricsText.Write(Console.Out, kpis);
            }
            else
            {
                AtomicFile.WriteText(path, AtomicFile.Utf8, writer => MetricsText.Write(writer, kpis));
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
