using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Running;

/// <summary>Engine outputs as nbformat 4 output objects: where the engine's outputs meet the file format.</summary>
/// <remarks>
/// The engine knows no notebook files and the file format no engine: the runner, which uses both,
/// turns each <see cref="CellOutput"/> into the JSON a cell's <c>outputs</c> array holds.
/// </remarks>
internal static class OutputJson
{
    /// <summary>The outputs as nbformat objects, consecutive text of the same stream joined into one.</summary>
    public static IReadOnlyList<JsonObject> From(IEnumerable<CellOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var joined = new CollectingSink();
        foreach (var output in outputs)
            joined.Publish(output);
        return [.. joined.Outputs.Select(From)];
    }

    public static JsonObject From(CellOutput output) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = MultilineText.Write(stream.Text),
        },
        DisplayDataOutput display => new JsonObject
        {
            ["data"] = Data(display.Data),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        ExecuteResultOutput result => new JsonObject
        {
            ["data"] = Data(result.Data),
            ["execution_count"] = result.ExecutionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.Name,
            ["evalue"] = error.Value,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray([.. error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line))]),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "not an nbformat output"),
    };

    private static JsonObject Data(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mime, text) in data)
            json[mime] = MultilineText.Write(text);
        return json;
    }
}
