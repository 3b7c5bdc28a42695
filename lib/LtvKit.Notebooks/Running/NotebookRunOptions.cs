namespace LtvKit.Notebooks.Running;

/// <summary>How a notebook run treats a failing cell.</summary>
/// <param name="ContinueOnError">
/// False (the default): the first failing cell stops the run; the cells after it are written
/// without outputs or counts, so no stale output looks current. True: every cell runs; the run
/// still fails.
/// </param>
public readonly record struct NotebookRunOptions(bool ContinueOnError = false);
