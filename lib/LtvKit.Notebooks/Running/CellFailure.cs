using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Running;

/// <summary>A cell that failed, and its error as written in the notebook.</summary>
/// <param name="CellNumber">The cell's position in the notebook, from 1.</param>
/// <param name="Error">The error output written in the cell.</param>
public sealed record CellFailure(int CellNumber, ErrorOutput Error);
