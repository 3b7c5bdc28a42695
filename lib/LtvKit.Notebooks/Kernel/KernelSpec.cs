using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Kernel;

/// <summary>A Jupyter kernelspec: the <c>kernel.json</c> that tells Jupyter, VS Code and nbconvert how to start the kit's kernel.</summary>
/// <remarks>
/// <para>
/// A kernelspec is a folder named after the kernel (<c>kernels/ltvkit-csharp/</c>) under one of
/// Jupyter's data folders, holding <c>kernel.json</c>:
/// <code>
/// { "argv": ["/usr/share/dotnet/dotnet", "/…/LtvKit.Cli.dll", "kernel", "-f", "{connection_file}", "--name", "ltvkit-csharp"],
///   "display_name": "C# (LtvKit)", "language": "csharp", "interrupt_mode": "message", "metadata": {} }
/// </code>
/// Jupyter replaces <c>{connection_file}</c> with the path of the file it wrote. With
/// <c>interrupt_mode: message</c> the client interrupts by an <c>interrupt_request</c> on the control
/// channel rather than by SIGINT (which Windows lacks).
/// </para>
/// <para>
/// Beside it goes <see cref="PlotlyJs.FileName"/>, the plotly.js that Plotly.NET ships: Jupyter servers
/// serve a kernelspec's files at <c>{base URL}/kernelspecs/NAME/FILE</c>, which is where a chart's
/// HTML loads plotly.js from in a front end without the plotly MIME renderer (classic Notebook,
/// JupyterLab without the extension), offline. The kernel is told its name (<c>--name</c>) so its
/// charts ask for their own folder.
/// </para>
/// </remarks>
public sealed partial record KernelSpec(IReadOnlyList<string> Argv)
{
    /// <summary>Replaced by Jupyter with the connection file's path.</summary>
    public const string ConnectionFilePlaceholder = "{connection_file}";

    /// <summary>Interrupts arrive as messages on the control channel.</summary>
    public const string InterruptMode = "message";

    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string DisplayName { get; init; } = KernelMetadata.DisplayName;

    /// <summary>The kernel.json text.</summary>
    public string ToJson() => new JsonObject
    {
        ["argv"] = new JsonArray([.. Argv.Select(a => (JsonNode)a)]),
        ["display_name"] = DisplayName,
        ["language"] = KernelMetadata.Language,
        ["interrupt_mode"] = InterruptMode,
        ["metadata"] = new JsonObject(),
    }.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes <c>KERNELS/NAME/kernel.json</c> and <c>plotly.min.js</c> (replacing older ones); returns the kernelspec's folder.</summary>
    public string WriteTo(string kernelsFolder, string name)
    {
        ArgumentNullException.ThrowIfNull(kernelsFolder);
        if (!IsValidName(name))
            throw new ArgumentException(NameRule(name), nameof(name));
        var folder = Path.Combine(kernelsFolder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), ToJson());
        File.WriteAllText(Path.Combine(folder, PlotlyJs.FileName), PlotlyJs.Source);
        return folder;
    }

    /// <summary>Jupyter's rule for kernel names: ASCII letters and digits, '-', '.', '_'.</summary>
    public static bool IsValidName(string? name) => name is { Length: > 0 } && ValidName().IsMatch(name);

    /// <summary>What is wrong with <paramref name="name"/>, in words.</summary>
    public static string NameRule(string? name) =>
        $"'{name}' is not a kernel name: Jupyter allows ASCII letters, digits, '-', '.' and '_' (for example {KernelMetadata.Name}).";

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ValidName();
}
