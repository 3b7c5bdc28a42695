using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Tests.TestSupport;

namespace LtvKit.Notebooks.Tests.Engine;

public sealed class NotebookEngineTests
{
    [Fact]
    public async Task ExecuteAsync_StateCarriesAcrossCells()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var orders = new List<int> { 3980, 12800 };");
        await engine.RunAsync("int Twice(int x) => 2 * x;\norders.Add(5000);");
        Assert.Equal("43560", await engine.ValueAsync("Twice(orders.Sum())"));
    }

    [Fact]
    public async Task ExecuteAsync_TrailingExpression_IsTheResult_WithTheExecutionCount()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var a = 1;");
        var (result, outputs) = await engine.RunAsync("a + 41");
        var value = Assert.IsType<ExecuteResultOutput>(Assert.Single(outputs));
        Assert.Equal(2, result.ExecutionCount);
        Assert.Equal(2, value.ExecutionCount);
        Assert.Equal("42", value.Data[MimeTypes.PlainText]);
    }

    [Theory]
    [InlineData("var b = 41 + 1;")]          // a statement
    [InlineData("Console.Write(\"\")")]       // a void call without semicolon
    [InlineData("// only a comment")]
    public async Task ExecuteAsync_NoTrailingValue_NoResult(string code)
    {
        using var engine = new NotebookEngine();
        var (result, outputs) = await engine.RunAsync(code);
        Assert.True(result.Succeeded);
        Assert.Empty(outputs.OfType<ExecuteResultOutput>());
    }

    [Fact]
    public async Task ExecuteAsync_NullValue_ShowsNull()
    {
        using var engine = new NotebookEngine();
        Assert.Equal("null", await engine.ValueAsync("string? s = null;\ns"));
    }

    [Fact]
    public async Task ExecuteAsync_CapturesStdoutAndStderr_InOrder_AndGivesTheConsoleBack()
    {
        var consoleOut = Console.Out;
        var consoleError = Console.Error;
        using var engine = new NotebookEngine();
        var (_, outputs) = await engine.RunAsync("Console.WriteLine(\"line 1\");\nConsole.Write(\"partial\");\nConsole.Error.WriteLine(\"careful\");\ndisplay(\"shown\");\nConsole.WriteLine(\" end\");");

        Assert.Collection(outputs,
            o => Assert.Equal(new StreamOutput("stdout", "line 1\n"), o),
            o => Assert.Equal(new StreamOutput("stderr", "careful\n"), o),
            o => Assert.Equal(new StreamOutput("stdout", "partial"), o),
            o => Assert.Equal("shown", Assert.IsType<DisplayDataOutput>(o).Data[MimeTypes.PlainText]),
            o => Assert.Equal(new StreamOutput("stdout", " end\n"), o));
        Assert.Same(consoleOut, Console.Out);
        Assert.Same(consoleError, Console.Error);
    }

    [Fact]
    public async Task ExecuteAsync_ConsoleIn_IsEmpty_SoACellNeverWaitsForAKeyboard()
    {
        using var engine = new NotebookEngine();
        Assert.Equal("True", await engine.ValueAsync("Console.ReadLine() is null"));
    }

    [Fact]
    public async Task ExecuteAsync_WorkingDirectory_IsCurrentWhileTheCellRuns()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["orders.csv"], "order_id,amount\n");
        var before = Environment.CurrentDirectory;
        using var engine = new NotebookEngine(new EngineOptions { WorkingDirectory = folder.Path });
        Assert.Equal("\"order_id,amount\"", await engine.ValueAsync("System.Text.Json.JsonSerializer.Serialize(File.ReadAllLines(\"orders.csv\")[0])"));
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_NamesCellLineAndMessage()
    {
        using var engine = new NotebookEngine();
        var sink = new CollectingSink();
        var result = await engine.ExecuteAsync("var x = 1;\nvar y = x + missing;", "cell 3", sink);

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Cells.SingleError(sink.Outputs);
        Assert.Equal(ErrorOutput.CompilationError, error.Name);
        Assert.Equal("cell 3, line 2: CS0103: The name 'missing' does not exist in the current context", error.Value);
        Assert.Contains("cell 3, line 2, column 13: error CS0103: The name 'missing' does not exist in the current context", error.Traceback);
        Assert.Contains("    2 | var y = x + missing;", error.Traceback);
    }

    [Fact]
    public async Task ExecuteAsync_CompileError_LeavesTheSessionAsItWas()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var kept = 7;");
        await engine.RunAsync("kept = ;");
        Assert.Equal("7", await engine.ValueAsync("kept"));
    }

    [Fact]
    public async Task ExecuteAsync_Exception_NamesTypeCellAndLine_AndKeepsEarlierState()
    {
        using var engine = new NotebookEngine();
        var sink = new CollectingSink();
        var result = await engine.ExecuteAsync("var before = 5;\nint zero = 0;\nvar boom = before / zero;", "cell 2", sink);

        Assert.Equal(ExecutionStatus.Error, result.Status);
        var error = Cells.SingleError(sink.Outputs);
        Assert.Equal("DivideByZeroException", error.Name);
        Assert.Equal("cell 2, line 3: Attempted to divide by zero.", error.Value);
        Assert.Equal("System.DivideByZeroException: Attempted to divide by zero.", error.Traceback[0]);
        Assert.Contains("   at cell 2, line 3", error.Traceback);
        Assert.DoesNotContain(error.Traceback, l => l.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Equal("5", await engine.ValueAsync("before"));
    }

    [Fact]
    public async Task ExecuteAsync_ExceptionInAFunctionOfAnEarlierCell_NamesBothCells()
    {
        using var engine = new NotebookEngine();
        await engine.ExecuteAsync("int Check(int n)\n{\n    if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), \"negative\");\n    return n;\n}", "cell 1", new CollectingSink());
        var sink = new CollectingSink();
        await engine.ExecuteAsync("Check(-1)", "cell 2", sink);

        var error = Cells.SingleError(sink.Outputs);
        Assert.Equal("ArgumentOutOfRangeException", error.Name);
        Assert.StartsWith("cell 2 (in code from cell 1, line 3): negative", error.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("while (true) ;")]
    [InlineData("for (;;) { }")]
    [InlineData("do { } while (true);")]
    [InlineData("void Spin() { while (true) { } }\nSpin();")]
    [InlineData("Thread.Sleep(60000);")]
    [InlineData("new ManualResetEventSlim().Wait();")]
    public async Task ExecuteAsync_Timeout_CellThatChecksNothing_StopsAndKeepsTheSession(string stuck)
    {
        using var engine = new NotebookEngine(new EngineOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        await engine.RunAsync("var defined = 1;");
        var (result, outputs) = await engine.RunAsync("Console.WriteLine(\"starting\");\n" + stuck);

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.False(result.ThreadAbandoned);
        Assert.Equal(new StreamOutput("stdout", "starting\n"), outputs[0]);
        Assert.Equal("In [2]: stopped after the cell timeout of 0.3 s.", Cells.SingleError(outputs).Value);
        Assert.Equal("2", await engine.ValueAsync("defined + 1"));
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_SleepingCell_StopsAndKeepsWhatItAssignedBefore()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var kept = 1;");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var (result, outputs) = await engine.RunAsync("var before = 5;\nThread.Sleep(60000);\nvar after = 6;", cancel.Token);

        Assert.Equal(ExecutionStatus.Cancelled, result.Status);
        Assert.Equal("In [2]: cancelled.", Cells.SingleError(outputs).Value);
        Assert.Equal("2", await engine.ValueAsync("kept + 1"));
        Assert.Equal("5", await engine.ValueAsync("before"));
        Assert.Equal("0", await engine.ValueAsync("after"));
    }

    [Fact]
    public async Task ExecuteAsync_Timeout_CellStuckOutsideItsCode_IsLeftBehind_AndTheSessionGoesOn()
    {
        using var engine = new NotebookEngine(new EngineOptions { CellTimeout = TimeSpan.FromMilliseconds(300), CancellationGrace = TimeSpan.FromMilliseconds(200) });
        await engine.RunAsync("var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);\nlistener.Start();");
        // A blocking accept() in native code: neither the token nor Thread.Interrupt reaches it.
        var (result, outputs) = await engine.RunAsync("listener.AcceptSocket();");

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.True(result.ThreadAbandoned);
        Assert.InRange(result.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(30));
        var error = Cells.SingleError(outputs);
        Assert.Equal(ErrorOutput.TimeoutError, error.Name);
        Assert.StartsWith("In [2]: stopped after the cell timeout of 0.3 s. The cell did not stop", error.Value, StringComparison.Ordinal);

        // The session goes on with its variables; stopping the listener ends the abandoned accept.
        Assert.Equal("stopped", await engine.ValueAsync("listener.Stop();\n\"stopped\""));
    }

    [Fact]
    public async Task CompileError_InACellWithLoops_QuotesTheCellAsWritten()
    {
        using var engine = new NotebookEngine();
        var (_, outputs) = await engine.RunAsync("var n = 0;\nwhile (n < 3) { missing++; }");

        var error = Cells.SingleError(outputs);
        Assert.Equal("In [1], line 2: CS0103: The name 'missing' does not exist in the current context", error.Value);
        Assert.Equal(["In [1], line 2, column 17: error CS0103: The name 'missing' does not exist in the current context", "    2 | while (n < 3) { missing++; }"], error.Traceback.Take(2));
    }

    [Fact]
    public async Task ClearOutput_DropsTheOutputsSoFar_WaitDropsThemAtTheNextOutput()
    {
        using var engine = new NotebookEngine();
        var (_, cleared) = await engine.RunAsync("Console.WriteLine(\"a\");\ndisplay(1);\nclear_output();\nConsole.WriteLine(\"b\");");
        Assert.Equal([new StreamOutput("stdout", "b\n")], cleared);

        var (_, waited) = await engine.RunAsync("display(1);\nclear_output(wait: true);\ndisplay(2);");
        Assert.Equal("2", Assert.IsType<DisplayDataOutput>(Assert.Single(waited)).Data["text/plain"]);

        var (_, kept) = await engine.RunAsync("display(1);\nclear_output(true);");
        Assert.Equal("1", Assert.IsType<DisplayDataOutput>(Assert.Single(kept)).Data["text/plain"]);
    }

    [Fact]
    public async Task ExecuteAsync_Timeout_CellThatChecksCancellation_StopsAndKeepsTheSession()
    {
        using var engine = new NotebookEngine(new EngineOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });
        await engine.RunAsync("var defined = 1;");
        var (result, outputs) = await engine.RunAsync("while (true) { Cancellation.ThrowIfCancellationRequested(); }");

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.False(result.ThreadAbandoned);
        Assert.Equal("In [2]: stopped after the cell timeout of 0.3 s.", Cells.SingleError(outputs).Value);
        Assert.Equal("1", await engine.ValueAsync("defined"));
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_CooperativeCell_IsCancelled()
    {
        using var engine = new NotebookEngine();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var (result, outputs) = await engine.RunAsync("await Task.Delay(Timeout.Infinite, Cancellation);", cancel.Token);

        Assert.Equal(ExecutionStatus.Cancelled, result.Status);
        Assert.Equal(ErrorOutput.Cancelled, Cells.SingleError(outputs).Name);
    }

    [Fact]
    public async Task ExecutionCount_CountsEveryExecution_AndResetStartsAgain()
    {
        using var engine = new NotebookEngine();
        await engine.RunAsync("var x = 1;");
        await engine.RunAsync("x = ;");
        Assert.Equal(2, engine.ExecutionCount);

        engine.Reset();
        Assert.Equal(0, engine.ExecutionCount);
        var (result, outputs) = await engine.RunAsync("x");
        Assert.Equal(1, result.ExecutionCount);
        Assert.Equal(ErrorOutput.CompilationError, Cells.SingleError(outputs).Name);
    }

    [Fact]
    public async Task DefaultReferencesAndImports_NeedNoDirective()
    {
        var options = new EngineOptions
        {
            DefaultReferences = [typeof(Plotly.NET.CSharp.Chart).Assembly],
            DefaultImports = [.. EngineDefaults.Imports, "Plotly.NET.CSharp"],
        };
        using var engine = new NotebookEngine(options);
        // Plotly.NET comes along as a dependency of Plotly.NET.CSharp.
        Assert.Equal("Plotly chart (1 trace)", await engine.ValueAsync("Chart.Point<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 })"));
    }
}
