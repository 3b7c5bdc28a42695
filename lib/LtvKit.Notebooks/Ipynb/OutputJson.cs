using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Ipynb;

/// <summary>Engine outputs as nbformat 4 output objects.</summary>
internal static class OutputJson
{
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
