using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LtvKit.Ingest;
using LtvKit.Io;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Export;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Running;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit notebook run</c>: runs notebooks headlessly and writes them back with their outputs, and as HTML pages.</summary>
/// <remarks>
/// Each notebook gets a fresh session, whose working directory is the notebook's folder, with the
/// LtvKit assembly referenced and its namespace imported (<see cref="KitEngine.Options"/>): the
/// kit's notebooks need no <c>#r</c> for it. Exit codes: 0 every cell ran; <see cref="CellFailed"/>
/// a cell failed (the notebook is still written, the error in the cell); 2 bad input.
/// </remarks>
internal static class NotebookCommand
{
    /// <summary>The exit code when a cell of any notebook failed.</summary>
    public const int CellFailed = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebooks (.ipynb), or folders to search for them (*.executed.ipynb and checkpoints are skipped).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out") { Description = "Folder for the executed notebooks (NAME.ipynb) and pages (NAME.html). Default: beside each notebook, as NAME.executed.ipynb and NAME.html." };
        var html = new Option<bool>("--html") { Description = "Also write one self-contained HTML page per notebook (plotly.js included once, nothing fetched)." };
        var timeout = new Option<int?>("--timeout") { Description = "Seconds one cell may run; 0 = no limit. Default: 600." };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run every cell even after one fails (the run still fails)." };
        var param = new Option<string[]>("--param") { Description = "Set a parameter of the notebooks' 'parameters' cell: name=value (repeatable; an array parameter takes one item per --param). Injected as a cell after it, as papermill does." };
        var paramsFile = new Option<string?>("--params-file") { Description = "A JSON object of parameters (name: value); --param overrides it." };

