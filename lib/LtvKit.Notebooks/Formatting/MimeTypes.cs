namespace LtvKit.Notebooks.Formatting;

/// <summary>The MIME types the engine produces and the exporter renders.</summary>
public static class MimeTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Markdown = "text/markdown";
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";
}
