using System.CommandLine;
using LtvKit.Ingest;

namespace LtvKit.Cli;

/// <summary>Runs the command tree and maps failures to the kit's exit codes.</summary>
/// <remarks>
/// 0 = ok; 2 = bad input or usage, including a file that cannot be read or written (one line saying what and where);
/// 1 = an internal error: one line naming a log file that holds the details. No stack trace reaches the terminal.
/// </remarks>
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
        catch (Exception e) when (Unwrap(e) is InputException or LtvKit.Clv.ClvException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ltvkit: {Unwrap(e).Message}");
            return BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"ltvkit: internal error ({Unwrap(e).GetType().Name}: {FirstLine(Unwrap(e).Message)}). {Logged(e, args)}");
            return InternalError;
        }
    }

    /// <summary>The one exception of a task's <see cref="AggregateException"/>, or the exception itself.</summary>
    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } one ? Unwrap(one.InnerExceptions[0]) : e;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();

    /// <summary>Writes the whole exception to a log file in the temp folder; says where, or why it could not.</summary>
    private static string Logged(Exception e, string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ltvkit-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        try
        {
            File.WriteAllText(path, $"ltvkit {string.Join(' ', args)}\n{DateTime.UtcNow:O}\n\n{e}\n");
            return $"The details are in {path}; please send that file with the report of the problem.";
        }
        catch (Exception logError) when (logError is IOException or UnauthorizedAccessException)
        {
            return $"The details could not be written to {path} ({logError.Message}).";
        }
    }
}