        var run = new Command("run", "Run every C# cell of the notebooks in order, write them back with outputs and execution counts; exit 3 if a cell failed.");
        run.Arguments.Add(paths);
        run.Options.Add(outDir);
        run.Options.Add(html);
        run.Options.Add(timeout);
        run.Options.Add(continueOnError);
        run.Options.Add(param);
        run.Options.Add(paramsFile);
        run.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(paths) ?? [],
            parsed.GetValue(outDir),
            parsed.GetValue(html),
            parsed.GetValue(timeout),
            parsed.GetValue(continueOnError),
            Parameters(parsed.GetValue(paramsFile), parsed.GetValue(param) ?? []),
            cancellationToken));

        var notebook = new Command("notebook", "Run the kit's C# notebooks (.ipynb) without Jupyter: outputs written back, HTML export.");
        notebook.Subcommands.Add(run);
        return notebook;
    }

    private static async Task<int> RunAsync(string[] paths, string? outDir, bool html, int? timeoutSeconds, bool continueOnError,
        Dictionary<string, JsonNode?> parameters, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        if (timeoutSeconds < 0)
            throw new InputException($"--timeout {timeoutSeconds}: give the seconds one cell may run (0 = no limit).");
        var cellTimeout = timeoutSeconds switch
        {
            null => EngineDefaults.CellTimeout,
            0 => Timeout.InfiniteTimeSpan,
            var s => TimeSpan.FromSeconds(s.Value),
        };
        var notebooks = FindNotebooks(paths);
        var targets = notebooks.Select(path => Targets(path, outDir)).ToList();
        OutputPaths.RefuseInputs(targets.SelectMany(t => new[] { ("--out", (string?)t.Notebook), ("--out", html ? t.Html : null) }),
            notebooks.Select(n => ("notebook", (string?)n)));
        var clash = targets.GroupBy(t => t.Notebook, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InputException($"two notebooks would both be written to {clash.Key}: run them with different --out folders.");

        // Every notebook is read, and every parameter checked, before the first cell runs.
        var documents = notebooks.Select(path => WithParameters(Load(path), path, parameters)).ToList();
        var declaredByAny = documents.SelectMany(d => NotebookParameters.Declared(d.Original).Select(p => p.Name)).ToHashSet(StringComparer.Ordinal);
        var unknown = parameters.Keys.FirstOrDefault(p => !declaredByAny.Contains(p));
        if (unknown is not null)
            throw new InputException(NotebookParameters.Unknown(notebooks.Count == 1 ? notebooks[0] : $"{notebooks.Count} notebooks", unknown, declaredByAny));

        var failedNotebooks = 0;
        for (var i = 0; i < notebooks.Count; i++)
        {
            var path = notebooks[i];
            var (executedPath, htmlPath) = targets[i];
            log.WriteLine($"notebook {i + 1}/{notebooks.Count}: {path}");
            var document = documents[i].Injected;

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            using var engine = new NotebookEngine(KitEngine.Options(folder, cellTimeout));
            var result = await NotebookRunner.RunAsync(document, engine, new NotebookRunOptions(continueOnError), report => Report(log, report), cancellationToken);

            AtomicFile.WriteText(executedPath, AtomicFile.Utf8, w => w.Write(document.ToJson()));
            var written = executedPath;
            if (html)
            {
                AtomicFile.WriteText(htmlPath, AtomicFile.Utf8, w => w.Write(HtmlExporter.Export(document, Path.GetFileName(path))));
                written += ", " + htmlPath;
            }
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"  {(result.Succeeded ? "ok" : "FAILED")}: {result.CellsRun} cells run, {result.Failures.Count} failed, {result.CellsSkipped} skipped, {result.Elapsed.TotalSeconds:0.0} s → {written}");
            log.WriteLine(summary);
            if (!result.Succeeded)
                failedNotebooks++;
            if (cancellationToken.IsCancellationRequested)
                break;
        }

        if (failedNotebooks > 0)
        {
            log.WriteLine($"ltvkit: {failedNotebooks} of {notebooks.Count} notebooks had a failing cell.");
            return CellFailed;
        }
        return cancellationToken.IsCancellationRequested ? CellFailed : CommandLine.Ok;
    }

    private static NotebookDocument Load(string path)
    {
        try
        {
            return NotebookDocument.Load(path);
        }
        catch (NotebookFormatException e)
        {
            throw new InputException(e.Message, e);
        }
    }

    /// <summary>The notebook with the parameters it declares injected (a folder's notebooks need not all declare the same ones).</summary>
    private static (NotebookDocument Original, NotebookDocument Injected) WithParameters(NotebookDocument notebook, string path, Dictionary<string, JsonNode?> parameters)
    {
        var declared = NotebookParameters.Declared(notebook).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var mine = parameters.Where(p => declared.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        try
        {
            return (notebook, NotebookParameters.Inject(notebook, mine, path));
        }
        catch (ParameterException e)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The parameters of <c>--params-file</c> (a JSON object), then of each <c>--param name=value</c>
    /// (a text, typed by the notebook's declaration), which override the file's; a name given by more
    /// than one <c>--param</c> collects its values in a list (for an array parameter).
    /// </summary>
    private static Dictionary<string, JsonNode?> Parameters(string? paramsFile, string[] entries)
    {
        var parameters = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (paramsFile is not null)
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(File.ReadAllText(paramsFile));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                throw new InputException($"--params-file {paramsFile}: {e.Message}", e);
            }
            if (node is not JsonObject values)
                throw new InputException($"--params-file {paramsFile}: give a JSON object of parameters, e.g. {{\"ordersPath\": \"../data/orders.csv\", \"churnDays\": 180}}.");
            foreach (var (name, value) in values)
                parameters[name] = value?.DeepClone();
        }
        var fromCommandLine = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new InputException($"--param: '{entry}' is not name=value (e.g. --param ordersPath=../data/orders.csv).");
            var (name, value) = (entry[..eq].Trim(), JsonValue.Create(entry[(eq + 1)..]));
            fromCommandLine[name] = fromCommandLine.TryGetValue(name, out var earlier)
                ? earlier is JsonArray list ? Append(list, value) : new JsonArray(earlier, value)
                : value;
        }
        foreach (var (name, value) in fromCommandLine)
            parameters[name] = value;
        return parameters;
    }

    private static JsonArray Append(JsonArray list, JsonNode value)
    {
        list.Add(value);
        return list;
    }

    private static void Report(TextWriter log, CellReport report)
    {
        var cell = report.Cell;
        var line = report.Result switch
        {
            null => string.Create(CultureInfo.InvariantCulture, $"    cell {cell.Number,3}  skipped"),
            { Error: { } error } result => string.Create(CultureInfo.InvariantCulture,
                $"    cell {cell.Number,3}  [{result.ExecutionCount}] {Status(result.Status),-9} {result.Elapsed.TotalSeconds,5:0.0} s  {error.Name}: {FirstLine(error.Value)}"),
            var result => string.Create(CultureInfo.InvariantCulture,
                $"    cell {cell.Number,3}  [{result.ExecutionCount}] ok        {result.Elapsed.TotalSeconds,5:0.0} s"),
        };
        log.WriteLine(line);
    }

    private static string Status(ExecutionStatus status) => status switch
    {
        ExecutionStatus.TimedOut => "timed out",
        ExecutionStatus.Cancelled => "cancelled",
        ExecutionStatus.Error => "error",
        _ => "ok",
    };

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? text : text[..newline];
    }

    /// <summary>The notebooks named, folders searched recursively, in a stable order.</summary>
    private static List<string> FindNotebooks(IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path, "*.ipynb", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith(".executed.ipynb", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Contains(".ipynb_checkpoints"))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (inFolder.Count == 0)
                    throw new InputException($"{path}: no notebooks (.ipynb) in this folder.");
                found.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                    throw new InputException($"{path}: not a notebook (the name should end in .ipynb).");
                found.Add(path);
            }
            else
                throw new InputException($"{path}: no such file or folder.");
        }
        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    private static (string Notebook, string Html) Targets(string notebook, string? outDir)
    {
        var name = Path.GetFileNameWithoutExtension(notebook);
        if (outDir is not null)
            return (Path.GetFullPath(Path.Combine(outDir, name + ".ipynb")), Path.GetFullPath(Path.Combine(outDir, name + ".html")));
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebook))!;
        return (Path.Combine(folder, name + ".executed.ipynb"), Path.Combine(folder, name + ".html"));
    }
}
