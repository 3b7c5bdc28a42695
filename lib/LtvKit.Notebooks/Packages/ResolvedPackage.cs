namespace LtvKit.Notebooks.Packages;

/// <summary>A package a restore brought in, with the runtime DLLs it adds to the session.</summary>
/// <param name="Id">The package id as NuGet spells it.</param>
/// <param name="Version">The version NuGet chose.</param>
/// <param name="AssemblyPaths">Full paths of the runtime DLLs for this framework and machine.</param>
internal sealed record ResolvedPackage(string Id, string Version, IReadOnlyList<string> AssemblyPaths);
