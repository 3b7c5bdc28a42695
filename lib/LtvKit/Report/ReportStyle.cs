namespace LtvKit.Report;

/// <summary>The report's style sheet: system fonts with Noto Sans CJK JP as the Japanese fallback (no web fonts), cards and tiles on screen, A4 pages in print.</summary>
internal static class ReportStyle
{
    /// <summary>The running page header on paper: the report's title (the shop) on the left, the as-of date on the right.</summary>
    /// <remarks>The texts become CSS strings: every character but a letter, a digit or a space is written as a CSS escape, so no title can end the string or the style element.</remarks>
    public static string PageHeaders(string title, string asOf) =>
        "@page { @top-left { content: " + HtmlText.CssString(title) + "; font: 7.5pt system-ui, \"Noto Sans CJK JP\", sans-serif; color: #5c6675; } " +
        "@top-right { content: " + HtmlText.CssString(asOf) + "; font: 7.5pt system-ui, \"Noto Sans CJK JP\", sans-serif; color: #5c6675; } }\n";

    public const string Css = """
:root { --ink: #1f2733; --muted: #5c6675; --line: #e3e7ed; --bg: #f3f5f8; --card: #fff; --accent: #2f5f9e; --good: #23865a; --warn: #c26a00; --bad: #c0392b; }
* { box-sizing: border-box; }
html { font-size: 15px; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); line-height: 1.65;
  font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", Meiryo, sans-serif;
  -webkit-font-smoothing: antialiased; }
.page { max-width: 1180px; margin: 0 auto; padding: 36px 28px 48px; }
.masthead { padding: 4px 0 18px; border-bottom: 3px solid var(--accent); }
.eyebrow { font-size: .78rem; letter-spacing: .08em; color: var(--accent); font-weight: 700; }
h1 { font-size: 2rem; margin: 2px 0 10px; line-height: 1.3; letter-spacing: .01em; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 22px; color: var(--muted); font-size: .95rem; }
.meta b { color: var(--ink); font-weight: 700; }
.dataline { font-size: .82rem; color: var(--muted); background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 14px 0 0; font-variant-numeric: tabular-nums; }
.dataline b { color: var(--ink); }
.dataline .ok { color: var(--good); font-weight: 700; margin-left: 6px; }
.dataline .ng { color: var(--bad); font-weight: 700; margin-left: 6px; }
nav.toc { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 16px 0 0; font-size: .85rem; }
nav.toc a { color: var(--accent); text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 24px 28px 28px; margin: 22px 0; box-shadow: 0 1px 3px rgba(16, 24, 40, .05); }
h2 { font-size: 1.3rem; margin: 0 0 6px; display: flex; align-items: center; gap: 10px; line-height: 1.35; }
h2 .num { flex: none; display: inline-flex; width: 28px; height: 28px; border-radius: 50%; background: var(--accent); color: #fff; font-size: .85rem; align-items: center; justify-content: center; }
h3 { font-size: 1.02rem; margin: 30px 0 2px; }
.lead { color: var(--muted); margin: 0 0 16px; max-width: 62em; }
.caption { font-size: .8rem; color: var(--muted); margin: 2px 0 0; max-width: 70em; }
.tiles { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 14px; margin-top: 14px; }
.tile { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px 13px; background: #fcfcfd; container-type: inline-size; }
.tile .label { font-size: .8rem; color: var(--muted); font-weight: 700; }
.tile .value { font-size: min(1.8rem, 14cqi); font-weight: 700; font-variant-numeric: tabular-nums; letter-spacing: -.01em; line-height: 1.25; margin-top: 4px; white-space: nowrap; }
.tile .value.long { font-size: min(1.45rem, 11cqi); padding-top: .28rem; }
.tile .value small { font-size: .9rem; font-weight: 700; color: var(--muted); margin-left: 3px; }
.tile .sub { font-size: .76rem; color: var(--muted); margin-top: 4px; line-height: 1.45; }
.tile.good .value { color: var(--good); }
.tile.warn .value { color: var(--warn); }
.meter { position: relative; height: 6px; background: #e9edf2; border-radius: 3px; margin-top: 9px; }
.meter span { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; background: var(--warn); }
.tile.good .meter span { background: var(--good); }
.meter i { position: absolute; top: -4px; bottom: -4px; width: 2px; background: var(--ink); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: .88rem; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { font-size: .76rem; color: var(--muted); font-weight: 700; background: #f6f8fa; vertical-align: bottom; }
thead tr:first-child th { text-align: center; }
thead tr:first-child th:first-child { text-align: left; }
.crosstab tbody th { font-weight: 700; text-align: left; }
.crosstab tr.total th, .crosstab tr.total td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: 0; }
.crosstab td.share { color: var(--muted); }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 3px; margin-right: 8px; vertical-align: -1px; }
.table-wrap { overflow-x: auto; }
.matrix { font-size: .78rem; width: auto; }
.sankey { display: block; width: 100%; max-width: 720px; height: auto; margin: 4px 0 10px; }
.matrix th, .matrix td { padding: 4px 7px; text-align: center; }
.matrix tbody th { text-align: left; font-weight: 700; }
.table-wrap:focus-visible, .list-wrap:focus-visible { outline: 2px solid #a9c4e4; outline-offset: 2px; }
.controls { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px 18px; background: #f6f8fa; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin: 6px 0 18px; }
.controls .title { grid-column: 1 / -1; font-weight: 700; font-size: .9rem; }
.controls label { display: block; font-size: .78rem; font-weight: 700; color: var(--muted); }
.controls .field { display: flex; align-items: center; gap: 6px; margin-top: 4px; }
.controls input { width: 100%; min-width: 0; font: inherit; font-variant-numeric: tabular-nums; padding: 6px 9px; border: 1px solid #c4cad3; border-radius: 6px; background: #fff; color: var(--ink); }
.controls input:focus { outline: 2px solid #a9c4e4; border-color: var(--accent); }
.controls input[aria-invalid="true"] { border-color: var(--bad); background: #fff6f5; }
.controls .unit { color: var(--muted); font-size: .85rem; }
.controls .hint { font-size: .72rem; color: var(--muted); margin-top: 3px; line-height: 1.4; }
.controls .status-line { grid-column: 1 / -1; font-size: .8rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
.controls .status-line .error { color: var(--bad); font-weight: 700; }
button { font: inherit; font-size: .82rem; padding: 5px 12px; border: 1px solid #c4cad3; border-radius: 6px; background: #fff; color: var(--ink); cursor: pointer; }
button:hover:not(:disabled) { background: #eef2f6; }
button:disabled { opacity: .45; cursor: default; }
.grid.two { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 24px; align-items: start; }
.chart { width: 100%; min-height: 380px; }
.chart.tall { min-height: 480px; }
.chart.short { min-height: 300px; margin-top: 8px; }
.first-touch { margin: 4px 0 8px; }
.list-tools { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0; }
.list-tools input, .list-tools select { font: inherit; font-size: .88rem; padding: 6px 9px; border: 1px solid #c4cad3; border-radius: 6px; background: #fff; color: var(--ink); }
.list-tools input { flex: 1 1 260px; }
.list-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
.list-wrap table { font-size: .84rem; }
.list-wrap tbody tr:hover { background: #f7f9fc; }
.list-wrap tbody tr:last-child td { border-bottom: 0; }
#customer-list thead th { cursor: pointer; user-select: none; }
#customer-list thead th[aria-sort="ascending"]::after { content: " ▲"; font-size: .65rem; }
#customer-list thead th[aria-sort="descending"]::after { content: " ▼"; font-size: .65rem; }
#customer-list td.text, #customer-list th.text { text-align: left; }
#customer-list td.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; font-size: .8rem; }
.pill { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: .74rem; font-weight: 700; color: var(--ink); background: #eef1f5; line-height: 1.7; }
.pill i { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 5px; vertical-align: 0; }
figure.figure { margin: 0; }
.churned { color: var(--muted); }
.pager { display: flex; align-items: center; gap: 10px; justify-content: flex-end; margin-top: 8px; font-size: .82rem; color: var(--muted); }
.note { font-size: .78rem; color: var(--muted); margin: 8px 0 0; }
dl.guide { display: grid; grid-template-columns: minmax(150px, 13em) minmax(0, 1fr); gap: 12px 26px; margin: 14px 0 0; }
dl.guide dt { font-weight: 700; }
dl.guide dd { margin: 0; color: #39424f; }
footer { color: var(--muted); font-size: .76rem; text-align: center; margin-top: 26px; }
.owner { border-top: 4px solid var(--accent); }
ol.findings { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 12px; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 8px; padding: 10px 14px 10px 14px; }
.finding.good { border-left-color: var(--good); }
.finding.watch { border-left-color: var(--warn); }
.finding .tone { display: inline-block; font-size: .74rem; font-weight: 700; color: var(--muted); letter-spacing: .04em; }
.finding.good .tone { color: var(--good); }
.finding.watch .tone { color: #9a5400; }
.finding p { margin: 2px 0 0; overflow-wrap: anywhere; }
.finding .what { font-weight: 600; }
.finding .todo { color: #39424f; }
.finding .todo b { display: inline-block; font-size: .78rem; color: var(--accent); margin-right: 4px; }
.print-only { display: none; }
@media (max-width: 820px) {
  .page { padding: 18px 12px 32px; }
  .card { padding: 18px 16px; }
  .grid.two { grid-template-columns: minmax(0, 1fr); }
  .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  dl.guide { grid-template-columns: minmax(0, 1fr); gap: 2px 0; }
  dl.guide dd { margin-bottom: 10px; }
}
@media (max-width: 480px) {
  html { font-size: 14px; }
  h1 { font-size: 1.55rem; }
  h2 { font-size: 1.12rem; }
  .card { padding: 16px 12px; }
  .tiles { gap: 8px; }
  .tile { padding: 10px 10px 9px; }
  .chart { min-height: 340px; }
}
@page { size: A4; margin: 15mm 12mm 13mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt system-ui, "Noto Sans CJK JP", sans-serif; color: #5c6675; } }
@media print {
  html { font-size: 10pt; }
  body { background: #fff; }
  .page { max-width: none; padding: 0; }
  .masthead { padding-top: 0; }
  .card { border: 0; border-radius: 0; box-shadow: none; padding: 0; margin: 8mm 0 0; }
  #portfolio, #guide { break-before: page; margin-top: 0; }
  .chart, .tile, .crosstab, .controls, dl.guide dt, dl.guide dd, tr { break-inside: avoid; }
  h2, h3, .lead { break-after: avoid; }
  .grid.two { grid-template-columns: minmax(0, 1fr); gap: 4mm; }
  .tiles { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 3mm; }
  .tile .value { font-size: min(1.45rem, 14cqi); }
  .list-tools, .pager, nav.toc, .no-print, .controls .control, .controls .status-line { display: none !important; }
  .controls { display: block; background: none; border: 0; padding: 0; margin: 0 0 3mm; }
  .print-only { display: block; }
  span.print-only { display: inline; }
  thead { display: table-header-group; }
  .table-wrap, .list-wrap { overflow: visible !important; border: 0; }
  .list-wrap table { font-size: 7.5pt; }
  .list-wrap th, .list-wrap td { padding: 3px 5px; }
  th, td { white-space: normal; padding: 4px 6px; }
  table { font-size: 8.5pt; }
  #customer-list td.id { font-size: 7pt; white-space: nowrap; }
  .matrix { font-size: 6.5pt; }
  .matrix th, .matrix td { padding: 2px 3px; }
  figure.figure, .keep, .finding, .tiles, table, .dataline { break-inside: avoid; }
  .chart, .chart.tall, .chart.short { min-height: 0; }
  figcaption.print-only { font-size: 7.5pt; color: var(--muted); margin-top: 1mm; }
  .owner { border-top: 0; }
  .finding { padding: 2mm 3mm; }
  ol.findings { gap: 2mm; }
}
""";
}
