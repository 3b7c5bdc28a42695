namespace LtvKit.Notebooks.Engine;

/// <summary>One completion: the text to insert and what kind of thing it names.</summary>
/// <param name="Text">The name as it is written in code (<c>Length</c>, <c>customers</c>, <c>foreach</c>).</param>
/// <param name="Kind">
/// What it names, in one word: <c>method</c>, <c>property</c>, <c>field</c>, <c>event</c>, <c>variable</c>
/// (a cell's top-level variable), <c>local</c>, <c>parameter</c>, <c>class</c>, <c>struct</c>,
/// <c>interface</c>, <c>enum</c>, <c>delegate</c>, <c>namespace</c>, <c>keyword</c>.
/// </param>
public sealed record CompletionItem(string Text, string Kind);
