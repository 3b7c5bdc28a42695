using System.CommandLine;
using LtvKit.Ingest;

namespace LtvKit.Cli;

/// <summary>Runs the command tree and maps failures to the kit's exit codes.</summary>
/// <remarks>0 = ok; 2 = bad input or usage (the message says what and where); 1 = internal error.</remarks>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"ltvkit: {error.Message}");
            Console.Error.WriteLine("Try 'ltvkit --help' or 'ltvkit <command> --help'.");
            return BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is InputException or LtvKit.Clv.ClvException)
        {
            Console.Error.WriteLine($"ltvkit: {e.Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"ltvkit: internal error: {e}");
            return InternalError;
        }
    }
}
