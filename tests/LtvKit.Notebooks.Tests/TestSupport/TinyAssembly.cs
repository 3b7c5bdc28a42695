using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LtvKit.Notebooks.Tests.TestSupport;

/// <summary>Compiles a small library with Roslyn, for the <c>#r</c> tests.</summary>
internal static class TinyAssembly
{
    public static void Build(string path, string assemblyName, string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
