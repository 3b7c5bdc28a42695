using System.CommandLine;
using LtvKit.Exports;
using LtvKit.Ingest;
using LtvKit.Report;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit customers --out F.csv</c> (or <c>F.xlsx</c>): the customer table with each customer's group and status.</summary>
internal static class CustomersCommand
{
    public static Command Create()
    {
        var shopOptions = new ShopOptions();
        var output = new Option<string?>("--out") { Description = "The file to write: CSV (UTF-8 with BOM, for Excel) or, for a name ending .xlsx, an Excel workbook. Default: CSV on standard output." };
        var format = new Option<string?>("--format") { Description = "csv or xlsx. Default: xlsx for an --out ending .xlsx, else csv. An xlsx needs --out." };
        var command = new Command("customers", "The customer table (顧客単位集計): purchases, revenue, first/last purchase, tenure, recency, group, status.");
        shopOptions.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(output);
            var xlsx = parsed.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                null or "" => path is not null && path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase),
                "csv" => false,
                "xlsx" => true,
                var other => throw new InputException($"--format: '{other}' is neither csv nor xlsx."),
            };
            if (xlsx && path is null)
                throw new InputException("--format xlsx: give the workbook's file name with --out, e.g. --out out/customers.xlsx.");
            var (shop, config, _) = shopOptions.Load(parsed, ("--out", path));
            var segmentation = shop.Segment(config.Thresholds, config.Rules);
            if (path is null)
                CustomerCsv.Write(Console.Out, segmentation);
            else
            {
                if (xlsx)
                    ReportWorkbook.WriteCustomers(path, segmentation, shop.Profiles);
                else
                    CustomerCsv.Write(path, segmentation);
                Console.Error.WriteLine($"Wrote {shop.Customers.Count:N0} customers to {path}.");
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
