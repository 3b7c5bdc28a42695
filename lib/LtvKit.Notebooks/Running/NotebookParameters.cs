using System.Text;
using System.Text.Json.Nodes;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Running;

/// <summary>
/// Papermill's convention for C# notebooks: the cell tagged <c>parameters</c> declares the
/// notebook's parameters with their defaults; a run with other values gets a cell tagged
/// <c>injected-parameters</c> right after it, which declares them again with the values given, and
/// the values are recorded in the notebook's metadata (<c>metadata.papermill.parameters</c>).
/// </summary>
/// <remarks>
/// C# scripting lets a later cell declare a variable again, so the injected cell simply redeclares
/// each parameter with its declared type (<c>string ordersPath = "…";</c>) and every later cell sees
/// the new value. A notebook that already has an injected cell (an executed copy run again) gets it
/// replaced, as papermill does.
/// </remarks>
public static class NotebookParameters
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>The first cell tagged <c>parameters</c>, or null.</summary>
    public static NotebookCell? ParametersCell(NotebookDocument notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return notebook.Cells.FirstOrDefault(c => c.IsCode && HasTag(c, ParametersTag));
    }

    /// <summary>What the notebook's <c>parameters</c> cell declares; empty without such a cell.</summary>
    public static IReadOnlyList<ParameterDeclaration> Declared(NotebookDocument notebook) =>
        ParametersCell(notebook) is { } cell ? ParameterDeclaration.Parse(cell.Source) : [];

    /// <summary>
    /// The notebook with a cell setting <paramref name="values"/> after its <c>parameters</c> cell
    /// (replacing an earlier injected cell), and the values in its metadata. With no values the
    /// notebook is returned as it is.
    /// </summary>
    /// <exception cref="ParameterException">A value names no parameter of the notebook, or is not of the parameter's type.</exception>
    public static NotebookDocument Inject(NotebookDocument notebook, IReadOnlyDictionary<string, JsonNode?> values, string name = "notebook")
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return notebook;
        var declared = Declared(notebook).GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var source = new StringBuilder("// Parameters injected by ltvkit notebook run\n");
        var recorded = new JsonObject();
        foreach (var (parameter, value) in values)
        {
            if (!declared.TryGetValue(parameter, out var declaration))
                throw new ParameterException(Unknown(name, parameter, declared.Keys));
            if (declaration.Type is not { } type)
                throw new ParameterException($"{name}: parameter {parameter} ({declaration.TypeText}) cannot be set from outside the notebook; parameters may be {ParameterType.KnownTypes}.");
            var (literal, json) = type.Convert(parameter, value);
            source.Append(type.Name).Append(' ').Append(parameter).Append(" = ").Append(literal).Append(";\n");
            recorded[parameter] = json;
        }

        var root = (JsonObject)notebook.Root.DeepClone();
        var cells = (JsonArray)root["cells"]!;
        var injected = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
            ["outputs"] = new JsonArray(),
            ["source"] = MultilineText.Write(source.ToString().TrimEnd('\n')),
        };
        var old = IndexOfTagged(cells, InjectedTag);
        if (old >= 0)
            cells[old] = injected;
        else
            cells.Insert(IndexOfTagged(cells, ParametersTag) + 1, injected);

        var metadata = root["metadata"] as JsonObject ?? [];
        root["metadata"] = metadata;
        var papermill = metadata["papermill"] as JsonObject ?? [];
        metadata["papermill"] = papermill;
        papermill["parameters"] = recorded;
        return NotebookDocument.Parse(root.ToJsonString(), name);
    }

    /// <summary>The message for a parameter no notebook declares: it names the ones they do.</summary>
    public static string Unknown(string where, string parameter, IEnumerable<string> declared)
    {
        var names = declared.Order(StringComparer.Ordinal).ToList();
        return $"{where}: unknown parameter '{parameter}'; " +
               (names.Count == 0 ? "no cell is tagged 'parameters', so there are none." : $"the parameters are: {string.Join(", ", names)}.");
    }

    private static bool HasTag(NotebookCell cell, string tag) => HasTag(cell.Json, tag);

    private static bool HasTag(JsonNode? cell, string tag) =>
        (cell?["metadata"]?["tags"] as JsonArray)?.Any(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s == tag) == true;

    private static int IndexOfTagged(JsonArray cells, string tag)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (HasTag(cells[i], tag))
                return i;
        }
        return -1;
    }
}
