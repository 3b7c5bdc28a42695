using System.Text.Json.Nodes;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Running;

namespace LtvKit.Notebooks.Tests.Running;

public sealed class NotebookParametersTests
{
    private const string ParametersSource = """
        var ordersPath = "../data-samples/orders.csv";   // a comment
        var days = 30;
        var amount = 70_000m;
        var margin = 0.6;
        var strict = false;
        DateOnly? asOf = null;
        string[] files = ["a.csv"];
        var thresholds = new List<int> { 1 };
        """;

    private static NotebookDocument Sample()
    {
        var notebook = NotebookDocument.Create([
            ("markdown", "# Parameters"),
            ("code", ParametersSource),
            ("code", "$\"{ordersPath}|{days}|{amount}|{margin}|{strict}|{asOf:yyyy-MM-dd}|{string.Join(',', files)}\""),
        ]);
        notebook.Cells[1].Json["metadata"] = new JsonObject { ["tags"] = new JsonArray("parameters") };
        return notebook;
    }

    [Fact]
    public void Declared_ReadsTypesFromDeclarationsAndLiterals()
    {
        var declared = NotebookParameters.Declared(Sample());

        Assert.Equal(["ordersPath", "days", "amount", "margin", "strict", "asOf", "files", "thresholds"], declared.Select(d => d.Name));
        Assert.Equal(["string", "int", "decimal", "double", "bool", "DateOnly?", "string[]", null], declared.Select(d => d.Type?.Name));
        Assert.Equal("List<int>", declared[^1].TypeText);
    }

    [Fact]
    public void Declared_NoParametersCell_IsEmpty() =>
        Assert.Empty(NotebookParameters.Declared(NotebookDocument.Create([("code", "var days = 30;")])));

    [Fact]
    public async Task Inject_AddsATaggedCellAfterTheParametersCell_RecordsTheValues_AndTheRunSeesThem()
    {
        var values = new Dictionary<string, JsonNode?>
        {
            ["ordersPath"] = "C:\\shop\\\"受注\".csv",
            ["days"] = "45",
            ["amount"] = JsonValue.Create(50000),
            ["margin"] = "0.55",
            ["strict"] = JsonValue.Create(true),
            ["asOf"] = "2025-06-30",
            ["files"] = new JsonArray("x.csv", "y.csv"),
        };

        var injected = NotebookParameters.Inject(Sample(), values);

        var cell = injected.Cells[2];
        Assert.Equal(["injected-parameters"], ((JsonArray)cell.Json["metadata"]!["tags"]!).Select(t => t!.GetValue<string>()));
        Assert.Contains("int days = 45;", cell.Source, StringComparison.Ordinal);
        Assert.Contains("decimal amount = 50000m;", cell.Source, StringComparison.Ordinal);
        Assert.Contains("DateOnly? asOf = new System.DateOnly(2025, 6, 30);", cell.Source, StringComparison.Ordinal);
        var recorded = (JsonObject)injected.Root["metadata"]!["papermill"]!["parameters"]!;
        Assert.Equal(45, recorded["days"]!.GetValue<int>());
        Assert.Equal("[\"x.csv\",\"y.csv\"]", recorded["files"]!.ToJsonString());

        using var engine = new NotebookEngine();
        var result = await NotebookRunner.RunAsync(injected, engine);

        Assert.True(result.Succeeded, string.Join("\n", result.Failures.Select(f => f.Error.Value)));
        var text = string.Concat(((JsonArray)injected.Cells[3].Outputs[0]!["data"]!["text/plain"]!).Select(l => l!.GetValue<string>()));
        Assert.Equal("C:\\shop\\\"受注\".csv|45|50000|0.55|True|2025-06-30|x.csv,y.csv", text);
    }

    [Fact]
    public void Inject_Twice_ReplacesTheInjectedCell()
    {
        var once = NotebookParameters.Inject(Sample(), new Dictionary<string, JsonNode?> { ["days"] = "45" });

        var twice = NotebookParameters.Inject(once, new Dictionary<string, JsonNode?> { ["days"] = "60" });

        Assert.Equal(4, twice.Cells.Count);
        Assert.Contains("int days = 60;", twice.Cells[2].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_NoValues_ReturnsTheNotebookUnchanged()
    {
        var notebook = Sample();
        Assert.Same(notebook, NotebookParameters.Inject(notebook, new Dictionary<string, JsonNode?>()));
    }

    [Theory]
    [InlineData("weeks", "30", "02.ipynb: unknown parameter 'weeks'; the parameters are: amount, asOf, days, files, margin, ordersPath, strict, thresholds.")]
    [InlineData("days", "thirty", "parameter days: 'thirty' is not a whole number (int): the notebook declares it as int.")]
    [InlineData("asOf", "2025/06/30", "parameter asOf: '2025/06/30' is not a date, yyyy-MM-dd: the notebook declares it as DateOnly?.")]
    [InlineData("thresholds", "1", "02.ipynb: parameter thresholds (List<int>) cannot be set from outside the notebook;")]
    public void Inject_BadValue_SaysWhich(string name, string value, string message)
    {
        var error = Assert.Throws<ParameterException>(() => NotebookParameters.Inject(Sample(), new Dictionary<string, JsonNode?> { [name] = value }, "02.ipynb"));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_NullForANonNullableValue_IsAnError()
    {
        var error = Assert.Throws<ParameterException>(() => NotebookParameters.Inject(Sample(), new Dictionary<string, JsonNode?> { ["days"] = null }));
        Assert.Equal("parameter days: 'null' is not a value (int cannot be null): the notebook declares it as int.", error.Message);
    }
}
