using System.Text.RegularExpressions;
using Plotly.NET;

namespace LtvKit.Notebooks.Formatting;

/// <summary>The plotly.js that Plotly.NET carries, for pages that must draw charts offline.</summary>
/// <remarks>
/// Plotly.NET embeds the minified plotly.js as a resource of its assembly; its
/// <c>PlotlyJSReference.Full</c> option copies that resource into each chart's page. The exporter
/// reads the same resource once and puts it once in the page's head; <c>ltvkit kernel install</c>
/// writes it into the kernelspec folder, where Jupyter servers serve it to the chart loader.
/// </remarks>
public static partial class PlotlyJs
{
    private static readonly Lazy<(string Name, string Version)> Resource = new(FindResource);
    private static readonly Lazy<string> SourceText = new(ReadSource);

    /// <summary>The file name of the plotly.js that <c>ltvkit kernel install</c> writes beside kernel.json.</summary>
    public const string FileName = "plotly.min.js";

    /// <summary>The plotly.js version Plotly.NET ships (2.28.0 with Plotly.NET 6.0.0).</summary>
    public static string Version => Resource.Value.Version;

    /// <summary>The whole minified plotly.js (about 3.6 MB).</summary>
    public static string Source => SourceText.Value;

    /// <summary>
    /// Where a Jupyter server serves the plotly.js of the kernelspec <paramref name="kernelName"/>,
    /// under its base URL: <c>kernelspecs/NAME/plotly.min.js</c> (a server serves every file of a
    /// kernelspec's folder there).
    /// </summary>
    public static string ServedPath(string kernelName) => $"kernelspecs/{kernelName}/{FileName}";

    private static (string, string) FindResource()
    {
        foreach (var name in typeof(GenericChart).Assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(name);
            if (match.Success)
                return (name, match.Groups[1].Value);
        }
        throw new InvalidOperationException("Plotly.NET no longer embeds plotly.min.js as a resource; the HTML export needs it.");
    }

    private static string ReadSource()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(Resource.Value.Name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^Plotly\.NET\.plotly-(\d+\.\d+\.\d+)\.min\.js$")]
    private static partial Regex ResourceName();
}
