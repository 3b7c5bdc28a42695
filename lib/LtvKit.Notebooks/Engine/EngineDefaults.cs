using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Engine;

/// <summary>Every default of the engine, in one place, each with the reason for its number.</summary>
public static class EngineDefaults
{
    /// <summary>
    /// 10 minutes. A tutorial cell on a shop of 10^6 order lines takes seconds and a CLV fit on
    /// 10^7 lines a few minutes; an endless loop is caught without killing a slow but real cell.
    /// </summary>
    public static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// 2 seconds. After a timeout or a cancellation the cell's <c>Cancellation</c> token fires; a
    /// cell that checks it stops well within this, and the session is kept. A cell still running
    /// after it is abandoned and the session reset.
    /// </summary>
    public static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// <c>kernelspecs/ltvkit-csharp/plotly.min.js</c>: where the Jupyter server serves the plotly.js
    /// that <c>ltvkit kernel install</c> writes beside kernel.json (the kernel started under another
    /// <c>--name</c> uses its own folder). Charts in the kit's notebooks load it from there when the
    /// page lacks plotly.js, never from the network.
    /// </summary>
    public static readonly string PlotlyJsPath = PlotlyJs.ServedPath(KernelMetadata.Name);

    /// <summary>20 rows: a table a reader takes in at a glance, and what pandas-style notebooks show.</summary>
    public const int MaxDisplayRows = 20;

    /// <summary>
    /// The namespaces every cell sees: what a C# console template imports implicitly, so tutorial
    /// cells need no <c>using</c> lines.
    /// </summary>
    public static readonly IReadOnlyList<string> Imports =
    [
        "System",
        "System.Collections.Generic",
        "System.IO",
        "System.Linq",
        "System.Net.Http",
        "System.Text",
        "System.Threading",
        "System.Threading.Tasks",
    ];
}
