using Markdig;

namespace LtvKit.Notebooks.Engine;

/// <summary>Markdown to HTML with the extensions notebook prose uses: pipe tables, task lists, footnotes, auto links.</summary>
/// <remarks>
/// Raw HTML in the markdown is kept: a notebook's prose is its author's, as in Jupyter. Headings
/// get GitHub-style ids, which keep Japanese (<c>## リピート率</c> → <c>id="リピート率"</c>), so
/// links into the page read like the heading.
/// </remarks>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown ?? "", Pipeline);
}
