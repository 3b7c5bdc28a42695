using Markdig;

namespace LtvKit.Notebooks.Engine;

/// <summary>Markdown to HTML with the extensions notebook prose uses: pipe tables, task lists, footnotes, auto links.</summary>
/// <remarks>Raw HTML in the markdown is kept: a notebook's prose is its author's, as in Jupyter.</remarks>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown ?? "", Pipeline);
}
