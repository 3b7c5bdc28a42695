using System.Text.Json.Nodes;

namespace LtvKit.Notebooks.Ipynb;

/// <summary>nbformat's "multiline string": one string, or an array of lines each keeping its "\n".</summary>
internal static class MultilineText
{
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    /// <summary>"a\nb" → ["a\n", "b"]: the way Jupyter writes it, so diffs show whole lines.</summary>
    public static JsonArray Write(string text)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            array.Add(text[start..end]);
            start = end;
        }
        return array;
    }
}
