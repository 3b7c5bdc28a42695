using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Packages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace LtvKit.Notebooks.Engine;

/// <summary>One notebook session: C# cells run in order on Roslyn scripting, each seeing what the earlier ones defined.</summary>
/// <remarks>
/// <para>
/// The engine knows nothing of files or sockets: a caller hands it a cell's text and an
/// <see cref="IOutputSink"/>, and gets the outputs as they happen (stdout/stderr text, displays,
/// the trailing expression's value, an error). The notebook runner and the Jupyter kernel are
/// two such callers.
/// </para>
/// <para>
/// Executions run one at a time. Each gets the next execution count, failed or not (as in
/// Jupyter). A cell runs on a thread of its own. On a timeout or a cancellation (Jupyter's
/// interrupt) the cell's <c>Cancellation</c> token fires and the thread is interrupted: a cell
/// blocked in <c>Thread.Sleep</c>, <c>Wait</c> or <c>Join</c> wakes, and a loop stops at the check
/// the engine wrote into it (<see cref="CancellationChecks"/>). The session goes on from the state
/// the cell stopped in: what earlier cells defined is kept, and so is what the cell assigned before
/// it stopped (as IPython keeps it after a KeyboardInterrupt).
/// </para>
/// <para>
/// .NET cannot abort a thread: a cell still running after <see cref="EngineOptions.CancellationGrace"/>
/// (stuck in native code, or in a library's loop) is left behind on its background thread, and
/// the session goes on from the state before that cell; the abandoned thread's outputs are dropped.
/// </para>
/// </remarks>
public sealed class NotebookEngine : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PackageRestorer _restorer;
    private readonly Dictionary<string, (string? Asked, string Loaded)> _packages = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = [];
    private readonly HashSet<string> _referencedPaths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cellNames = new(StringComparer.Ordinal);
    private readonly NotebookGlobals _globals;
    private ScriptOptions _scriptOptions;
    private ScriptState<object>? _state;
    private InteractiveAssemblyLoader _loader;
    private int _executionCount;
    private bool _disposed;

    public NotebookEngine(EngineOptions? options = null)
    {
        Options = options ?? new EngineOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxDisplayRows, nameof(options));
        WorkingDirectory = Path.GetFullPath(Options.WorkingDirectory ?? Environment.CurrentDirectory);
        if (!Directory.Exists(WorkingDirectory))
            throw new DirectoryNotFoundException($"The notebook's working directory {WorkingDirectory} does not exist.");
        Formatters = new FormatterRegistry(Options.MaxDisplayRows, Options.PlotlyJsPath);
        _restorer = new PackageRestorer(Options.PackagesFolder);
        var hostAssemblies = HostAssemblies.WithDependencies(Options.DefaultReferences).Prepend(typeof(NotebookGlobals).Assembly).Distinct();
        _scriptOptions = ScriptOptions.Default
            .WithReferences(HostAssemblies.FrameworkReferences)
            .AddReferences(hostAssemblies)
            .WithImports(Options.DefaultImports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
        _loader = new InteractiveAssemblyLoader();
        _globals = new NotebookGlobals(Formatters);
    }

    public EngineOptions Options { get; }

    /// <summary>The notebook's folder, full path: relative paths in directives resolve here, and cells run with it as current directory.</summary>
    public string WorkingDirectory { get; }

    /// <summary>How values are shown; a host may register its own formatters here.</summary>
    public FormatterRegistry Formatters { get; }

    /// <summary>The count of the last execution (0 before the first): Jupyter's <c>In [n]</c>.</summary>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <summary>Runs one cell, named <c>In [n]</c> in its messages.</summary>
    public Task<ExecutionResult> ExecuteAsync(string code, IOutputSink sink, CancellationToken cancellationToken = default) =>
        ExecuteAsync(code, cellName: null, sink, cancellationToken);

    /// <summary>Runs one cell; its errors name it <paramref name="cellName"/> (for example "cell 4": the notebook's fourth cell).</summary>
    /// <remarks>
    /// The cell's outputs go to <paramref name="sink"/> while it runs; the result says how it ended.
    /// The task fails only on misuse (null arguments, a disposed engine): a failing cell is an
    /// <see cref="ExecutionStatus.Error"/> result with its <see cref="ErrorOutput"/> published.
    /// </remarks>
    public Task<ExecutionResult> ExecuteAsync(string code, string? cellName, IOutputSink sink, CancellationToken cancellationToken = default) =>
        ExecuteAsync(code, cellName, sink, countExecution: true, cancellationToken);

    /// <summary>Runs one cell, counted or not.</summary>
    /// <param name="countExecution">
    /// False for a run that is not one of the notebook's executions (Jupyter's <c>silent</c> or
    /// <c>store_history: false</c>): <see cref="ExecutionCount"/> stays as it is, and the result and
    /// the trailing value carry the current count. Its errors name it "In [ ]" unless
    /// <paramref name="cellName"/> says otherwise.
    /// </param>
    public async Task<ExecutionResult> ExecuteAsync(string code, string? cellName, IOutputSink sink, bool countExecution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sink);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var count = countExecution ? Interlocked.Increment(ref _executionCount) : ExecutionCount;
            var name = cellName ?? (countExecution ? $"In [{count}]" : "In [ ]");
            return await ExecuteCoreAsync(code, name, count, sink, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether <paramref name="code"/> is ready to run or still unfinished (an open brace, string or comment), by the C# parser's script rules.</summary>
    /// <remarks>Directive lines count as finished lines. Empty text is complete.</remarks>
    public static CompletenessCheck CheckCompleteness(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CodeInsight.CheckCompleteness(code);
    }

    /// <summary>What may be written at <paramref name="position"/> (a UTF-16 index into <paramref name="code"/>), with this session's variables, functions and references in scope.</summary>
    /// <remarks>
    /// The cell is compiled as the session's next submission, but not run, so nothing changes. Safe to
    /// call while a cell runs: it sees the session as of the last cell that finished. A markdown cell
    /// has no completions.
    /// </remarks>
    public CompletionList GetCompletions(string code, int position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, code.Length);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var masked = CodeInsight.MaskDirectives(code);
        return masked is null ? CompletionList.Empty(position) : CodeInsight.Complete(NextSubmission(masked), position, cancellationToken);
    }

    /// <summary>
    /// What the name at or just before <paramref name="position"/> is, as plain text: its kind and
    /// type or signature (<c>(property) int string.Length { get; }</c>), the other overloads of a
    /// method, and the summary of its XML documentation when its assembly ships one (the kit's does).
    /// Null when there is no name there, or it does not compile to anything.
    /// </summary>
    public string? Inspect(string code, int position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, code.Length);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var masked = CodeInsight.MaskDirectives(code);
        return masked is null ? null : CodeInsight.Inspect(NextSubmission(masked), position, cancellationToken);
    }

    /// <summary>The compilation of <paramref name="code"/> as the session's next cell (not run): it sees what the earlier cells defined.</summary>
    private Compilation NextSubmission(string code)
    {
        var state = Volatile.Read(ref _state);
        var options = _scriptOptions.WithFilePath("completion");
        var script = state is null
            ? CSharpScript.Create(code, options, typeof(NotebookGlobals))
            : state.Script.ContinueWith(code, options);
        return script.GetCompilation();
    }

    /// <summary>Compiles and runs a throw-away submission, so the first real cell does not pay Roslyn's start-up (about 2 s).</summary>
    /// <remarks>
    /// Runs in turn with the cells (it waits for a running one, and a cell waits for it): compiled at the
    /// same time as a cell against the same metadata references, it made Roslyn build a second set of
    /// symbols for them, and later cells could bind to that set while earlier cells' variables had types
    /// of the other (<c>'CustomerTable' does not contain a definition for 'Select'</c>, CS1929 on an
    /// extension method of the kit's own type).
    /// </remarks>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var loader = new InteractiveAssemblyLoader();
            var script = CSharpScript.Create("1 + 1", _scriptOptions.WithFilePath("warm-up"), typeof(NotebookGlobals), loader);
            await Task.Run(() => script.RunAsync(new NotebookGlobals(Formatters), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts a new, empty session (Jupyter's restart): variables go, the execution count starts again at 0.</summary>
    /// <remarks>Assemblies already loaded stay loaded (.NET cannot unload them), and stay referenced.</remarks>
    public void Reset()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gate.Wait();
        try
        {
            NewSession();
            Volatile.Write(ref _executionCount, 0);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _loader.Dispose();
        _restorer.Dispose();
        _gate.Dispose();
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(string code, string cellName, int count, IOutputSink sink, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        ExecutionResult Finish(ExecutionStatus status, ErrorOutput? error = null, bool threadAbandoned = false)
        {
            if (error is not null)
                sink.Publish(error);
            return new ExecutionResult(count, status, error, threadAbandoned, Stopwatch.GetElapsedTime(started));
        }

        var cell = CellDirectives.Parse(code);
        if (cell.Problems.Count > 0)
            return Finish(ExecutionStatus.Error, CellErrors.Directive(cellName, cell.Problems));
        if (cell.IsMarkdown)
        {
            sink.Publish(new DisplayDataOutput(new Dictionary<string, string>
            {
                [MimeTypes.Html] = MarkdownHtml.ToHtml(cell.Code),
                [MimeTypes.Markdown] = cell.Code,
                [MimeTypes.PlainText] = cell.Code,
            }));
            return Finish(ExecutionStatus.Ok);
        }

        foreach (var source in cell.Sources)
        {
            var resolved = source.Source.Contains("://", StringComparison.Ordinal) ? source.Source : Path.GetFullPath(source.Source, WorkingDirectory);
            if (!_sources.Contains(resolved))
                _sources.Add(resolved);
        }
        foreach (var assembly in cell.Assemblies)
        {
            if (AddAssemblyReference(assembly) is { } problem)
                return Finish(ExecutionStatus.Error, CellErrors.Directive(cellName, assembly.Line, problem));
        }
        if (cell.Packages.Count > 0)
        {
            try
            {
                if (await AddPackagesAsync(cell.Packages, cellName, sink, cancellationToken).ConfigureAwait(false) is { } error)
                    return Finish(ExecutionStatus.Error, error);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Finish(ExecutionStatus.Cancelled, CellErrors.Stopped(ErrorOutput.Cancelled, cellName, "cancelled while restoring packages", threadAbandoned: false));
            }
        }
        if (string.IsNullOrWhiteSpace(cell.Code))
            return Finish(ExecutionStatus.Ok);

        var options = _scriptOptions.WithFilePath(cellName);
        Script<object> Next(string code) => _state is null
            ? CSharpScript.Create(code, options, typeof(NotebookGlobals), _loader)
            : _state.Script.ContinueWith(code, options);
        var checkedCode = CancellationChecks.Insert(cell.Code);
        var script = Next(checkedCode);
        List<Diagnostic> errors;
        try
        {
            errors = await Task.Run(() => Errors(Compile(script, cancellationToken)), cancellationToken).ConfigureAwait(false);
            // The messages quote the cell as written, not with the checks in.
            if (errors.Count > 0 && !ReferenceEquals(checkedCode, cell.Code)
                && await Task.Run(() => Errors(Next(cell.Code).Compile(cancellationToken)), cancellationToken).ConfigureAwait(false) is { Count: > 0 } asWritten)
                errors = asWritten;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Finish(ExecutionStatus.Cancelled, CellErrors.Stopped(ErrorOutput.Cancelled, cellName, "cancelled while compiling", threadAbandoned: false));
        }
        if (errors.Count > 0)
            return Finish(ExecutionStatus.Error, CellErrors.Compilation(cellName, cell.Code, errors));

        _cellNames.Add(cellName);
        var run = await RunAsync(script, HasValue(script.GetCompilation()), cellName, sink, cancellationToken).ConfigureAwait(false);
        if (run.Error is { } failure)
            return Finish(run.Status, failure, run.ThreadAbandoned);
        if (run.Value is { } value)
            sink.Publish(new ExecuteResultOutput(count, value));
        return Finish(ExecutionStatus.Ok);
    }

    /// <summary>Compiles and emits (so the cell's timeout counts only its running); returns the compiler's diagnostics.</summary>
    private static ImmutableArray<Diagnostic> Compile(Script<object> script, CancellationToken cancellationToken)
    {
        var diagnostics = script.Compile(cancellationToken);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return diagnostics;
        try
        {
            script.CreateDelegate(cancellationToken);
        }
        catch (CompilationErrorException e)
        {
            return e.Diagnostics;
        }
        return diagnostics;
    }

    private static List<Diagnostic> Errors(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];

    /// <summary>True when the cell ends on an expression without a semicolon whose type is not void: its value is shown.</summary>
    private static bool HasValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.FirstOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private sealed record RunOutcome(ExecutionStatus Status, ErrorOutput? Error, IReadOnlyDictionary<string, string>? Value, bool ThreadAbandoned);

    private async Task<RunOutcome> RunAsync(Script<object> script, bool hasValue, string cellName, IOutputSink sink, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var globals = _globals;
        var previous = _state;
        var completion = new TaskCompletionSource<(ScriptState<object> State, IReadOnlyDictionary<string, string>? Value)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var capture = new ConsoleCapture(sink);
        var context = new CellContext(sink, capture.Flush, linked.Token);
        var directory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = WorkingDirectory;
            var thread = new Thread(() =>
            {
                CellContext.Current = context;
                try
                {
                    var run = previous is null
                        ? script.RunAsync(globals, _ => true, linked.Token)
                        : script.RunFromAsync(previous, _ => true, linked.Token);
                    var state = run.GetAwaiter().GetResult();
                    // Formatting runs the cell's code too (a lazy query, a ToString): it counts in the cell's time.
                    completion.TrySetResult((state, state.Exception is null && hasValue ? FormatSafely(state.ReturnValue) : null));
                }
                catch (Exception e)
                {
                    completion.TrySetException(e);
                }
            })
            {
                IsBackground = true,
                Name = $"notebook {cellName}",
            };
            if (Options.CellTimeout != Timeout.InfiniteTimeSpan)
                timeout.CancelAfter(Options.CellTimeout);
            thread.Start();
            // Wakes a cell blocked in Sleep, Wait or Join (ThreadInterruptedException); loops see the token at their checks.
            using var wake = linked.Token.Register(thread.Interrupt);

            var finished = await CompletesAsync(completion.Task, linked.Token).ConfigureAwait(false)
                || await CompletesAsync(completion.Task, Options.CancellationGrace).ConfigureAwait(false);

            var stopReason = cancellationToken.IsCancellationRequested
                ? (Name: ErrorOutput.Cancelled, Status: ExecutionStatus.Cancelled, Reason: "cancelled")
                : timeout.IsCancellationRequested
                    ? (Name: ErrorOutput.TimeoutError, Status: ExecutionStatus.TimedOut, Reason: $"stopped after the cell timeout of {Seconds(Options.CellTimeout)}")
                    : default;
            RunOutcome Stopped(bool threadAbandoned) =>
                new(stopReason.Status, CellErrors.Stopped(stopReason.Name, cellName, stopReason.Reason, threadAbandoned), null, threadAbandoned);
            bool IsStop(Exception e) => stopReason.Name is not null && e is OperationCanceledException or ThreadInterruptedException;

            if (!finished)
                return Stopped(threadAbandoned: true); // the session goes on from the state before this cell

            capture.Flush();
            if (completion.Task.IsFaulted)
            {
                var e = completion.Task.Exception!.GetBaseException();
                return IsStop(e) ? Stopped(threadAbandoned: false) : new(ExecutionStatus.Error, CellErrors.Exception(e, cellName, _cellNames), null, false);
            }

            var (state, value) = completion.Task.Result;
            _state = state;
            if (state.Exception is { } exception)
                return IsStop(exception) ? Stopped(threadAbandoned: false) : new(ExecutionStatus.Error, CellErrors.Exception(exception, cellName, _cellNames), null, false);
            return new(ExecutionStatus.Ok, null, value, false);
        }
        finally
        {
            context.End();
            capture.Dispose();
            Environment.CurrentDirectory = directory;
        }
    }

    private IReadOnlyDictionary<string, string> FormatSafely(object? value)
    {
        try
        {
            return Formatters.Format(value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string text;
            try
            {
                text = value?.ToString() ?? "null";
            }
            catch (Exception inner) when (inner is not OperationCanceledException)
            {
                text = $"({value?.GetType().Name} could not be shown: {inner.Message})";
            }
            return new Dictionary<string, string> { [MimeTypes.PlainText] = $"{text}\n(the formatter failed: {e.GetType().Name}: {e.Message})" };
        }
    }

    private static async Task<bool> CompletesAsync(Task task, CancellationToken stop)
    {
        try
        {
            await task.WaitAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !task.IsCompleted)
        {
            return false;
        }
        catch (Exception) when (task.IsCompleted)
        {
            // The cell's own failure: read from the task by the caller.
        }
        return true;
    }

    private static async Task<bool> CompletesAsync(Task task, TimeSpan wait)
    {
        await Task.WhenAny(task, Task.Delay(wait)).ConfigureAwait(false);
        return task.IsCompleted;
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");

    private void NewSession()
    {
        _state = null;
        // The old loader may still serve an abandoned thread; it is left to the garbage collector.
        _loader = new InteractiveAssemblyLoader();
    }

    /// <summary><c>#r "path.dll"</c> (relative to the notebook) or <c>#r "AssemblyName"</c> of the host; the problem in words, or null.</summary>
    private string? AddAssemblyReference(AssemblyDirective directive)
    {
        var path = Path.GetFullPath(directive.Path, WorkingDirectory);
        if (File.Exists(path))
        {
            string name;
            try
            {
                name = AssemblyName.GetAssemblyName(path).Name ?? Path.GetFileNameWithoutExtension(path);
            }
            catch (BadImageFormatException)
            {
                return $"#r \"{directive.Path}\": {path} is not a .NET assembly.";
            }
            AddFile(name, path);
            return null;
        }
        var looksLikeName = !directive.Path.Contains('/', StringComparison.Ordinal) && !directive.Path.Contains('\\', StringComparison.Ordinal)
            && !directive.Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        if (looksLikeName && HostAssemblies.TryLoad(directive.Path) is { } host)
        {
            AddHost(host);
            return null;
        }
        return $"#r \"{directive.Path}\": no such file: {path} (a relative path starts from the notebook's folder, {WorkingDirectory}).";
    }

    /// <summary>Restores the cell's packages with the session's earlier ones; an error output, or null when all are loaded.</summary>
    private async Task<ErrorOutput?> AddPackagesAsync(IReadOnlyList<PackageDirective> directives, string cellName, IOutputSink sink, CancellationToken cancellationToken)
    {
        var installed = new List<string>();
        var toRestore = new List<PackageDirective>();
        foreach (var directive in directives)
        {
            if (_packages.TryGetValue(directive.Id, out var loaded))
            {
                if (directive.Version is not null && loaded.Asked is not null && directive.Version != loaded.Asked)
                    return CellErrors.Directive(cellName, directive.Line,
                        $"{directive.Id} {loaded.Loaded} is already loaded in this session; a running session cannot load {directive.Version} as well (restart it, or ask for {loaded.Asked}).");
                continue;
            }
            if (HostAssemblies.TryLoad(directive.Id) is { } host)
            {
                // The host carries this package: its copy is the one whose types the host's formatters know.
                AddHost(host);
                var version = HostVersion(host);
                _packages[directive.Id] = (directive.Version, version);
                installed.Add($"{directive.Id} {version} (the host's copy{(directive.Version is not null && directive.Version != version ? $"; {directive.Version} was asked" : "")})");
            }
            else
                toRestore.Add(directive);
        }

        if (toRestore.Count > 0)
        {
            var asked = _packages.Where(p => p.Value.Asked is not null || !HostAssemblies.Has(p.Key))
                .Select(p => (p.Key, p.Value.Asked))
                .Concat(toRestore.Select(d => (d.Id, d.Version)))
                .ToList();
            RestoreOutcome outcome;
            try
            {
                outcome = await _restorer.RestoreAsync(asked, _sources, cancellationToken).ConfigureAwait(false);
            }
            catch (PackageRestoreException e)
            {
                return CellErrors.Package(cellName, toRestore[0].Line, toRestore.Select(d => d.Id), e);
            }
            foreach (var package in outcome.Packages)
            {
                foreach (var path in package.AssemblyPaths)
                {
                    var name = Path.GetFileNameWithoutExtension(path);
                    try
                    {
                        name = AssemblyName.GetAssemblyName(path).Name ?? name;
                    }
                    catch (BadImageFormatException)
                    {
                        continue; // a native library shipped among the managed ones
                    }
                    AddFile(name, path);
                }
            }
            foreach (var directive in toRestore)
            {
                var resolved = outcome.Packages.FirstOrDefault(p => string.Equals(p.Id, directive.Id, StringComparison.OrdinalIgnoreCase));
                var version = resolved?.Version ?? directive.Version ?? "?";
                _packages[directive.Id] = (directive.Version, version);
                installed.Add($"{resolved?.Id ?? directive.Id} {version}");
            }
            if (outcome.FromLocalCacheOnly)
                installed.Add("(from local sources only: the remote package sources could not be reached)");
        }

        if (installed.Count > 0)
            sink.Publish(new DisplayDataOutput(new Dictionary<string, string> { [MimeTypes.PlainText] = "Installed packages: " + string.Join(", ", installed) }));
        return null;
    }

    /// <summary>References a DLL file, or the host's copy when the host has an assembly of that name (one identity, one type).</summary>
    private void AddFile(string assemblyName, string path)
    {
        if (HostAssemblies.TryLoad(assemblyName) is { } host)
        {
            AddHost(host);
            return;
        }
        if (_referencedPaths.Add(path))
            _scriptOptions = _scriptOptions.AddReferences(MetadataReference.CreateFromFile(path));
    }

    private void AddHost(Assembly host)
    {
        var assemblies = HostAssemblies.WithDependencies([host]).Where(a => _referencedPaths.Add(a.Location)).ToList();
        if (assemblies.Count > 0)
            _scriptOptions = _scriptOptions.AddReferences(assemblies);
    }

    private static string HostVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is not null)
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus > 0 ? informational[..plus] : informational;
        }
        return assembly.GetName().Version?.ToString() ?? "?";
    }
}
