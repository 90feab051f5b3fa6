// Client clause dialog (served as text): citation chips, GET /api/clauses/:id, quoted sentences highlighted with <mark>.
export const dialogJs = String.raw`
/* The quotes an answer cites from one clause (highlighted together when its chip opens). */
function quotesOf(id, citations) { return citations.filter(function (c) { return c.id === id; }).map(function (c) { return c.quote; }); }

var clauseCache = {};
var dialogOpener = null;

/* Whitespace-insensitive search (the corpus keeps "每个 30 万元" spacing that quotes may not); returns [start, end) in text. */
function findQuote(text, quote) {
  var map = [], flat = '';
  for (var i = 0; i < text.length; i++) if (!/\s/.test(text[i])) { map.push(i); flat += text[i]; }
  var q = quote.replace(/\s+/g, '');
  if (!q) return null;
  var at = flat.indexOf(q);
  if (at < 0) return null;
  return [map[at], map[at + q.length - 1] + 1];
}

function fillHighlighted(node, text, quotes) {
  var ranges = [];
  (quotes || []).forEach(function (q) { var r = findQuote(text, q); if (r) ranges.push(r); });
  ranges.sort(function (a, b) { return a[0] - b[0]; });
  node.textContent = '';
  var pos = 0;
  ranges.forEach(function (r) {
    if (r[0] < pos) return;
    node.appendChild(doc.createTextNode(text.slice(pos, r[0])));
    node.appendChild(el('mark', { text: text.slice(r[0], r[1]) }));
    pos = r[1];
  });
  node.appendChild(doc.createTextNode(text.slice(pos)));
}

function loadClause(id) {
  if (!clauseCache[id]) {
    clauseCache[id] = fetch('/api/clauses/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) throw new Error('clause ' + r.status);
      return r.json();
    });
    clauseCache[id].catch(function () { delete clauseCache[id]; });
  }
  return clauseCache[id];
}

async function openClause(id, quotes, opener) {
  var d = $('clause-dialog'), text = $('clause-text');
  dialogOpener = opener || null;
  $('clause-title').textContent = '';
  ['clause-section', 'clause-lead', 'clause-coop'].forEach(function (k) { $(k).textContent = ''; });
  text.textContent = t('dialogLoading');
  if (!d.open) d.showModal();
  try {
    var c = await loadClause(id);
    $('clause-title').textContent = c.label;
    $('clause-section').textContent = c.section || '—';
    $('clause-lead').textContent = (c.lead || []).join('、') || '—';
    $('clause-coop').textContent = (c.cooperate || []).join('、') || '—';
    fillHighlighted(text, c.text, quotes);
    var m = text.querySelector('mark');
    if (m) m.scrollIntoView({ block: 'center' });
  } catch (e) {
    text.textContent = t('dialogError');
  }
}

function initDialog() {
  var d = $('clause-dialog');
  if (!d) return;
  $('clause-close').addEventListener('click', function () { d.close(); });
  /* A tap on the backdrop lands on the <dialog> itself; taps inside land on its children. */
  d.addEventListener('click', function (e) { if (e.target === d) d.close(); });
  d.addEventListener('close', function () { if (dialogOpener && dialogOpener.isConnected) dialogOpener.focus(); });
}

/* A chip such as 【第12条】 that opens its clause with the given quotes highlighted. */
function chip(id, text, label, quotes) {
  return el('button', {
    cls: 'chip', text: text,
    attrs: { type: 'button', 'data-clause': id, 'aria-haspopup': 'dialog', title: label, lang: 'zh-CN' },
    on: { click: function (e) { openClause(id, quotes, e.currentTarget); } },
  });
}
`;
