namespace LtvKit.Notebooks.Formatting;

/// <summary>Text that is already HTML: displayed as <c>text/html</c>, as is. Made by the <c>HTML("…")</c> helper of a cell.</summary>
/// <remarks>Nothing in it is escaped: it is the notebook author's own markup.</remarks>
public sealed record HtmlString(string Html)
{
    public override string ToString() => Html;
}
