// The embeddable chat button served at /widget.js: one script tag on another site adds a floating button that opens
// this assistant's chat page (/?embed=1) in an iframe. Plain ES2017 in a string (no build step, same bytes on Node and
// workerd), built in a shadow root with CSSOM styles only, so the host page's CSS cannot reach it and a strict
// host CSP (no 'unsafe-inline' styles) does not block it. It makes no request until opened, and only to this server.

/** What the button and panel say, per data-lang. */
const WIDGET_STRINGS = {
  zh: { open: '政策问答', openLabel: '打开石嘴山人才政策问答', title: '石嘴山人才政策问答', close: '关闭' },
  en: {
    open: 'Policy Q&A',
    openLabel: 'Open the Shizuishan talent-policy assistant',
    title: 'Shizuishan talent-policy assistant',
    close: 'Close',
  },
} as const;

const body = String.raw`
var script = document.currentScript;
if (!script || window.__shizuishanPolicyWidget) return;
window.__shizuishanPolicyWidget = true;
var base = new URL(script.src, location.href).origin;
var lang = script.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
var s = STR[lang];
if (location.origin !== base && ALLOWED.indexOf(location.origin) < 0) {
  console.warn('[policy widget] ' + location.origin + ' is not in EMBED_ORIGINS of ' + base + '; the chat cannot be embedded here.');
  return;
}
var doc = document;
function el(tag, attrs, css, text) {
  var n = doc.createElement(tag);
  Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
  n.style.cssText = css;
  if (text) n.textContent = text;
  return n;
}
var host = el('div', { 'data-policy-widget': '' }, 'position:fixed;z-index:2147483000;right:0;bottom:0;width:0;height:0;');
var root = host.attachShadow({ mode: 'open' });
var FONT = 'font:15px/1.4 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;';
var launcher = el('button', { type: 'button', lang: lang === 'en' ? 'en' : 'zh-CN', 'aria-label': s.openLabel, 'aria-expanded': 'false', 'aria-controls': 'policy-panel', 'aria-haspopup': 'dialog' },
  FONT + 'position:fixed;right:20px;bottom:20px;min-height:48px;padding:0 20px;border:0;border-radius:24px;background:#0b4f8a;color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.3);display:flex;align-items:center;gap:8px;');
/* A speech-bubble icon drawn inline (no font or image request), hidden from screen readers: the label says it all. */
var icon = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
icon.setAttribute('viewBox', '0 0 24 24');
icon.setAttribute('width', '20');
icon.setAttribute('height', '20');
icon.setAttribute('aria-hidden', 'true');
icon.setAttribute('focusable', 'false');
var bubble = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
bubble.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
bubble.setAttribute('fill', 'currentColor');
icon.appendChild(bubble);
launcher.appendChild(icon);
launcher.appendChild(doc.createTextNode(s.open));
var PANEL = FONT + 'position:fixed;flex-direction:column;background:#fff;color:#222;box-shadow:0 8px 30px rgba(0,0,0,.35);overflow:hidden;';
var panel = el('div', { id: 'policy-panel', role: 'dialog', 'aria-modal': 'false', 'aria-label': s.title, lang: lang === 'en' ? 'en' : 'zh-CN' }, PANEL + 'display:none;');
var bar = el('div', {}, 'display:flex;align-items:center;justify-content:space-between;gap:8px;padding:8px 8px 8px 14px;background:#0b4f8a;color:#fff;');
var title = el('span', {}, 'font-weight:600;', s.title);
var close = el('button', { type: 'button', 'aria-label': s.close }, FONT + 'min-width:44px;min-height:44px;border:0;border-radius:8px;background:transparent;color:#fff;font-size:22px;cursor:pointer;', '×');
var frame = null;
bar.appendChild(title);
bar.appendChild(close);
panel.appendChild(bar);
root.appendChild(launcher);
root.appendChild(panel);
var narrow = window.matchMedia('(max-width: 600px)');
/* A phone gets the whole screen (the button hides under it); a wider screen a 400px panel above the button. */
function layout() {
  panel.style.cssText = PANEL + 'display:flex;' + (narrow.matches
    ? 'left:0;top:0;right:0;bottom:0;width:auto;height:100%;border-radius:0;'
    : 'right:20px;bottom:84px;width:400px;height:min(640px,calc(100vh - 110px));border-radius:12px;');
  launcher.style.display = narrow.matches ? 'none' : 'flex';
}
function isOpen() { return launcher.getAttribute('aria-expanded') === 'true'; }
function open() {
  if (!frame) {
    frame = el('iframe', { src: base + '/?embed=1&lang=' + lang, title: s.title, sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups', referrerpolicy: 'strict-origin' }, 'flex:1;width:100%;border:0;');
    panel.appendChild(frame);
  }
  layout();
  launcher.setAttribute('aria-expanded', 'true');
  frame.focus();
}
function shut() {
  panel.style.display = 'none';
  launcher.style.display = 'flex';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.focus();
}
launcher.addEventListener('click', function () { isOpen() ? shut() : open(); });
close.addEventListener('click', shut);
panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') shut(); });
if (narrow.addEventListener) narrow.addEventListener('change', function () { if (isOpen()) layout(); });
(doc.body || doc.documentElement).appendChild(host);
`;

/**
 * The widget script for this deployment: the allowed host origins are written in, so a page that may not embed the chat
 * gets a console warning instead of a button that opens a refused frame.
 * @example widgetJs(['https://www.shizuishan.gov.cn'])
 */
export function widgetJs(embedOrigins: readonly string[]): string {
  return [
    '(function () {\n"use strict";',
    `var STR = ${JSON.stringify(WIDGET_STRINGS)};`,
    `var ALLOWED = ${JSON.stringify(embedOrigins)};`,
    body,
    '})();\n',
  ].join('\n');
}
