using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Ipynb;

namespace LtvKit.Notebooks.Running;

/// <summary>What happened to one code cell of a run, for progress lines.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Result">The engine's result; null when the cell did not run (markdown in a code cell, or after a failure).</param>
/// <param name="CodeCellCount">How many code cells the notebook has, for "3/12".</param>
public sealed record CellReport(NotebookCell Cell, ExecutionResult? Result, int CodeCellCount);
