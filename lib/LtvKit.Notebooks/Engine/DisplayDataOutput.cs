namespace LtvKit.Notebooks.Engine;

/// <summary>A value shown with <c>display(x)</c> during the cell: one representation per MIME type.</summary>
/// <param name="Data">MIME type → text, richest first (for example <c>text/html</c>, then <c>text/plain</c>).</param>
public sealed record DisplayDataOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;
