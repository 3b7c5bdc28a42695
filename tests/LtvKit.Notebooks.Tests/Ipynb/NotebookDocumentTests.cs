using System.Text.Json.Nodes;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Tests.Ipynb;

public sealed class NotebookDocumentTests
{
    /// <summary>A Polyglot-style notebook with fields this engine does not know, at every level.</summary>
    private const string Polyglot = """
        {
         "cells": [
          {
           "attachments": { "chart.png": { "image/png": "iVBORw0KGgo=" } },
           "cell_type": "markdown",
           "metadata": { "tags": ["intro"], "x-unknown": { "deep": [1, 2, { "k": null }] } },
           "source": "# リピート率\n\n![chart](attachment:chart.png)"
          },
          {
           "cell_type": "code",
           "execution_count": 7,
           "metadata": { "dotnet_interactive": { "language": "csharp" }, "polyglot_notebook": { "kernelName": "csharp" } },
           "outputs": [ { "name": "stdout", "output_type": "stream", "text": ["old\n"] } ],
           "source": ["var x = 1;\n", "x"]
          },
          {
           "cell_type": "code",
           "execution_count": null,
           "metadata": {},
           "outputs": [],
           "source": "#!markdown\n\n## Polyglot markdown"
          },
          { "cell_type": "raw", "metadata": { "format": "text/x-rst" }, "source": ".. note:: raw" }
         ],
         "metadata": {
          "kernelspec": { "display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp" },
          "language_info": { "name": "polyglot-notebook" },
          "polyglot_notebook": { "kernelInfo": { "defaultKernelName": "csharp", "items": [ { "aliases": [], "name": "csharp" } ] } }
         },
         "nbformat": 4,
         "nbformat_minor": 4,
         "x-top-level": "kept"
        }
        """;

    [Fact]
    public void ToJson_RoundTrip_KeepsEveryField()
    {
        var notebook = NotebookDocument.Parse(Polyglot);
        var written = JsonNode.Parse(notebook.ToJson());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Polyglot), written), notebook.ToJson());
    }

    [Fact]
    public void ToJson_WritesLikeJupyter_OneSpaceIndent_JapaneseUnescaped_FinalNewline()
    {
        var json = NotebookDocument.Parse(Polyglot).ToJson();
        Assert.StartsWith("{\n \"cells\": [\n  {\n", json, StringComparison.Ordinal);
        Assert.Contains("# リピート率", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_ReadSourceAsStringOrLines_AndKnowPolyglotMarkdown()
    {
        var cells = NotebookDocument.Parse(Polyglot).Cells;
        Assert.Equal("var x = 1;\nx", cells[1].Source);
        Assert.Equal("csharp", cells[1].Language);
        Assert.Equal(7, cells[1].ExecutionCount);
        Assert.True(cells[2].IsCode && cells[2].IsMarkdown);
        Assert.Equal("\n## Polyglot markdown", cells[2].Markdown);
        Assert.Equal(4, cells[3].Number);
    }

    [Fact]
    public void ToJson_Nbformat45_GivesCellsWithoutIdAnId()
    {
        var notebook = NotebookDocument.Parse("""{ "cells": [ { "cell_type": "markdown", "metadata": {}, "source": "x" } ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5 }""");
        var id = JsonNode.Parse(notebook.ToJson())!["cells"]![0]!["id"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{8}$", id);
    }

    [Theory]
    [InlineData("{ not json", "demo.ipynb: not a notebook: the JSON is broken at line 1")]
    [InlineData("""{ "nbformat": 3, "worksheets": [] }""", "demo.ipynb: only nbformat 4 notebooks are supported")]
    [InlineData("""{ "nbformat": 4, "cells": [ { "source": "x" } ] }""", "demo.ipynb: cell 1 has no \"cell_type\".")]
    public void Parse_NotANotebook_SaysWhy(string json, string start)
    {
        var e = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse(json, "demo.ipynb"));
        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
    }
}
