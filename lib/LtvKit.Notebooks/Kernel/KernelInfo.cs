using System.Reflection;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Ipynb;
using Microsoft.CodeAnalysis.CSharp;

namespace LtvKit.Notebooks.Kernel;

/// <summary>What the kernel says about itself in <c>kernel_info_reply</c>: protocol, implementation, the language of its cells.</summary>
internal static class KernelInfo
{
    /// <summary>The implementation name in kernel_info_reply.</summary>
    public const string Implementation = "ltvkit";

    /// <summary>The kit's version (the assembly's informational version without the commit).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The C# version the engine compiles cells with: Roslyn's newest.</summary>
    public static string LanguageVersion { get; } = Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();

    public static string Banner =>
        $"LtvKit C# kernel {Version} — C# {LanguageVersion} on .NET {Environment.Version} (Roslyn scripting). "
        + "display(x) shows a value; a long loop that checks Cancellation stops cleanly on an interrupt.";

    public static JsonObject Content() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = KernelSession.ProtocolVersion,
        ["implementation"] = Implementation,
        ["implementation_version"] = Version,
        ["language_info"] = new JsonObject
        {
            ["name"] = KernelMetadata.Language,
            ["version"] = LanguageVersion,
            ["mimetype"] = KernelMetadata.LanguageMimeType,
            ["file_extension"] = KernelMetadata.LanguageFileExtension,
            ["pygments_lexer"] = KernelMetadata.Language,
            ["codemirror_mode"] = KernelMetadata.LanguageMimeType,
        },
        ["banner"] = Banner,
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };

    private static string ReadVersion()
    {
        var assembly = typeof(KernelInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is not null)
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus > 0 ? informational[..plus] : informational;
        }
        return assembly.GetName().Version?.ToString() ?? "0";
    }
}
