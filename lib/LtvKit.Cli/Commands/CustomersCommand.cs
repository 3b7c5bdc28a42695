using System.CommandLine;
using LtvKit.Report;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit customers --out F.csv</c>: the customer table with each customer's group and status.</summary>
internal static class CustomersCommand
{
    public static Command Create()
    {
        var shopOptions = new ShopOptions();
        var output = new Option<string?>("--out") { Description = "The CSV to write (UTF-8 with BOM, for Excel). Default: standard output." };
        var command = new Command("customers", "The customer table (顧客単位集計): purchases, revenue, first/last purchase, tenure, recency, group, status.");
        shopOptions.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var (shop, config, _) = shopOptions.Load(parsed, ("--out", parsed.GetValue(output)));
            var segmentation = shop.Segment(config.Thresholds, config.Rules);
            if (parsed.GetValue(output) is { } path)
            {
                CustomerCsv.Write(path, segmentation);
                Console.Error.WriteLine($"Wrote {shop.Customers.Count:N0} customers to {path}.");
            }
            else
            {
                CustomerCsv.Write(Console.Out, segmentation);
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
