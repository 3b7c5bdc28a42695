namespace LtvKit.Notebooks.Engine;

/// <summary>What may be written at a position of a cell: the candidates and the span they replace.</summary>
/// <param name="Items">The candidates, by name (case-insensitive, then ordinal); one per name.</param>
/// <param name="Start">Where the word being completed starts (a UTF-16 index into the cell's text).</param>
/// <param name="End">Where it ends: the position asked.</param>
/// <remarks>
/// After <c>customers.</c> the items are the members of the value's type (extension methods
/// included); after <c>Math.</c> the static members; elsewhere every name in scope — the session's
/// variables and functions, locals, types, namespaces — and C# keywords. Only names that start with
/// the word already typed (ignoring case) are kept: <c>customers.Fi</c> gives <c>First</c>,
/// <c>FirstOrDefault</c> … with <see cref="Start"/> at the <c>F</c>.
/// </remarks>
public sealed record CompletionList(IReadOnlyList<CompletionItem> Items, int Start, int End)
{
    /// <summary>No candidates at <paramref name="position"/>.</summary>
    public static CompletionList Empty(int position) => new([], position, position);
}
