// Client money cards (served as text): an Amount from the rules as 万元 and 元, per, period, payer, recipient, conditions.
export const moneyJs = String.raw`
var WORDS = {
  zh: { 'one-time': '一次性', once: '一次性', oneTime: '一次性', year: '每年', yearly: '每年', annual: '每年', perYear: '每年',
        person: '每人', station: '每个工作站', studio: '每个工作室', enterprise: '每家企业', trip: '每人每次', base: '每个基地',
        institution: '每个机构', organization: '每个单位', alliance: '每个联盟', project: '每个项目', years: '年' },
  en: { 'one-time': 'one-time', once: 'one-time', oneTime: 'one-time', year: 'per year', yearly: 'per year', annual: 'per year', perYear: 'per year',
        person: 'per person', station: 'per station', studio: 'per studio', enterprise: 'per enterprise', trip: 'per person per trip', base: 'per base',
        institution: 'per institution', organization: 'per organisation', alliance: 'per alliance', project: 'per project', years: 'years' },
};
function word(v) { return v == null ? '' : (WORDS[state.lang][v] || String(v)); }

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
function moneyCard(a, quotes, extra) {
  var lines = amountLines(a);
  var status = a.eligible === true ? 'eligible' : a.eligible === false ? 'notEligible' : 'unknown';
  var period = word(a.period) + (a.years ? ' · ' + a.years + ' ' + word('years') : '');
  var q = a.quote ? [a.quote] : quotes;
  var label = a.label || a.clause;
  return el('article', { cls: 'money ' + status, attrs: { 'aria-label': label } }, [
    el('div', { cls: 'money-head' }, [
      el('h3', { text: label, attrs: { lang: 'zh-CN' } }),
      el('span', { cls: 'badge ' + status, text: t(status) }),
    ]),
    lines[0] ? el('p', { cls: 'amount', text: lines[0] }) : null,
    lines[1] ? el('p', { cls: 'yuan', text: lines[1] }) : null,
    el('dl', { cls: 'kv' }, [
      row('per', word(a.per)), row('period', period), row('payer', a.payer), row('recipient', a.recipient),
      isRange(a) ? row('decidedBy', a.decidedBy || a.decider || a.payer) : null,
      isRange(a) ? row('criteria', textOf(a.criteria || a.basis)) : null,
    ]),
    listBlock('conditions', a.conditions),
    listBlock('obligations', a.obligations),
    extra || null,
    a.clause ? el('p', { cls: 'chips' }, [chip(String(a.clause), /^\d+$/.test(String(a.clause)) ? '【第' + a.clause + '条】' : '【' + a.clause + '】', label, q)]) : null,
  ]);
}
`;
