using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Ipynb;

/// <summary>An nbformat 4 notebook (.ipynb): its cells, and the whole JSON kept as read.</summary>
/// <remarks>
/// Reading keeps every field, known or not (notebook and cell metadata, attachments, fields of a
/// later minor version); writing changes only what a run changes: outputs and execution counts,
/// and a missing cell <c>id</c> where nbformat 4.5 and later require one. Written as Jupyter does:
/// one-space indent, UTF-8 without escaping Japanese, a final newline.
/// </remarks>
public sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private NotebookDocument(JsonObject root, IReadOnlyList<NotebookCell> cells)
    {
        Root = root;
        Cells = cells;
    }

    /// <summary>The notebook's JSON; changes to it are written back.</summary>
    public JsonObject Root { get; }

    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>nbformat_minor: 4.5 and later give every cell an id.</summary>
    public int FormatMinor => Root["nbformat_minor"] is JsonValue v && v.TryGetValue<int>(out var minor) ? minor : 0;

    /// <summary>Reads a notebook file; <paramref name="path"/> is named in any error.</summary>
    public static NotebookDocument Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{path}: cannot read the notebook: {e.Message}", e);
        }
        return Parse(text, path);
    }

    /// <summary>Reads a notebook from its JSON text.</summary>
    public static NotebookDocument Parse(string json, string name = "notebook")
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"{name}: not a notebook: the JSON is broken at line {e.LineNumber + 1} ({e.Message})", e);
        }
        if (node is not JsonObject root)
            throw new NotebookFormatException($"{name}: not a notebook: the file holds no JSON object.");
        if (root["nbformat"] is not JsonValue major || !major.TryGetValue<int>(out var version) || version != 4)
            throw new NotebookFormatException($"{name}: only nbformat 4 notebooks are supported (Jupyter's format since 2015); this file says nbformat {root["nbformat"]?.ToJsonString() ?? "nothing"}.");
        if (root["cells"] is not JsonArray cellArray)
            throw new NotebookFormatException($"{name}: not a notebook: there is no \"cells\" list.");

        var cells = new List<NotebookCell>();
        foreach (var item in cellArray)
        {
            var number = cells.Count + 1;
            if (item is not JsonObject cell || cell["cell_type"] is not JsonValue type || !type.TryGetValue<string>(out _))
                throw new NotebookFormatException($"{name}: cell {number} has no \"cell_type\".");
            cells.Add(new NotebookCell(cell, number));
        }
        return new NotebookDocument(root, cells);
    }

    /// <summary>The notebook as nbformat JSON text.</summary>
    public string ToJson()
    {
        if (FormatMinor >= 5)
        {
            foreach (var cell in Cells)
                cell.Json["id"] ??= Guid.NewGuid().ToString("N")[..8];
        }
        return Root.ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>The text of the first top-level heading of the first markdown cell that has one, or null.</summary>
    public string? Title()
    {
        foreach (var cell in Cells.Where(c => c.IsMarkdown))
        {
            foreach (var line in cell.Markdown.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("# ", StringComparison.Ordinal))
                    return trimmed[2..].Trim();
            }
        }
        return null;
    }

    /// <summary>A new, empty nbformat 4.5 notebook for C# (a starting point for hosts and tests).</summary>
    public static NotebookDocument Create(IEnumerable<(string CellType, string Source)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var array = new JsonArray();
        var n = 0;
        foreach (var (cellType, source) in cells)
        {
            var cell = new JsonObject
            {
                ["cell_type"] = cellType,
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"cell-{++n}"),
                ["metadata"] = new JsonObject(),
                ["source"] = MultilineText.Write(source),
            };
            if (cellType == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            array.Add(cell);
        }
        var root = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject
            {
                // The kit's kernel (ltvkit kernel install): Jupyter and VS Code open the notebook with it.
                ["kernelspec"] = new JsonObject { ["display_name"] = KernelMetadata.DisplayName, ["language"] = KernelMetadata.Language, ["name"] = KernelMetadata.Name },
                ["language_info"] = new JsonObject
                {
                    ["file_extension"] = KernelMetadata.LanguageFileExtension,
                    ["mimetype"] = KernelMetadata.LanguageMimeType,
                    ["name"] = KernelMetadata.Language,
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return Parse(root.ToJsonString());
    }
}
