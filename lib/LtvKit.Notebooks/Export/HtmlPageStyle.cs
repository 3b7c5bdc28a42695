namespace LtvKit.Notebooks.Export;

/// <summary>The exported page's stylesheet: readable prose, quiet code, tables that line up numbers.</summary>
/// <remarks>
/// Japanese text falls back through Noto Sans CJK JP (Debian's fonts-noto-cjk), the macOS and
/// Windows Japanese fonts, then the system's sans-serif. Line height is generous for kanji.
/// </remarks>
internal static class HtmlPageStyle
{
    public const string Css = """
        :root {
          --text: #1f2328; --muted: #656d76; --line: #d0d7de; --code-bg: #f6f8fa;
          --accent: #0b6bcb; --error-bg: #fff1f0; --error: #a40e26; --stderr-bg: #fff8e6;
          --sans: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, -apple-system, "Segoe UI", sans-serif;
          --mono: "Noto Sans Mono CJK JP", "DejaVu Sans Mono", "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #fff; color: var(--text); font-family: var(--sans); font-size: 16px; line-height: 1.75; }
        main { max-width: 980px; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
        h1, h2, h3, h4 { line-height: 1.35; margin: 2rem 0 0.75rem; font-weight: 700; }
        h1 { font-size: 2rem; margin-top: 0; padding-bottom: 0.4rem; border-bottom: 2px solid var(--line); }
        h2 { font-size: 1.45rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.2rem; }
        p, ul, ol, blockquote { margin: 0.6rem 0; }
        a { color: var(--accent); }
        blockquote { margin-left: 0; padding: 0.2rem 1rem; color: var(--muted); border-left: 4px solid var(--line); }
        code { font-family: var(--mono); font-size: 0.9em; background: var(--code-bg); padding: 0.1em 0.35em; border-radius: 4px; }
        pre { font-family: var(--mono); font-size: 0.85rem; line-height: 1.55; margin: 0; white-space: pre-wrap; word-break: break-word; }
        pre code { background: none; padding: 0; font-size: inherit; }
        hr { border: none; border-top: 1px solid var(--line); margin: 2rem 0; }
        .cell { margin: 1rem 0; }
        .cell.markdown > :first-child { margin-top: 0; }
        .input, .output { display: grid; grid-template-columns: 4.5rem minmax(0, 1fr); gap: 0.5rem; align-items: start; }
        .prompt { font-family: var(--mono); font-size: 0.75rem; color: var(--muted); text-align: right; padding-top: 0.55rem; white-space: nowrap; }
        .input pre { background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.55rem 0.8rem; }
        .output { margin-top: 0.4rem; }
        .output-body { min-width: 0; overflow-x: auto; }
        .output-body > pre { padding: 0.45rem 0.2rem; }
        .stream.stderr { background: var(--stderr-bg); padding: 0.45rem 0.6rem; border-radius: 4px; }
        .error { background: var(--error-bg); color: var(--error); border-left: 4px solid var(--error); padding: 0.55rem 0.8rem; border-radius: 4px; }
        .error .ename { font-weight: 700; }
        table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.9rem; line-height: 1.45; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid var(--line); padding: 0.3rem 0.65rem; text-align: left; vertical-align: top; }
        thead th { background: var(--code-bg); font-weight: 600; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        tbody th { color: var(--muted); font-weight: 400; text-align: right; }
        td.num { text-align: right; white-space: nowrap; }
        .ltvkit-caption { margin: 0.2rem 0 0; color: var(--muted); font-size: 0.8rem; }
        img, svg { max-width: 100%; height: auto; }
        footer { max-width: 980px; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--line); }
        @media (max-width: 640px) { .input, .output { grid-template-columns: minmax(0, 1fr); } .prompt { text-align: left; padding-top: 0; } }
        @media print { main { max-width: none; padding: 0; } .input pre { white-space: pre-wrap; } .cell { break-inside: avoid; } }
        """;
}
