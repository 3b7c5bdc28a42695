using LtvKit.Ingest;

namespace LtvKit.Cli;

/// <summary>Refuses a run whose output would replace one of its inputs — before anything is read or written.</summary>
/// <remarks>
/// <c>--out orders.csv</c> on the client's export would otherwise replace it with the JSON, and the export is the one
/// file the consultant cannot make again. Paths are compared as the file system sees them: made absolute, every
/// symbolic link on the way resolved (a link to the export is the export), and without regard to case where the file
/// system ignores case (Windows, macOS). A hard link to the same file under another name is not detected.
/// </remarks>
internal static class OutputPaths
{
    /// <summary>Throws when an output names the same file as an input.</summary>
    /// <param name="outputs">Each output option and its path (null when not given).</param>
    /// <param name="inputs">Each input option and its path (null when not given).</param>
    /// <exception cref="InputException">An output is an input: the message names both options and the file.</exception>
    public static void RefuseInputs(IEnumerable<(string Option, string? Path)> outputs, IEnumerable<(string Option, string? Path)> inputs)
    {
        var known = inputs.Where(i => i.Path is not null).Select(i => (i.Option, i.Path, Real: Real(i.Path!))).ToList();
        foreach (var (option, path) in outputs)
        {
            if (path is null)
                continue;
            var real = Real(path);
            foreach (var input in known)
            {
                if (string.Equals(real, input.Real, Comparison))
                    throw new InputException($"{option} {path} is the {input.Option} file ({input.Path}): writing it would replace the input. Choose another output file.");
            }
        }
    }

    /// <summary>Names compare without case where the file system does (Windows, macOS), exactly elsewhere.</summary>
    private static StringComparison Comparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The absolute path with every symbolic link along it resolved; parts that do not exist yet are kept as written.</summary>
    internal static string Real(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            real = info.Exists && info.LinkTarget is not null ? Real(Path.GetFullPath(info.LinkTarget, real)) : next;
        }
        return real;
    }
}
