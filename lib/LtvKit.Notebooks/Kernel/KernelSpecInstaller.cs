using System.ComponentModel;
using System.Diagnostics;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Installs and removes the kit's kernelspec in one of Jupyter's kernels folders.</summary>
/// <remarks>
/// <para>
/// The kernels folder is <c>PREFIX/share/jupyter/kernels</c> (a virtual environment, or a test's
/// folder), or <c>kernels</c> in the user's Jupyter data folder: what <c>jupyter --data-dir</c>
/// prints, or by Jupyter's own rule when <c>jupyter</c> is not installed (which is where VS Code
/// looks too).
/// </para>
/// <para>
/// The kernelspec's argv names, by full path, the <c>dotnet</c> that runs the installer and the
/// kit's program it is given: <c>dotnet PROGRAM kernel -f {connection_file} --name NAME</c>. Moving
/// the program means installing again; a rebuild in place needs nothing.
/// </para>
/// </remarks>
public sealed class KernelSpecInstaller
{
    /// <summary>How long <c>jupyter --data-dir</c> may take before the installer falls back to Jupyter's default folder.</summary>
    private static readonly TimeSpan JupyterAnswerWait = TimeSpan.FromSeconds(20);

    private KernelSpecInstaller(string kernelsFolder) => KernelsFolder = kernelsFolder;

    /// <summary>The folder holding one folder per kernelspec.</summary>
    public string KernelsFolder { get; }

    /// <summary>The installer for <c>PREFIX/share/jupyter/kernels</c>.</summary>
    public static KernelSpecInstaller ForPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return new KernelSpecInstaller(Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels"));
    }

    /// <summary>The installer for the current user's Jupyter data folder's <c>kernels</c>.</summary>
    public static KernelSpecInstaller ForUser() => new(Path.Combine(UserDataFolder(), "kernels"));

    /// <summary>
    /// The kernelspec that starts <paramref name="program"/> (the kit's CLI assembly) as the kernel
    /// <paramref name="name"/>, with the <c>dotnet</c> that runs now.
    /// </summary>
    public static KernelSpec SpecFor(string program, string name, string displayName) =>
        new([DotnetHost(), program, "kernel", "-f", KernelSpec.ConnectionFilePlaceholder, "--name", name]) { DisplayName = displayName };

    /// <summary>Writes <paramref name="spec"/> as the kernelspec <paramref name="name"/> (replacing an older one); returns its folder.</summary>
    /// <exception cref="KernelSpecException">The folder cannot be written.</exception>
    public string Install(KernelSpec spec, string name)
    {
        ArgumentNullException.ThrowIfNull(spec);
        try
        {
            return spec.WriteTo(KernelsFolder, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KernelSpecException($"cannot write the kernelspec in {KernelsFolder}: {e.Message}", e);
        }
    }

    /// <summary>Removes the kernelspec <paramref name="name"/>; returns the folder it was in.</summary>
    /// <exception cref="KernelSpecException">There is no such kernelspec, or its folder cannot be removed.</exception>
    public string Uninstall(string name)
    {
        if (!KernelSpec.IsValidName(name))
            throw new ArgumentException(KernelSpec.NameRule(name), nameof(name));
        var folder = Path.Combine(KernelsFolder, name);
        if (!File.Exists(Path.Combine(folder, "kernel.json")))
            throw new KernelSpecException($"no kernel named '{name}' in {KernelsFolder} (nothing removed).");
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KernelSpecException($"cannot remove {folder}: {e.Message}", e);
        }
        return folder;
    }

    /// <summary>What <c>jupyter --data-dir</c> prints; Jupyter's own default when jupyter is not on the PATH.</summary>
    private static string UserDataFolder()
    {
        try
        {
            var start = new ProcessStartInfo("jupyter") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--data-dir");
            using var process = Process.Start(start);
            if (process is not null)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                if (process.WaitForExit(JupyterAnswerWait) && process.ExitCode == 0 && output.Result.Trim() is { Length: > 0 } folder && !folder.Contains('\n', StringComparison.Ordinal))
                    return folder;
                if (!process.HasExited)
                    process.Kill();
            }
        }
        catch (Win32Exception)
        {
            // jupyter is not installed or not on the PATH: use Jupyter's rule below, as VS Code does.
        }
        return DefaultUserDataFolder();
    }

    /// <summary>Jupyter's user data folder by its own rule: JUPYTER_DATA_DIR, else %APPDATA%\jupyter, ~/Library/Jupyter, or $XDG_DATA_HOME/jupyter (~/.local/share/jupyter).</summary>
    private static string DefaultUserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } explicitFolder)
            return explicitFolder;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetEnvironmentVariable("APPDATA") is { Length: > 0 } appData ? appData : Path.Combine(home, "AppData", "Roaming"), "jupyter");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter");
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share");
        return Path.Combine(dataHome, "jupyter");
    }

    /// <summary>
    /// The full path of the <c>dotnet</c> that runs the kit now, so the kernel starts with the same
    /// .NET even when VS Code's PATH lacks it; plain "dotnet" when it cannot be found.
    /// </summary>
    private static string DotnetHost()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } process && string.Equals(Path.GetFileName(process), executable, StringComparison.OrdinalIgnoreCase))
            return process;
        // …/dotnet/shared/Microsoft.NETCore.App/10.0.x/ → …/dotnet/dotnet
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        if (root is not null && File.Exists(Path.Combine(root, executable)))
            return Path.Combine(root, executable);
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        return "dotnet";
    }
}
