using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Running;

namespace LtvKit.Notebooks.Tests.Running;

public sealed class OutputJsonTests
{
    [Fact]
    public void From_WritesNbformatOutputs_JoiningStreams()
    {
        var notebook = NotebookDocument.Create([("markdown", "# x"), ("code", "1")]);
        var cell = notebook.Cells[1];
        cell.SetOutputs(OutputJson.From([
            new StreamOutput("stdout", "a\n"),
            new StreamOutput("stdout", "b"),
            new DisplayDataOutput(new Dictionary<string, string> { ["text/html"] = "<b>x</b>\n<i>y</i>", ["text/plain"] = "x" }),
            new ExecuteResultOutput(3, new Dictionary<string, string> { ["text/plain"] = "1" }),
            new ErrorOutput("CompilationError", "cell 2, line 1: CS0103", ["line one", "line two"]),
        ]));
        cell.ExecutionCount = 3;

        // The two stdout texts become one stream output: "a\n" + "b", written as the lines ["a\n", "b"].
        var expected = JsonNode.Parse("""
            [
             { "name": "stdout", "output_type": "stream", "text": ["a\n", "b"] },
             { "data": { "text/html": ["<b>x</b>\n", "<i>y</i>"], "text/plain": ["x"] }, "metadata": {}, "output_type": "display_data" },
             { "data": { "text/plain": ["1"] }, "execution_count": 3, "metadata": {}, "output_type": "execute_result" },
             { "ename": "CompilationError", "evalue": "cell 2, line 1: CS0103", "output_type": "error", "traceback": ["line one", "line two"] }
            ]
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(notebook.ToJson())!["cells"]![1]!["outputs"]));
        Assert.Equal(3, (int)JsonNode.Parse(notebook.ToJson())!["cells"]![1]!["execution_count"]!);
    }
}
