using System.Globalization;
using System.Text.RegularExpressions;
using Plotly.NET;

namespace LtvKit.Notebooks.Formatting;

/// <summary>A Plotly.NET chart as an output: the figure JSON for front ends that render Plotly themselves, and an HTML fallback drawn by a small loader.</summary>
/// <remarks>
/// <para>
/// <c>application/vnd.plotly.v1+json</c> is the figure (<c>{data, layout, config}</c>): VS Code, and
/// JupyterLab with the plotly extension, draw it with their own plotly.js, offline.
/// </para>
/// <para>
/// <c>text/html</c> is Plotly.NET's chart div, whose <c>renderPlotly_…()</c> needs <c>Plotly</c> on
/// the page. The loader calls it at once when the page has plotly.js (the exported HTML puts it in
/// the head, once); otherwise (classic Notebook, JupyterLab without the extension) it loads plotly.js
/// once per page from the Jupyter server that serves the notebook — the copy <c>ltvkit kernel
/// install</c> put in the kernelspec folder, at <c>{base URL}/kernelspecs/NAME/plotly.min.js</c> —
/// through require.js when the front end has it, and then draws every waiting chart. Never from the
/// network. <c>text/plain</c> says what the chart is.
/// </para>
/// </remarks>
internal static partial class ChartHtml
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <param name="plotlyJsPath">Where the loader finds plotly.js, under the Jupyter server's base URL (<c>kernelspecs/ltvkit-csharp/plotly.min.js</c>).</param>
    public static Dictionary<string, string> Format(GenericChart chart, string plotlyJsPath)
    {
        var html = GenericChart.toChartHTML(chart);
        var call = RenderCall().Match(html);
        if (call.Success)
            html = string.Concat(html.AsSpan(0, call.Index), Loader(call.Groups[1].Value, plotlyJsPath), html.AsSpan(call.Index + call.Length));
        var traces = GenericChart.countTrace(chart);
        return new()
        {
            [PlotlyMimeType] = GenericChart.toJson(chart),
            [MimeTypes.Html] = html,
            [MimeTypes.PlainText] = string.Create(CultureInfo.InvariantCulture, $"Plotly chart ({traces} {(traces == 1 ? "trace" : "traces")})"),
        };
    }

    private static string Loader(string render, string plotlyJsPath) => $$"""
        (function (render) {
          if (window.Plotly) { render(); return; }
          var queue = window.ltvkitPlotlyQueue = window.ltvkitPlotlyQueue || [];
          queue.push(render);
          if (queue.length > 1) { return; }
          var drawAll = function () { while (queue.length) { queue.shift()(); } };
          var base = document.body && document.body.getAttribute('data-base-url') || '/';
          var config = document.getElementById('jupyter-config-data');
          if (config) { try { base = JSON.parse(config.textContent).baseUrl || base; } catch (e) { } }
          var url = base.replace(/\/?$/, '/') + '{{plotlyJsPath}}';
          if (typeof window.requirejs === 'function') {
            window.requirejs.config({ paths: { ltvkitPlotly: url.replace(/\.js$/, '') } });
            window.requirejs(['ltvkitPlotly'], function (plotly) { window.Plotly = window.Plotly || plotly; drawAll(); });
          } else {
            var script = document.createElement('script');
            script.src = url;
            script.onload = drawAll;
            document.head.appendChild(script);
          }
        })({{render}});
        """;

    [GeneratedRegex(@"(renderPlotly_[A-Za-z0-9_]+)\(\);")]
    private static partial Regex RenderCall();
}
