// Client core (served as text): DOM building by textContent only, interface strings, language switch, session ids.
// Written as plain ES2020 in a string so Node and workerd serve the same bytes with no build step.
export const coreJs = String.raw`
var doc = document, root = doc.documentElement;
var state = { lang: root.getAttribute('data-lang') === 'en' ? 'en' : 'zh' };
function t(key) { return (STR[state.lang] && STR[state.lang][key]) || STR.zh[key] || key; }
function $(id) { return doc.getElementById(id); }
function htmlLangOf(l) { return l === 'en' ? 'en' : 'zh-CN'; }

/* Every user- or model-provided string goes through textContent here; nothing is parsed as HTML. */
function el(tag, opts, children) {
  var n = doc.createElement(tag);
  opts = opts || {};
  if (opts.cls) n.className = opts.cls;
  if (opts.text != null) n.textContent = String(opts.text);
  if (opts.attrs) Object.keys(opts.attrs).forEach(function (k) { if (opts.attrs[k] != null) n.setAttribute(k, String(opts.attrs[k])); });
  if (opts.on) Object.keys(opts.on).forEach(function (k) { n.addEventListener(k, opts.on[k]); });
  (children || []).forEach(function (c) { if (c) n.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c); });
  return n;
}

// A new conversation sends no id: the server issues one with the first answer (ids it did not issue are replaced).
function newSessionId() {
  return undefined;
}

function applyLang(l) {
  state.lang = l;
  root.lang = htmlLangOf(l);
  root.setAttribute('data-lang', l);
  doc.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
  doc.querySelectorAll('[data-i18n-placeholder]').forEach(function (n) { n.setAttribute('placeholder', t(n.getAttribute('data-i18n-placeholder'))); });
  doc.querySelectorAll('[data-i18n-label]').forEach(function (n) { n.setAttribute('aria-label', t(n.getAttribute('data-i18n-label'))); });
  doc.querySelectorAll('[data-zh]').forEach(function (n) { n.textContent = n.getAttribute('data-' + l); });
  var other = l === 'zh' ? 'en' : 'zh', sw = $('lang-switch');
  if (sw) { sw.setAttribute('href', '?lang=' + other); sw.setAttribute('lang', htmlLangOf(other)); sw.setAttribute('hreflang', htmlLangOf(other)); }
  doc.title = t(root.getAttribute('data-page') === 'calc' ? 'calcTitle' : 'title') + (root.getAttribute('data-page') === 'calc' ? ' · ' + t('title') : '');
  doc.cookie = 'lang=' + l + '; path=/; max-age=31536000; samesite=lax';
  doc.dispatchEvent(new CustomEvent('langchange'));
}

function initLang() {
  var sw = $('lang-switch');
  if (!sw) return;
  sw.addEventListener('click', function (e) {
    e.preventDefault();
    applyLang(state.lang === 'zh' ? 'en' : 'zh');
    if (location.search) history.replaceState(null, '', location.pathname);
  });
}

/* Errors the page knows how to explain: network, rate limit, server, or a 4xx with the server's message. */
function HttpProblem(kind, status, message) { this.kind = kind; this.status = status; this.message = message || ''; }

async function problemOf(res) {
  var msg = '';
  try { var j = await res.json(); msg = j && j.error && j.error.message ? String(j.error.message) : ''; } catch (e) { /* not JSON */ }
  if (res.status === 429) return new HttpProblem('rate', 429, msg);
  if (res.status >= 500) return new HttpProblem('server', res.status, msg);
  return new HttpProblem('client', res.status, msg);
}

async function postJson(path, body, accept) {
  var res;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: accept || 'application/json' }, body: JSON.stringify(body) });
  } catch (e) { throw new HttpProblem('network', 0, ''); }
  if (!res.ok) throw await problemOf(res);
  return res;
}
`;
