// Client money cards (served as text): an Amount from the rules as 万元 and 元, per, period, payer, recipient, conditions.
export const moneyJs = String.raw`
/* Rule codes (per, period, payer, recipient) read as words from the rules' own tables, injected as WORDS. */
function word(kind, v) {
  if (v == null || v === '') return '';
  var w = WORDS[kind] && WORDS[kind][v];
  return w ? w[state.lang] : String(v);
}
function factText(f) { return (FACTS[f] && FACTS[f][state.lang]) || f; }

function trimNum(n) { return String(Math.round(n * 100) / 100); }
function group(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

/* "2万元" / "2–5万元" and "20,000元" / "20,000–50,000元"; ratios as "100%" or "不低于 80%". */
function amountLines(a) {
  if (typeof a.ratio === 'number') {
    var pct = trimNum(a.ratio * 100) + '%';
    return [(a.atLeast ? t('atLeast') + ' ' : '') + pct + ' ' + t('ofCost'), ''];
  }
  if (typeof a.min !== 'number') return ['', ''];
  var max = typeof a.max === 'number' ? a.max : a.min;
  if (max === a.min) return [trimNum(a.min / 10000) + '万元', group(a.min) + '元'];
  return [trimNum(a.min / 10000) + '–' + trimNum(max / 10000) + '万元', group(a.min) + '–' + group(max) + '元'];
}
function isRange(a) { return typeof a.min === 'number' && typeof a.max === 'number' && a.max !== a.min; }

function textOf(x) {
  if (x == null) return '';
  if (typeof x === 'string') return x;
  return String(x.text || x.message || x.reason || x.question || x.label || x.fact || JSON.stringify(x));
}

function listBlock(title, items) {
  items = (items || []).map(textOf).filter(Boolean);
  if (!items.length) return null;
  return el('div', { cls: 'kv-list' }, [
    el('h4', { text: t(title) }),
    el('ul', {}, items.map(function (s) { return el('li', { text: s }); })),
  ]);
}

function row(key, value) {
  if (value == null || value === '') return null;
  return el('div', {}, [el('dt', { text: t(key) }), el('dd', { text: value })]);
}

/* One money card; quotes (from the answer's citations or the rule) are highlighted when its chip opens the clause. */
function moneyCard(a, quotes, lead) {
  var lines = amountLines(a);
  var status = a.eligible === true ? 'eligible' : a.eligible === false ? 'notEligible' : 'unknown';
  var period = word('period', a.period) + (a.years ? ' · ' + a.years + ' ' + t('yearsUnit') : '');
  var q = a.quote ? [a.quote] : quotes;
  var label = a.label || a.clause;
  var range = isRange(a);
  return el('article', { cls: 'money ' + status, attrs: { 'aria-label': label } }, [
    el('div', { cls: 'money-head' }, [
      el('h3', { text: label }),
      el('span', { cls: 'badge ' + status, text: t(status) }),
    ]),
    lines[0] ? el('p', { cls: 'amount', text: lines[0] }) : null,
    lines[1] ? el('p', { cls: 'yuan', text: lines[1] }) : null,
    !lines[0] && a.effect ? el('p', { cls: 'effect', text: a.effect }) : null,
    /* min–max is discretion once eligibility is settled, but may only span the still-open outcomes (a table by degree) before. */
    range ? el('p', { cls: 'range-note small', text: t(a.eligible === null ? 'rangeNoteOpen' : 'rangeNote') }) : null,
    el('dl', { cls: 'kv' }, [
      row('per', word('per', a.per)), row('period', period), row('payer', word('payer', a.payer)), row('recipient', word('recipient', a.recipient)),
      range && a.eligible !== null ? row('decidedBy', a.decidedBy || (lead && lead.length ? lead.join('、') : null)) : null,
      range ? row('criteria', textOf(a.criteria || a.basis)) : null,
      row('excludedBy', a.excludedBy ? (/^\d+$/.test(a.excludedBy) ? '第' + a.excludedBy + '条' : a.excludedBy) : null),
    ]),
    listBlock('whyNot', a.why),
    listBlock('calcMissing', (a.missing || []).map(factText)),
    listBlock('conditions', a.conditions),
    listBlock('obligations', a.obligations),
    a.clause ? el('p', { cls: 'chips' }, [chip(String(a.clause), /^\d+$/.test(String(a.clause)) ? '【第' + a.clause + '条】' : '【' + a.clause + '】', label, q)]) : null,
  ]);
}
`;
