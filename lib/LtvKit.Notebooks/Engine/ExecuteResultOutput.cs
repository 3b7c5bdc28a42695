namespace LtvKit.Notebooks.Engine;

/// <summary>The value of the cell's trailing expression (a last line without a semicolon).</summary>
/// <param name="ExecutionCount">The execution count of the cell that produced it.</param>
/// <param name="Data">MIME type → text, richest first.</param>
public sealed record ExecuteResultOutput(int ExecutionCount, IReadOnlyDictionary<string, string> Data) : CellOutput;
