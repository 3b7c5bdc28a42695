using System.Diagnostics;
using System.Text;

namespace LtvKit.Tests.Cli;

/// <summary>Runs the built <c>ltvkit</c> command as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunIn(TestShop.RepoRoot(), args);

    public static Result RunIn(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    /// <summary>Runs with <paramref name="input"/> written to the process's standard input, a pipe (then closed).</summary>
    public static Result RunPiped(byte[] input, params string[] args) => Start(TestShop.RepoRoot(), input, args);

    /// <summary>Runs with standard input redirected from <paramref name="file"/> (<c>&lt; file</c>: a seekable descriptor 0, as a shell makes it).</summary>
    public static Result RunWithStdinFrom(string file, params string[] args) =>
        Start(TestShop.RepoRoot(), null, ["-c", "exec dotnet \"$0\" \"$@\" < \"$LTVKIT_TEST_STDIN\"", Dll, .. args], shell: true, stdinFile: file);

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "LtvKit.Cli.dll");

    private static Result Start(string workingDirectory, byte[]? input, string[] args, bool shell = false, string? stdinFile = null)
    {
        var start = new ProcessStartInfo(shell ? "/bin/sh" : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (stdinFile is not null)
            start.Environment["LTVKIT_TEST_STDIN"] = stdinFile;
        if (!shell)
            start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            try
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The command stopped reading (it refused its arguments): its exit code and message tell.
            }
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ltvkit " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
