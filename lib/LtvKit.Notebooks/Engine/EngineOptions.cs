using System.Reflection;

namespace LtvKit.Notebooks.Engine;

/// <summary>How a <see cref="NotebookEngine"/> session starts: what it references and imports, where it runs, how long a cell may take.</summary>
/// <remarks>
/// <para>
/// The host hands the session what every notebook of the kit needs, so notebooks carry no
/// <c>#r</c> for the kit: the CLI passes the LtvKit assembly in <see cref="DefaultReferences"/> and
/// <c>LtvKit</c> in <see cref="DefaultImports"/>. Each default reference brings the assemblies it
/// references (Plotly.NET, Microsoft.Data.Analysis …) as host-loaded assemblies, so a chart or a
/// DataFrame made in a cell is the very type the host's formatters know.
/// </para>
/// <para>Every default lives in <see cref="EngineDefaults"/>.</para>
/// </remarks>
public sealed record EngineOptions
{
    /// <summary>Assemblies the host has loaded that every cell may use, without <c>#r</c>.</summary>
    public IReadOnlyList<Assembly> DefaultReferences { get; init; } = [];

    /// <summary>Namespaces every cell imports. Default: <see cref="EngineDefaults.Imports"/>; a host adds its own to them.</summary>
    public IReadOnlyList<string> DefaultImports { get; init; } = EngineDefaults.Imports;

    /// <summary>
    /// The notebook's folder: relative <c>#r</c> and <c>#i</c> paths resolve against it, and it is
    /// the process's current directory while a cell runs (so <c>File.ReadAllText("data.csv")</c>
    /// reads beside the notebook, as in Jupyter). Null: the current directory at the engine's start.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How long one cell may run (restore and compile not included). <see cref="Timeout.InfiniteTimeSpan"/>: no limit.</summary>
    public TimeSpan CellTimeout { get; init; } = EngineDefaults.CellTimeout;

    /// <summary>How long a timed-out or cancelled cell has to stop by itself before the session is abandoned.</summary>
    public TimeSpan CancellationGrace { get; init; } = EngineDefaults.CancellationGrace;

    /// <summary>How many rows a table display shows (DataFrames, lists of records).</summary>
    public int MaxDisplayRows { get; init; } = EngineDefaults.MaxDisplayRows;

    /// <summary>Where a chart's HTML loads plotly.js from when the page lacks it, under the Jupyter server's base URL. Default: <see cref="EngineDefaults.PlotlyJsPath"/>.</summary>
    public string PlotlyJsPath { get; init; } = EngineDefaults.PlotlyJsPath;

    /// <summary>
    /// Where <c>#r "nuget: …"</c> restores go. Null: NuGet's own global packages folder
    /// (<c>~/.nuget/packages</c>, or <c>NUGET_PACKAGES</c>), which is what lets restores work offline.
    /// </summary>
    public string? PackagesFolder { get; init; }
}
