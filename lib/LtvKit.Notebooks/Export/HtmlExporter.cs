using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Text;

namespace LtvKit.Notebooks.Export;

/// <summary>A notebook as one self-contained HTML page: prose rendered, code shown, outputs inline.</summary>
/// <remarks>
/// <para>
/// Nothing is fetched from the network when the page is opened: the stylesheet is inline and,
/// when a chart is on the page, plotly.js (the copy Plotly.NET ships) is included once in the head.
/// A page without charts does not carry it (it is 3.6 MB).
/// </para>
/// <para>
/// Each output shows its richest representation: HTML, then SVG, PNG, JPEG, markdown, plain text.
/// HTML outputs are put in as they are (they are the notebook's own, like Jupyter's); everything
/// else is escaped.
/// </para>
/// </remarks>
public static partial class HtmlExporter
{
    private static readonly string[] Preference = [MimeTypes.Html, MimeTypes.Svg, MimeTypes.Png, "image/jpeg", MimeTypes.Markdown, MimeTypes.PlainText];

    /// <summary>The page for <paramref name="notebook"/>; <paramref name="fileName"/> is named in the footer and is the title when the notebook has no <c># heading</c>.</summary>
    public static string Export(NotebookDocument notebook, string fileName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var body = new StringBuilder();
        var hasChart = false;
        foreach (var cell in notebook.Cells)
        {
            if (cell.IsMarkdown)
            {
                body.Append("<section class=\"cell markdown\">\n").Append(MarkdownHtml.ToHtml(cell.Markdown)).Append("</section>\n");
            }
            else if (cell.IsCode)
            {
                if (string.IsNullOrWhiteSpace(cell.Source) && cell.Outputs.Count == 0)
                    continue;
                var count = cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ";
                body.Append("<section class=\"cell code\">\n<div class=\"input\"><div class=\"prompt\">In [").Append(count).Append("]:</div>")
                    .Append("<pre><code class=\"language-csharp\">").Append(HtmlEscape.Escape(cell.Source)).Append("</code></pre></div>\n");
                foreach (var output in cell.Outputs.OfType<JsonObject>())
                    hasChart |= AppendOutput(body, output);
                body.Append("</section>\n");
            }
        }

        var title = notebook.Title() ?? Path.GetFileNameWithoutExtension(fileName);
        var page = new StringBuilder(body.Length + (hasChart ? PlotlyJs.Source.Length : 0) + 8192);
        page.Append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"LtvKit notebook export\">\n")
            .Append("<title>").Append(HtmlEscape.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlPageStyle.Css).Append("\n</style>\n");
        if (hasChart)
        {
            page.Append("<script type=\"text/javascript\" charset=\"utf-8\">/* plotly.js ").Append(PlotlyJs.Version).Append(", as shipped with Plotly.NET */\n")
                .Append(ScriptSafe(PlotlyJs.Source)).Append("\n</script>\n");
        }
        page.Append("</head>\n<body>\n<main class=\"notebook\">\n").Append(body).Append("</main>\n")
            .Append("<footer>").Append(HtmlEscape.Escape(Path.GetFileName(fileName))).Append(" — exported by LtvKit</footer>\n")
            .Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Appends one output; true when it draws a Plotly chart.</summary>
    private static bool AppendOutput(StringBuilder body, JsonObject output)
    {
        var type = output["output_type"]?.GetValue<string>();
        var prompt = type == "execute_result" && output["execution_count"] is JsonValue n && n.TryGetValue<int>(out var count)
            ? string.Create(CultureInfo.InvariantCulture, $"Out[{count}]:")
            : "";
        body.Append("<div class=\"output\"><div class=\"prompt\">").Append(prompt).Append("</div><div class=\"output-body\">");
        var chart = false;
        switch (type)
        {
            case "stream":
                var name = output["name"]?.GetValue<string>() == StreamOutput.Stderr ? "stderr" : "stdout";
                body.Append("<pre class=\"stream ").Append(name).Append("\">").Append(HtmlEscape.Escape(StripAnsi(MultilineText.Read(output["text"])))).Append("</pre>");
                break;
            case "error":
                var ename = output["ename"]?.GetValue<string>() ?? "Error";
                var evalue = output["evalue"]?.GetValue<string>() ?? "";
                var trace = (output["traceback"] as JsonArray)?.Select(l => StripAnsi(l?.GetValue<string>() ?? "")) ?? [];
                body.Append("<pre class=\"error\"><span class=\"ename\">").Append(HtmlEscape.Escape(ename)).Append("</span>: ").Append(HtmlEscape.Escape(evalue));
                foreach (var line in trace)
                    body.Append('\n').Append(HtmlEscape.Escape(line));
                body.Append("</pre>");
                break;
            case "display_data" or "execute_result":
                chart = AppendData(body, output["data"] as JsonObject ?? []);
                break;
            default:
                break;
        }
        body.Append("</div></div>\n");
        return chart;
    }

    private static bool AppendData(StringBuilder body, JsonObject data)
    {
        var mime = Preference.FirstOrDefault(data.ContainsKey);
        if (mime is null)
            return false;
        var text = MultilineText.Read(data[mime]);
        switch (mime)
        {
            case MimeTypes.Html:
                body.Append(text);
                return text.Contains("Plotly.newPlot", StringComparison.Ordinal) || text.Contains("Plotly.react", StringComparison.Ordinal);
            case MimeTypes.Svg:
                body.Append(text);
                break;
            case MimeTypes.Png or "image/jpeg":
                body.Append("<img alt=\"\" src=\"data:").Append(mime).Append(";base64,").Append(HtmlEscape.Escape(text.Replace("\n", "", StringComparison.Ordinal))).Append("\">");
                break;
            case MimeTypes.Markdown:
                body.Append(MarkdownHtml.ToHtml(text));
                break;
            default:
                body.Append("<pre>").Append(HtmlEscape.Escape(StripAnsi(text))).Append("</pre>");
                break;
        }
        return false;
    }

    /// <summary>A script's text cannot hold "&lt;/script": it would close the element early.</summary>
    private static string ScriptSafe(string javascript) => javascript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string StripAnsi(string text) => AnsiEscape().Replace(text, "");

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
