using Plotly.NET;

namespace LtvKit.Charts;

/// <summary>Builds Plotly.NET charts from explicit trace and layout properties, in the house style.</summary>
/// <remarks>
/// Traces are Plotly.NET <see cref="Trace2D"/> objects with their plotly.js attributes set by name, so the JSON a
/// chart serialises to is exactly what the report's page script expects when it updates a chart in place.
/// </remarks>
internal static class PlotlyFigure
{
    /// <summary>Height of every chart, in CSS pixels: readable on a laptop, two fit on an A4 page.</summary>
    public const int Height = 380;

    public static Trace Trace(string type, params (string Name, object? Value)[] properties)
    {
        var trace = new Trace2D(type);
        foreach (var (name, value) in properties)
        {
            if (value is not null)
                trace.SetProperty(name, value);
        }
        return trace;
    }

    /// <summary>An axis in the house style; <paramref name="extra"/> adds or overrides attributes.</summary>
    public static Dictionary<string, object?> Axis(string title, params (string Name, object? Value)[] extra)
    {
        var axis = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = new { text = title, standoff = 8 },
            ["gridcolor"] = "#e9ecf1",
            ["linecolor"] = "#c4cad3",
            ["zeroline"] = false,
            ["ticks"] = "outside",
            ["tickcolor"] = "#c4cad3",
            ["automargin"] = true,
        };
        foreach (var (name, value) in extra)
            axis[name] = value;
        return axis;
    }

    /// <summary>A chart of <paramref name="traces"/> with a title, the house font and margins, and <paramref name="layout"/> on top.</summary>
    public static GenericChart Of(IEnumerable<Trace> traces, string title, params (string Name, object? Value)[] layout)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = new { text = title, x = 0, xanchor = "left", font = new { size = 15 } },
            ["font"] = new { family = ChartLabels.FontFamily, size = 12, color = "#27303d" },
            ["height"] = Height,
            ["margin"] = new { l = 64, r = 24, t = 56, b = 48 },
            ["paper_bgcolor"] = "#ffffff",
            ["plot_bgcolor"] = "#ffffff",
            ["separators"] = ".,",
            ["hovermode"] = "closest",
            ["hoverlabel"] = new { font = new { family = ChartLabels.FontFamily } },
            ["legend"] = new { orientation = "h", x = 1, xanchor = "right", y = 1.02, yanchor = "bottom", bgcolor = "rgba(255,255,255,0)", traceorder = "normal" },
        };
        foreach (var (name, value) in layout)
            properties[name] = value;
        var plotlyLayout = new Layout();
        foreach (var (name, value) in properties)
        {
            if (value is not null)
                plotlyLayout.SetProperty(name, value);
        }
        var chart = GenericChart.ofTraceObjects(false, traces.ToList());
        return GenericChart.addLayout(plotlyLayout, chart);
    }

    /// <summary>A dashed reference line.</summary>
    public static object Line(string xref, object x0, object x1, string yref, object y0, object y1, string color = ChartLabels.LineColor, string dash = "dash") =>
        new { type = "line", xref, yref, x0, x1, y0, y1, line = new { color, width = 1.5, dash }, layer = "above" };

    /// <summary>A small label next to a reference line.</summary>
    public static object Note(string text, string xref, object x, string yref, object y, string xanchor = "left", string yanchor = "bottom") =>
        new { text, xref, yref, x, y, xanchor, yanchor, showarrow = false, font = new { size = 11, color = ChartLabels.LineColor }, bgcolor = "rgba(255,255,255,0.85)" };
}
