using System.CommandLine;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit metrics</c>: every KPI of the shop, as a table or JSON.</summary>
internal static class MetricsCommand
{
    public static Command Create()
    {
        var command = new Command("metrics", "Every KPI: customers, LTV, repeat rate, F2 conversion, the ten customer groups.");
        command.SetAction(_ => CommandLine.Ok);
        return command;
    }
}
