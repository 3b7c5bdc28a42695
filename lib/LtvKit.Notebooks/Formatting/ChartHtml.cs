using System.Globalization;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace LtvKit.Notebooks.Formatting;

/// <summary>A Plotly.NET chart as an output: Plotly.NET's own chart div, drawn by a small loader.</summary>
/// <remarks>
/// Plotly.NET's chart HTML defines <c>renderPlotly_…()</c> and calls it at once, which needs
/// <c>Plotly</c> already on the page. The loader calls it at once when the page has plotly.js (the
/// exported HTML puts it in the head, once); otherwise (VS Code, Jupyter) it loads plotly.js once
/// per page, through require.js when the front end has it, and then draws every waiting chart.
/// </remarks>
internal static partial class ChartHtml
{
    public static Dictionary<string, string> Format(GenericChart chart)
    {
        var html = GenericChart.toChartHTML(chart);
        var call = RenderCall().Match(html);
        if (call.Success)
            html = string.Concat(html.AsSpan(0, call.Index), Loader(call.Groups[1].Value), html.AsSpan(call.Index + call.Length));
        var traces = GenericChart.countTrace(chart);
        return new()
        {
            [MimeTypes.Html] = html,
            [MimeTypes.PlainText] = string.Create(CultureInfo.InvariantCulture, $"Plotly chart ({traces} {(traces == 1 ? "trace" : "traces")})"),
        };
    }

    private static string Loader(string render) => $$"""
        (function (render) {
          if (window.Plotly) { render(); return; }
          var queue = window.ltvkitPlotlyQueue = window.ltvkitPlotlyQueue || [];
          queue.push(render);
          if (queue.length > 1) { return; }
          var drawAll = function () { while (queue.length) { queue.shift()(); } };
          if (typeof window.requirejs === 'function') {
            window.requirejs.config({ paths: { ltvkitPlotly: '{{PlotlyJs.CdnUrlWithoutExtension}}' } });
            window.requirejs(['ltvkitPlotly'], function (plotly) { window.Plotly = window.Plotly || plotly; drawAll(); });
          } else {
            var script = document.createElement('script');
            script.src = '{{PlotlyJs.CdnUrlWithoutExtension}}.js';
            script.onload = drawAll;
            document.head.appendChild(script);
          }
        })({{render}});
        """;

    [GeneratedRegex(@"(renderPlotly_[A-Za-z0-9_]+)\(\);")]
    private static partial Regex RenderCall();
}
