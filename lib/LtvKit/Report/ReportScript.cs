namespace LtvKit.Report;

/// <summary>
/// The report page's script (plain JavaScript, no network, no libraries but the inlined plotly.js): draws the
/// charts, re-segments in the page when a threshold changes, and runs the customer list (search, sort, pages).
/// </summary>
/// <remarks>
/// Data comes only from the JSON blocks of the page, parsed with JSON.parse; text from the data reaches the DOM
/// only through textContent, and Plotly only after escaping (&amp; &lt; &gt;), so nothing from the data is ever
/// interpreted as markup. The group rules are those of METRICS.md §3: 初回客 T = 0; よちよち客 0 &lt; T &lt; f;
/// コツコツ客 T ≥ f and M &lt; a; 流行客 f ≤ T &lt; t and M ≥ a; 優良顧客 T ≥ t and M ≥ a; 離脱客 recency ≥ c.
/// </remarks>
internal static class ReportScript
{
    public const string Js = """
(function () {
  'use strict';
  window.ltvScriptStartMs = performance.now();
  // The data block (large for a large shop) is parsed after the first chart is drawn: see start() below.
  var D, TX, G, seg, mode, th, cells = null, list, pii, fixedRows, rows, asOfMs;
  var nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  function num(v) { return nf.format(v); }
  function yen(v) { return '\u00a5' + nf.format(Math.round(v)); }
  function share(n, d) { return d > 0 ? (n * 100 / d).toFixed(1) + '%' : '\u2013'; }
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function fmt(template, values) { return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; }); }
  function byId(id) { return document.getElementById(id); }

  // ---- the charts -------------------------------------------------------------------------
  // No toolbar: its English buttons sat on the legends and were printed; the report has nothing to zoom.
  var plotConfig = { displayModeBar: false, displaylogo: false, responsive: true, scrollZoom: false };
  // Below this width (a phone) the legend goes above the plot, left-aligned, and the labels get smaller.
  var narrowPx = 560;
  var figures = {};
  var chartDivs = Array.prototype.slice.call(document.querySelectorAll('.chart[data-figure]'));
  function figureOf(div) {
    if (!figures[div.id]) {
      var fig = JSON.parse(byId(div.getAttribute('data-figure')).textContent);
      // The report's headings name each chart: the figure's own title (for notebooks) is dropped.
      if (fig.layout.title) { fig.layout.title = { text: '' }; }
      fig.layout.margin = Object.assign({}, fig.layout.margin || {}, { t: 40 });
      if (div.classList.contains('tall')) { fig.layout.height = 480; }
      if (div.clientWidth > 0 && div.clientWidth < narrowPx) { narrow(fig.layout); }
      figures[div.id] = fig;
    }
    return figures[div.id];
  }
  function narrow(layout) {
    layout.font = Object.assign({}, layout.font || {}, { size: 11 });
    if (layout.legend) { layout.legend = Object.assign({}, layout.legend, { x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom', font: { size: 10 } }); }
    layout.margin = Object.assign({}, layout.margin, { l: 44, r: layout.yaxis2 ? 52 : 12 });
    (layout.annotations || []).forEach(function (a) { a.font = Object.assign({}, a.font || {}, { size: 10 }); });
    if (layout.xaxis && layout.xaxis.type === 'category') { layout.xaxis.tickangle = -60; layout.xaxis.tickfont = { size: 10 }; }
  }
  // A figure's name for screen readers and its printed caption (図3｜…) state the chart's numbers: they follow the regrouping.
  function relabel(id, text) {
    var figure = byId(id) && byId(id).closest('figure');
    if (!figure) { return; }
    figure.setAttribute('aria-label', text);
    var caption = figure.querySelector('figcaption');
    if (caption) { caption.textContent = caption.textContent.slice(0, caption.textContent.indexOf('\uff5c') + 1) + text; }
  }
  function draw(div) {
    var fig = figureOf(div);
    return Plotly.react(div, fig.data, fig.layout, plotConfig);
  }

  // ---- thresholds and groups ----------------------------------------------------------------
  function groupOf(t, m) {
    if (t < 1) { return 0; }
    if (t < th.f) { return 1; }
    if (m < th.a) { return 2; }
    if (t < th.t) { return 3; }
    return 4;
  }
  function statusOf(r) { return r >= th.c ? 1 : 0; }

  function decodeCells() {
    var nM = seg.mEdges.length, nR = seg.rEdges.length, k = seg.cells.length / 3;
    cells = { t: new Float64Array(k), m: new Float64Array(k), r: new Float64Array(k), n: new Float64Array(k), rev: new Float64Array(k) };
    var index = 0;
    for (var i = 0; i < k; i++) {
      index += seg.cells[3 * i];
      var ri = index % nR, rest = (index - ri) / nR, mi = rest % nM, ti = (rest - mi) / nM;
      cells.t[i] = seg.tEdges[ti]; cells.m[i] = seg.mEdges[mi]; cells.r[i] = seg.rEdges[ri];
      cells.n[i] = seg.cells[3 * i + 1]; cells.rev[i] = seg.cells[3 * i + 2];
    }
    return cells;
  }

  function crossTab() {
    var n = new Array(2 * G).fill(0), rev = new Array(2 * G).fill(0), i, j;
    if (mode === 'exact') {
      for (i = 0; i < seg.t.length; i++) {
        j = 2 * groupOf(seg.t[i], seg.m[i]) + statusOf(seg.r[i]);
        n[j] += 1; rev[j] += seg.m[i];
      }
    } else if (mode === 'binned') {
      if (!cells) { decodeCells(); }
      for (i = 0; i < cells.n.length; i++) {
        j = 2 * groupOf(cells.t[i], cells.m[i]) + statusOf(cells.r[i]);
        n[j] += cells.n[i]; rev[j] += cells.rev[i];
      }
    } else {
      n = seg.n.slice(); rev = seg.rev.slice();
    }
    return { n: n, rev: rev };
  }

  function setText(key, text) {
    var el = document.querySelector('[data-cell="' + key + '"]');
    if (el) { el.textContent = text; }
  }

  function renderCrossTab(ct) {
    var totalN = 0, totalRev = 0, g, s;
    for (g = 0; g < 2 * G; g++) { totalN += ct.n[g]; totalRev += ct.rev[g]; }
    var statusN = [0, 0], statusRev = [0, 0];
    for (g = 0; g < G; g++) {
      var gn = 0, grev = 0;
      for (s = 0; s < 2; s++) {
        var n = ct.n[2 * g + s], rev = ct.rev[2 * g + s];
        setText('n-' + g + '-' + s, num(n)); setText('rev-' + g + '-' + s, yen(rev));
        gn += n; grev += rev; statusN[s] += n; statusRev[s] += rev;
      }
      setText('n-' + g, num(gn)); setText('rev-' + g, yen(grev));
      setText('nshare-' + g, share(gn, totalN)); setText('revshare-' + g, share(grev, totalRev));
    }
    for (s = 0; s < 2; s++) { setText('n-all-' + s, num(statusN[s])); setText('rev-all-' + s, yen(statusRev[s])); }
    setText('n-all', num(totalN)); setText('rev-all', yen(totalRev));
    relabel('chart-crosstab', fmt(TX.crossTabLabel, { active: num(statusN[0]), churned: num(statusN[1]) }));
    relabel('chart-lastmonth', fmt(TX.lastMonthLabel, { c: num(th.c), churned: num(statusN[1]) }));
    var fig = figures['chart-crosstab'];
    if (fig) {
      // Horizontal bars: the groups are on y, the counts on x; trace 0 active, trace 1 churned.
      for (s = 0; s < 2; s++) {
        var xs = [];
        for (g = 0; g < G; g++) { xs.push(ct.n[2 * g + s]); }
        fig.data[s].x = xs;
        fig.data[s].text = xs.map(num);
      }
    }
  }

  function renderScatter(ct) {
    var fig = figures['chart-scatter'];
    if (!fig) { return; }
    // Traces: 0 … G-1 the churned customers of each group, G … 2G-1 the active ones (drawn on top).
    var sc = D.scatter, g, k, x = [], y = [], text = [], real = [], symbol = [];
    var range = fig.layout.yaxis.range;
    if (mode !== 'fixed' && range && range[1] < th.a * 1.2) { range = fig.layout.yaxis.range = [range[0], th.a * 1.5]; }
    // Customers above the top of the axis are drawn at the edge as triangles (SegmentScatter.Symbol), the true revenue in the hover.
    var top = range[1], edge = top - (top - range[0]) * D.scatterEdgeInset, above = 0, highest = 0;
    for (k = 0; k < 2 * G; k++) { x.push([]); y.push([]); text.push([]); real.push([]); symbol.push([]); }
    for (var i = 0; i < sc.t.length; i++) {
      g = mode === 'fixed' ? sc.g[i] : groupOf(sc.t[i], sc.m[i]);
      var s = mode === 'fixed' ? sc.s[i] : statusOf(sc.r[i]), high = sc.m[i] > top;
      k = s ? g : G + g;
      x[k].push(sc.t[i]); y[k].push(high ? edge : sc.m[i]); real[k].push(sc.m[i]); text[k].push(esc(sc.id[i]));
      symbol[k].push((high ? 'triangle-up' : 'circle') + (s ? '-open' : ''));
      if (high) { above += 1; highest = Math.max(highest, sc.m[i]); }
    }
    for (k = 0; k < 2 * G; k++) {
      var trace = fig.data[k];
      g = k % G;
      trace.x = x[k]; trace.y = y[k]; trace.text = text[k]; trace.customdata = real[k]; trace.marker.symbol = symbol[k];
      trace.name = fmt(TX.groupCount, { label: esc(D.groups[g].label), n: num(ct.n[2 * g] + ct.n[2 * g + 1]) });
    }
    var note = byId('scatter-above');
    if (note) { note.textContent = above ? fmt(TX.aboveTop, { n: num(above), max: yen(highest) }) : ''; }
    var shapes = fig.layout.shapes, notes = fig.layout.annotations;
    if (mode !== 'fixed' && shapes && shapes.length >= 3) {
      shapes[0].x0 = shapes[0].x1 = th.f;
      shapes[1].x0 = shapes[1].x1 = th.t; shapes[1].y0 = th.a;
      shapes[2].x0 = th.f; shapes[2].y0 = shapes[2].y1 = th.a;
      notes[0].x = th.f; notes[0].text = fmt(TX.days, { n: num(th.f) });
      notes[1].x = th.t; notes[1].text = fmt(TX.days, { n: num(th.t) });
      notes[2].y = th.a; notes[2].text = yen(th.a);
    }
  }

  function renderLastMonth() {
    var fig = figures['chart-lastmonth'];
    if (!fig || !fig.data[0].x || fig.data[0].x.length === 0) { return; }
    var months = fig.data[0].x, at = {}, i;
    for (i = 0; i < months.length; i++) { at[months[i].slice(0, 7)] = i; }
    var active = new Array(months.length).fill(0), churned = new Array(months.length).fill(0);
    var asOf = Date.parse(D.asOf + 'T00:00:00Z'), day = 86400000;
    for (var r = 0; r < D.recency.length; r++) {
      if (!D.recency[r]) { continue; }
      var key = new Date(asOf - r * day).toISOString().slice(0, 7);
      if (!(key in at)) { continue; }
      if (r >= th.c) { churned[at[key]] += D.recency[r]; } else { active[at[key]] += D.recency[r]; }
    }
    fig.data[0].y = active; fig.data[1].y = churned;
    var boundary = new Date(asOf - th.c * day).toISOString().slice(0, 10);
    if (fig.layout.shapes && fig.layout.shapes[0]) { fig.layout.shapes[0].x0 = fig.layout.shapes[0].x1 = boundary; }
    if (fig.layout.annotations && fig.layout.annotations[0]) {
      fig.layout.annotations[0].x = boundary;
      fig.layout.annotations[0].text = fmt(TX.churnNote, { n: num(th.c) });
    }
  }

  // ---- the customer list ------------------------------------------------------------------------
  function buildRows() {
    return list.rows.map(function (row, i) {
      var o = { i: i, id: row[0], t: row[1], r: row[2], m: row[3], orders: row[4], g: 0, s: 0 };
      var at = 5;
      if (fixedRows) { o.fg = row[5]; o.fs = row[6]; at = 7; }
      o.pii = pii.map(function (_, k) { return row[at + k]; });
      o.search = (String(row[0]) + ' ' + o.pii.join(' ')).toLowerCase();
      return o;
    });
  }
  var view = { query: '', group: -1, status: -1, sort: 'revenue', dir: -1, page: 0, size: 25 };
  function isoDaysAgo(days) { return new Date(asOfMs - days * 86400000).toISOString().slice(0, 10); }
  function classifyRows() {
    rows.forEach(function (o) {
      if (fixedRows) { o.g = o.fg; o.s = o.fs; } else { o.g = groupOf(o.t, o.m); o.s = statusOf(o.r); }
    });
  }
  var sortKeys = {
    id: function (o) { return o.id; }, group: function (o) { return o.g; }, status: function (o) { return o.s; },
    orders: function (o) { return o.orders; }, revenue: function (o) { return o.m; },
    first: function (o) { return -(o.r + o.t); }, last: function (o) { return -o.r; },
    tenure: function (o) { return o.t; }, recency: function (o) { return o.r; }
  };
  function visibleRows() {
    var q = view.query.trim().toLowerCase();
    var out = rows.filter(function (o) {
      return (view.group < 0 || o.g === view.group) && (view.status < 0 || o.s === view.status) && (!q || o.search.indexOf(q) >= 0);
    });
    var key = sortKeys[view.sort];
    if (!key && view.sort.indexOf('pii') === 0) {
      var k = +view.sort.slice(3);
      key = function (o) { return o.pii[k]; };
    }
    out.sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = typeof x === 'string' ? x.localeCompare(y) : x - y;
      return c !== 0 ? c * view.dir : a.i - b.i;
    });
    return out;
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }
  function renderList() {
    var body = byId('customer-list-body');
    if (!body) { return; }
    var all = visibleRows(), pages = Math.max(1, Math.ceil(all.length / view.size));
    view.page = Math.min(view.page, pages - 1);
    var from = view.page * view.size, shown = all.slice(from, from + view.size);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (o) {
      var tr = document.createElement('tr');
      if (o.s) { tr.className = 'churned'; }
      cell(tr, o.id, 'id');
      // The group's colour as a dot: dark text on a light pill reads at any group colour (AA contrast).
      var pill = document.createElement('span'), dot = document.createElement('i');
      pill.className = 'pill';
      dot.style.background = D.groups[o.g].color;
      pill.appendChild(dot);
      pill.appendChild(document.createTextNode(D.groups[o.g].label));
      cell(tr, '', 'text').appendChild(pill);
      cell(tr, o.s ? TX.churned : TX.active, 'text');
      cell(tr, num(o.orders));
      cell(tr, yen(o.m));
      cell(tr, isoDaysAgo(o.r + o.t));
      cell(tr, isoDaysAgo(o.r));
      cell(tr, num(o.t));
      cell(tr, num(o.r));
      o.pii.forEach(function (v) { cell(tr, v, 'text'); });
      fragment.appendChild(tr);
    });
    body.textContent = '';
    if (shown.length === 0) {
      var empty = document.createElement('tr');
      var td = cell(empty, TX.noRows);
      td.colSpan = 9 + pii.length;
      fragment.appendChild(empty);
    }
    body.appendChild(fragment);
    byId('list-page').textContent = all.length === 0 ? '' : fmt(TX.pager, { from: num(from + 1), to: num(from + shown.length), total: num(all.length) });
    // On paper only the rows of the current page are printed: the note says which.
    var printed = byId('list-print-note');
    if (printed) { printed.textContent = all.length === 0 ? '' : fmt(TX.printedRows, { from: num(from + 1), to: num(from + shown.length), shown: num(all.length) }) + ' '; }
    byId('list-prev').disabled = view.page === 0;
    byId('list-next').disabled = view.page >= pages - 1;
    Array.prototype.forEach.call(document.querySelectorAll('#customer-list thead th[data-sort]'), function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-sort') === view.sort ? (view.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }
  function wireList() {
    if (!byId('customer-list')) { return; }
    byId('list-search').addEventListener('input', function (e) { view.query = e.target.value; view.page = 0; renderList(); });
    byId('list-group').addEventListener('change', function (e) { view.group = +e.target.value; view.page = 0; renderList(); });
    byId('list-status').addEventListener('change', function (e) { view.status = +e.target.value; view.page = 0; renderList(); });
    byId('list-prev').addEventListener('click', function () { view.page -= 1; renderList(); });
    byId('list-next').addEventListener('click', function () { view.page += 1; renderList(); });
    Array.prototype.forEach.call(document.querySelectorAll('#customer-list thead th[data-sort]'), function (th) {
      th.addEventListener('click', function () {
        var key = th.getAttribute('data-sort');
        view.dir = view.sort === key ? -view.dir : (key === 'id' || key.indexOf('pii') === 0 ? 1 : -1);
        view.sort = key; view.page = 0; renderList();
      });
    });
  }

  // ---- the threshold controls -------------------------------------------------------------------
  var fields = { f: 'th-f', t: 'th-t', a: 'th-a', c: 'th-c' };
  function nearest(edges, value, lowest) {
    var best = null;
    for (var i = 0; i < edges.length; i++) {
      if (edges[i] < lowest) { continue; }
      if (best === null || Math.abs(edges[i] - value) < Math.abs(best - value)) { best = edges[i]; }
    }
    return best === null ? lowest : best;
  }
  function snap(v) {
    if (mode !== 'binned') { return v; }
    var f = nearest(seg.tEdges, v.f, 1);
    var t = nearest(seg.tEdges, Math.max(v.t, f), f);
    return { f: f, t: t, a: nearest(seg.mEdges, v.a, seg.mEdges[0]), c: nearest(seg.rEdges, v.c, 1) };
  }
  function readInputs() {
    var v = {}, errors = [];
    Object.keys(fields).forEach(function (k) {
      var input = byId(fields[k]);
      var x = input.value.trim() === '' ? NaN : Number(input.value);
      var ok = isFinite(x) && (k === 'a' ? x >= 0 : Math.floor(x) === x && x >= 1);
      v[k] = x;
      input.setAttribute('aria-invalid', ok ? 'false' : 'true');
      if (!ok) { errors.push(TX['invalid_' + k]); }
    });
    if (!errors.length && v.t < v.f) {
      byId(fields.t).setAttribute('aria-invalid', 'true');
      errors.push(TX.invalid_order);
    }
    return { values: v, errors: errors };
  }
  function describe(v) {
    return fmt(TX.thresholdSummary, { f: num(v.f), t: num(v.t), a: yen(v.a), c: num(v.c) });
  }
  var applied = null;
  function update() {
    var read = readInputs(), status = byId('th-status');
    var key = [read.values.f, read.values.t, read.values.a, read.values.c].join(',');
    if (read.errors.length) {
      applied = null;
      status.textContent = '';
      var err = document.createElement('span');
      err.className = 'error';
      err.textContent = read.errors.join(' ');
      status.appendChild(err);
      return;
    }
    if (key === applied) { return; }
    applied = key;
    var v = snap(read.values);
    th = v;
    var ct = crossTab();
    renderCrossTab(ct);
    renderScatter(ct);
    renderLastMonth();
    classifyRows();
    renderList();
    ['chart-crosstab', 'chart-scatter', 'chart-lastmonth'].forEach(function (id) { if (figures[id]) { draw(byId(id)); } });
    var snapped = v.f !== read.values.f || v.t !== read.values.t || v.a !== read.values.a || v.c !== read.values.c;
    status.textContent = snapped ? fmt(TX.snapped, { values: describe(v) }) : '';
    var summary = byId('print-thresholds');
    if (summary) { summary.textContent = describe(v); }
    document.documentElement.setAttribute('data-thresholds', [v.f, v.t, v.a, v.c].join(','));
  }
  function wireControls() {
    if (!byId('controls')) { return; }
    // A value applies when it is committed (Enter, leaving the field, the spinner), not on every keystroke:
    // typing 300 must not regroup at 3 and at 30 on the way.
    Object.keys(fields).forEach(function (k) {
      var input = byId(fields[k]);
      input.addEventListener('change', update);
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); update(); } });
    });
    byId('th-reset').addEventListener('click', function () {
      Object.keys(fields).forEach(function (k) { byId(fields[k]).value = D.thresholds[k]; });
      update();
    });
  }

  // ---- print: charts take the width of an A4 page, and back -------------------------------------------
  window.addEventListener('beforeprint', function () {
    chartDivs.forEach(function (div) { if (div.data) { Plotly.relayout(div, { width: 690 }); } });
  });
  window.addEventListener('afterprint', function () {
    chartDivs.forEach(function (div) { if (div.data) { Plotly.relayout(div, { width: null }); Plotly.Plots.resize(div); } });
  });

  // ---- start: the first chart at once, then the data, the list and the controls, then the other charts --------
  function start() {
    D = JSON.parse(byId('ltv-data').textContent);
    TX = D.text; G = D.groups.length; seg = D.seg; mode = D.mode;
    th = { f: D.thresholds.f, t: D.thresholds.t, a: D.thresholds.a, c: D.thresholds.c };
    list = D.list; pii = list.pii; fixedRows = mode === 'fixed';
    asOfMs = Date.parse(D.asOf + 'T00:00:00Z');
    rows = buildRows();
    classifyRows();
    wireList();
    renderList();
    wireControls();
    document.documentElement.setAttribute('data-thresholds', [th.f, th.t, th.a, th.c].join(','));
  }
  var chain = chartDivs.length ? draw(chartDivs[0]) : Promise.resolve();
  chain = chain.then(function () { window.ltvFirstDrawMs = performance.now(); start(); });
  chartDivs.slice(1).forEach(function (div) {
    chain = chain.then(function () { return draw(div); });
  });
  chain.then(function () {
    window.ltvAllDrawnMs = performance.now();
    document.documentElement.setAttribute('data-ready', 'true');
  }, function (e) {
    document.documentElement.setAttribute('data-ready', 'error');
    throw e;
  });
})();
""";
}
