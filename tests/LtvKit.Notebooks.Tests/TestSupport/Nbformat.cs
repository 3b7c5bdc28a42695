using System.Diagnostics;
using Xunit.Abstractions;

namespace LtvKit.Notebooks.Tests.TestSupport;

/// <summary>Checks a notebook file with Jupyter's own validator (Debian's python3-nbformat, installed by ./test.sh).</summary>
internal static class Nbformat
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Asserts the notebook is valid nbformat 4; when the validator is not installed, says so in the test output and checks nothing.</summary>
    public static void AssertValid(string path, ITestOutputHelper output)
    {
        if (!File.Exists(Python))
        {
            output.WriteLine($"nbformat validation SKIPPED: {Python} is missing (./test.sh installs python3-nbformat).");
            return;
        }
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (error.Result.Contains("No module named 'nbformat'", StringComparison.Ordinal))
        {
            output.WriteLine($"nbformat validation SKIPPED: {Python} has no nbformat module (apt-get install python3-nbformat; ./test.sh does).");
            return;
        }
        Assert.True(process.ExitCode == 0, $"nbformat says {path} is not a valid notebook:\n{error.Result}");
        output.WriteLine($"nbformat: {Path.GetFileName(path)} is valid");
    }
}
