using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using System.Text.Json;

namespace LtvKit.Notebooks.Packages;

/// <summary>Resolves <c>#r "nuget: …"</c> with the machine's .NET SDK: a throw-away project, <c>dotnet restore</c>, then <c>project.assets.json</c>.</summary>
/// <remarks>
/// <para>
/// Every restore asks for all the packages of the session so far, so NuGet resolves them together
/// and a later package cannot silently pull an earlier one to another version.
/// </para>
/// <para>
/// Offline: NuGet takes a package straight from the global packages folder when the exact version
/// asked is there, without asking any source. When a source cannot be reached anyway (a range that
/// needs the list of versions), the restore is tried once more with the global packages folder
/// itself as the only source (it has the layout of a local feed).
/// </para>
/// </remarks>
internal sealed class PackageRestorer : IDisposable
{
    private readonly string _folder;
    private readonly string? _packagesFolder;

    public PackageRestorer(string? packagesFolder)
    {
        _packagesFolder = packagesFolder;
        _folder = Path.Combine(Path.GetTempPath(), "ltvkit-notebook-restore", Guid.NewGuid().ToString("N"));
    }

    /// <summary>Restores the packages; returns them with their DLLs, or throws <see cref="PackageRestoreException"/> with NuGet's own error lines.</summary>
    public async Task<RestoreOutcome> RestoreAsync(IReadOnlyList<(string Id, string? Version)> packages, IReadOnlyList<string> extraSources, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var project = Path.Combine(_folder, "restore.csproj");
        await File.WriteAllTextAsync(project, ProjectText(packages), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nuget.config"), ConfigText(extraSources), cancellationToken).ConfigureAwait(false);

        var (exitCode, output) = await RunRestoreAsync(project, sourceOverride: null, cancellationToken).ConfigureAwait(false);
        var offline = false;
        if (exitCode != 0 && LooksUnreachable(output))
        {
            var local = extraSources.Prepend(GlobalPackagesFolder()).Where(Directory.Exists).ToList();
            (exitCode, output) = await RunRestoreAsync(project, local, cancellationToken).ConfigureAwait(false);
            offline = true;
        }
        if (exitCode != 0)
            throw new PackageRestoreException(ErrorLines(output));

        var assets = Path.Combine(_folder, "obj", "project.assets.json");
        await using var stream = File.OpenRead(assets);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new RestoreOutcome(ReadAssets(json.RootElement), offline);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
                Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the OS cleans its temp space.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal static string TargetFramework => string.Create(CultureInfo.InvariantCulture, $"net{Environment.Version.Major}.{Environment.Version.Minor}");

    internal static string ProjectText(IEnumerable<(string Id, string? Version)> packages)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        text.AppendLine("  <PropertyGroup>");
        text.AppendLine(CultureInfo.InvariantCulture, $"    <TargetFramework>{TargetFramework}</TargetFramework>");
        text.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        text.AppendLine("    <NuGetAudit>false</NuGetAudit>");
        text.AppendLine("    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("  <ItemGroup>");
        foreach (var (id, version) in packages)
            text.AppendLine(CultureInfo.InvariantCulture, $"    <PackageReference Include=\"{SecurityElement.Escape(id)}\" Version=\"{SecurityElement.Escape(version ?? "*")}\" />");
        text.AppendLine("  </ItemGroup>");
        text.AppendLine("</Project>");
        return text.ToString();
    }

    internal static string ConfigText(IEnumerable<string> extraSources)
    {
        var text = new StringBuilder();
        text.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        text.AppendLine("<configuration>");
        text.AppendLine("  <packageSources>");
        var n = 0;
        foreach (var source in extraSources)
            text.AppendLine(CultureInfo.InvariantCulture, $"    <add key=\"notebook-source-{++n}\" value=\"{SecurityElement.Escape(source)}\" />");
        text.AppendLine("  </packageSources>");
        text.AppendLine("</configuration>");
        return text.ToString();
    }

    private string GlobalPackagesFolder() =>
        _packagesFolder
        ?? Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private async Task<(int ExitCode, string Output)> RunRestoreAsync(string project, IReadOnlyList<string>? sourceOverride, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var argument in (string[])["restore", project, "--nologo", "-v", "q", "--disable-build-servers",
                     "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryBuildTargets=false", "-p:ImportDirectoryPackagesProps=false"])
            start.ArgumentList.Add(argument);
        if (_packagesFolder is not null)
        {
            start.ArgumentList.Add("--packages");
            start.ArgumentList.Add(_packagesFolder);
        }
        foreach (var source in sourceOverride ?? [])
        {
            start.ArgumentList.Add("--source");
            start.ArgumentList.Add(source);
        }
        // A host started by the SDK (dotnet test, dotnet run) passes MSBuild settings down; the child SDK must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start) ?? throw new PackageRestoreException(["could not start 'dotnet restore'"]);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }

    /// <summary>The <c>dotnet</c> of the running runtime (so the SDK matches it), else the one on PATH.</summary>
    private static string DotnetExecutable()
    {
        var fromHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromHost) && File.Exists(fromHost))
            return fromHost;
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ → .../dotnet/dotnet
        var root = Path.GetFullPath(Path.Combine(HostAssemblies.FrameworkDirectory, "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    private static bool LooksUnreachable(string output) =>
        output.Contains("NU1301", StringComparison.Ordinal) || output.Contains("NU1801", StringComparison.Ordinal);

    private static List<string> ErrorLines(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Select(StripProjectSuffix)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return lines.Count > 0 ? lines : [output.Trim()];
    }

    /// <summary>"…/restore.csproj : error NU1101: Unable to find package X. [/tmp/…/restore.csproj]" → "error NU1101: Unable to find package X."</summary>
    private static string StripProjectSuffix(string line)
    {
        var marker = line.IndexOf(": error ", StringComparison.Ordinal);
        if (marker >= 0)
            line = line[(marker + 2)..];
        var bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        if (bracket > 0 && line.EndsWith(']'))
            line = line[..bracket];
        return line;
    }

    internal static List<ResolvedPackage> ReadAssets(JsonElement root)
    {
        var packageFolders = root.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToList();
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").EnumerateObject().First().Value;
        var rids = CompatibleRuntimeIdentifiers();
        var result = new List<ResolvedPackage>();
        foreach (var entry in target.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("type", out var type) || type.GetString() != "package")
                continue;
            var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
            var (id, version) = (entry.Name[..slash], entry.Name[(slash + 1)..]);
            var relative = libraries.GetProperty(entry.Name).GetProperty("path").GetString()!;
            var folder = packageFolders.Select(f => Path.Combine(f, relative)).FirstOrDefault(Directory.Exists) ?? Path.Combine(packageFolders[0], relative);

            var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (entry.Value.TryGetProperty("runtime", out var runtime))
            {
                foreach (var asset in runtime.EnumerateObject())
                    AddAsset(files, folder, asset.Name);
            }
            // RID-specific builds replace the portable one of the same name, most specific RID last.
            if (entry.Value.TryGetProperty("runtimeTargets", out var runtimeTargets))
            {
                foreach (var rid in rids.AsEnumerable().Reverse())
                {
                    foreach (var asset in runtimeTargets.EnumerateObject())
                    {
                        if (asset.Value.TryGetProperty("assetType", out var kind) && kind.GetString() == "runtime"
                            && asset.Value.TryGetProperty("rid", out var assetRid) && assetRid.GetString() == rid)
                            AddAsset(files, folder, asset.Name);
                    }
                }
            }
            result.Add(new ResolvedPackage(id, version, [.. files.Values]));
        }
        return result;
    }

    private static void AddAsset(Dictionary<string, string> files, string folder, string asset)
    {
        if (!asset.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            return; // "_._" marks a package with nothing to load on this framework
        files[Path.GetFileName(asset)] = Path.GetFullPath(Path.Combine(folder, asset));
    }

    /// <summary>This machine's runtime identifier and the ones it falls back to, most specific first.</summary>
    private static List<string> CompatibleRuntimeIdentifiers()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var list = new List<string> { rid, $"{os}-{arch}", os };
        if (!OperatingSystem.IsWindows())
            list.AddRange([$"unix-{arch}", "unix"]);
        list.Add("any");
        return [.. list.Distinct()];
    }
}

/// <summary>The packages of a restore, and whether they came from the local cache because the sources were unreachable.</summary>
internal sealed record RestoreOutcome(IReadOnlyList<ResolvedPackage> Packages, bool FromLocalCacheOnly);
