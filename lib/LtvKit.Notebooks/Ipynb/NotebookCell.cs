using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Ipynb;

/// <summary>One cell of a notebook: a view over its JSON, which keeps every field this engine does not know.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json, int number)
    {
        Json = json;
        Number = number;
    }

    /// <summary>The cell's JSON object, as read (and as it will be written).</summary>
    public JsonObject Json { get; }

    /// <summary>The cell's position in the notebook, counting every cell from 1: "cell 4" in messages.</summary>
    public int Number { get; }

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "";

    public bool IsCode => CellType == "code";

    /// <summary>The cell's text; nbformat keeps it as a string or as an array of lines, both read the same.</summary>
    public string Source
    {
        get => MultilineText.Read(Json["source"]);
        set => Json["source"] = MultilineText.Write(value ?? "");
    }

    /// <summary>
    /// A markdown cell, or a Polyglot code cell holding markdown (its first line <c>#!markdown</c>,
    /// or its metadata naming the markdown kernel).
    /// </summary>
    public bool IsMarkdown => CellType == "markdown" || (IsCode && (StartsWithMarkdownMagic(Source) || Language is "markdown"));

    /// <summary>The markdown text of a markdown cell, without a <c>#!markdown</c> line.</summary>
    public string Markdown
    {
        get
        {
            var source = Source;
            if (!StartsWithMarkdownMagic(source))
                return source;
            var trimmed = source.TrimStart();
            var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
            return newline < 0 ? "" : trimmed[(newline + 1)..];
        }
    }

    /// <summary>The language Polyglot recorded for the cell (<c>csharp</c>, <c>fsharp</c>, <c>markdown</c> …), or null.</summary>
    public string? Language
    {
        get
        {
            var metadata = Json["metadata"] as JsonObject;
            var name = (metadata?["polyglot_notebook"] as JsonObject)?["kernelName"] ?? (metadata?["dotnet_interactive"] as JsonObject)?["language"];
            return name is JsonValue value && value.TryGetValue<string>(out var text) ? text.ToLowerInvariant() : null;
        }
    }

    /// <summary>The execution count of a code cell; null when it has not run.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"] is JsonValue value && value.TryGetValue<int>(out var count) ? count : null;
        set => Json["execution_count"] = value;
    }

    /// <summary>The outputs of a code cell, as nbformat JSON.</summary>
    public JsonArray Outputs => Json["outputs"] as JsonArray ?? [];

    /// <summary>Replaces the outputs of a code cell with <paramref name="outputs"/>, nbformat output objects.</summary>
    public void SetOutputs(IEnumerable<JsonObject> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        Json["outputs"] = new JsonArray([.. outputs]);
    }

    /// <summary>A code cell that did not run: no outputs, no count.</summary>
    public void ClearOutputs()
    {
        Json["outputs"] = new JsonArray();
        Json["execution_count"] = null;
    }

    private static bool StartsWithMarkdownMagic(string source)
    {
        var trimmed = source.TrimStart();
        if (!trimmed.StartsWith("#!", StringComparison.Ordinal))
            return false;
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var magic = (newline < 0 ? trimmed[2..] : trimmed[2..newline]).Trim();
        return magic.Equals("markdown", StringComparison.OrdinalIgnoreCase) || magic.Equals("md", StringComparison.OrdinalIgnoreCase);
    }
}
