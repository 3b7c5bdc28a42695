namespace LtvKit.Notebooks.Engine;

/// <summary>The answer to "is this cell finished?".</summary>
/// <param name="Status">Complete, incomplete or invalid.</param>
/// <param name="Indent">For an incomplete cell, the indent of the next line (four spaces per open brace or parenthesis); otherwise empty.</param>
public sealed record CompletenessCheck(CodeCompleteness Status, string Indent);
