using System.CommandLine;
using LtvKit.Cli.Commands;

namespace LtvKit.Cli;

/// <summary>The <c>ltvkit</c> command tree: what the program runs, and what tests run in-process through <see cref="CommandLine.Run"/>.</summary>
internal static class KitCommands
{
    public static RootCommand Root()
    {
        var root = new RootCommand("ltvkit — customer analytics for mail-order (通販) and D2C shops: customer table, LTV, repeat rate, F2 conversion and customer groups from order CSV exports.");
        root.Subcommands.Add(MetricsCommand.Create());
        root.Subcommands.Add(CustomersCommand.Create());
        root.Subcommands.Add(ClvCommand.Create());
        root.Subcommands.Add(SampleCommand.Create());
        root.Subcommands.Add(NotebookCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(KernelCommand.Create());
        return root;
    }
}
