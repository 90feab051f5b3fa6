// The page stylesheet served at /assets/app.css: calm, high-contrast, mobile first (360 px up), system fonts only.
export const APP_CSS = String.raw`
:root {
  --ink: #1b1f24; --muted: #4a5360; --bg: #f4f6f8; --card: #fff; --line: #d5dbe2;
  --brand: #0b4f8a; --brand-ink: #fff; --brand-soft: #e6eef7; --accent: #a4262c;
  --ok: #1d6b3a; --ok-soft: #e5f3ea; --no: #8a1f24; --no-soft: #fbe9ea; --wait: #7a5200; --wait-soft: #fdf3dc;
  --mark: #ffe58a; --focus: #c25e00; --radius: 12px;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: var(--ink); background: var(--bg); line-height: 1.6;
}
* { box-sizing: border-box; }
html, body { margin: 0; }
body { min-height: 100vh; display: flex; flex-direction: column; background: var(--bg); color: var(--ink); }
h1, h2, h3, h4 { line-height: 1.3; margin: 0 0 .5rem; }
h1 { font-size: 1.15rem; } h2 { font-size: 1.05rem; } h3 { font-size: 1rem; } h4 { font-size: .9rem; margin-top: .5rem; }
p { margin: 0 0 .5rem; }
a { color: var(--brand); }
button, select, textarea, input { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.sr-only, .offscreen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: .5rem; top: -3rem; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip:focus { top: .5rem; }
[hidden] { display: none !important; }

.top { background: var(--brand); color: var(--brand-ink); padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; justify-content: space-between; }
.top a { color: var(--brand-ink); }
.top :focus-visible { outline-color: #ffd28a; }
.home { font-weight: 700; font-size: 1.05rem; text-decoration: none; }
.sub { font-size: .75rem; opacity: .92; margin: 0; }
.top nav { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; font-size: .95rem; }
.lang { border: 1px solid rgba(255,255,255,.7); border-radius: 999px; padding: .1rem .7rem; text-decoration: none; }

main { flex: 1; width: 100%; max-width: 48rem; margin: 0 auto; padding: 1rem; }
.notice { background: var(--wait-soft); color: #4d3400; border: 1px solid #e7cf93; border-radius: var(--radius); padding: .5rem .75rem; font-size: .9rem; }
.small { font-size: .85rem; color: var(--muted); }
.status { min-height: 1.2em; color: var(--muted); font-size: .9rem; }

button { cursor: pointer; border-radius: 10px; border: 1px solid var(--line); background: var(--card); padding: .45rem .9rem; min-height: 44px; }
button:disabled { cursor: default; opacity: .6; }
button.primary { background: var(--brand); color: var(--brand-ink); border-color: var(--brand); font-weight: 600; }
button.secondary { background: var(--brand-soft); border-color: #b8cde3; color: var(--brand); }
button.link { background: none; border: none; color: var(--brand); text-decoration: underline; padding: .25rem .4rem; min-height: 36px; }
button.icon { padding: .25rem .6rem; min-width: 44px; }
button[aria-pressed="true"] { background: var(--brand-soft); border-color: var(--brand); }

.starters { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; margin-bottom: 1rem; }
.personas { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .75rem; }
.persona { border-radius: 999px; }
.starter-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.starter { width: 100%; text-align: left; background: var(--bg); }

.log { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .75rem; }
.msg { max-width: 100%; }
.msg.user { align-self: flex-end; max-width: 85%; background: var(--brand); color: var(--brand-ink); border-radius: var(--radius) var(--radius) 4px var(--radius); padding: .5rem .85rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.user p { margin: 0; }
.msg.bot .body { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius) var(--radius) var(--radius) 4px; padding: .75rem .9rem; overflow-wrap: anywhere; }
.body.problem { border-color: #e3a5a9; background: var(--no-soft); }
.thinking::after { content: ""; display: inline-block; width: 1.2em; text-align: left; animation: dots 1.2s steps(4) infinite; }
@keyframes dots { 0% { content: ""; } 25% { content: "."; } 50% { content: ".."; } 75% { content: "..."; } }
.streaming { white-space: pre-wrap; }

.chip { display: inline; min-height: 0; padding: .05rem .35rem; margin: 0 .1rem; border-radius: 6px; background: var(--brand-soft); border: 1px solid #b8cde3; color: var(--brand); font-size: .9em; font-weight: 600; }
.chips { margin: .5rem 0 0; }
.sources { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .6rem; padding-top: .6rem; border-top: 1px dashed var(--line); }
.sources-title { font-size: .85rem; color: var(--muted); }
.sources .chip { font-weight: 500; padding: .25rem .5rem; min-height: 36px; }
.actions { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .5rem; }
.note { margin-left: .25rem; }

.money { border: 1px solid var(--line); border-left: 5px solid var(--wait); border-radius: var(--radius); padding: .75rem .9rem; margin: .6rem 0; background: #fffdf8; }
.money.eligible { border-left-color: var(--ok); background: #f8fcf9; }
.money.notEligible { border-left-color: var(--no); background: #fffafa; }
.money-head { display: flex; gap: .5rem; justify-content: space-between; align-items: flex-start; }
.money-head h3 { margin: 0; }
.badge { flex: none; font-size: .75rem; font-weight: 600; border-radius: 999px; padding: .1rem .55rem; }
.badge.eligible { background: var(--ok-soft); color: var(--ok); }
.badge.notEligible { background: var(--no-soft); color: var(--no); }
.badge.unknown { background: var(--wait-soft); color: var(--wait); }
.amount { font-size: 1.7rem; font-weight: 700; color: var(--accent); margin: .3rem 0 0; font-variant-numeric: tabular-nums; }
.effect { font-weight: 600; margin: .3rem 0; }
.questions { margin: 0; padding-left: 1.2rem; }
.yuan { color: var(--muted); margin: 0 0 .4rem; font-variant-numeric: tabular-nums; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; font-size: .92rem; }
.kv div { display: contents; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
.kv-list ul { margin: 0; padding-left: 1.2rem; font-size: .92rem; }

.clarify { margin-top: .6rem; }
.options { display: flex; flex-wrap: wrap; gap: .5rem; }
.option { background: var(--brand-soft); border-color: #b8cde3; color: var(--brand); font-weight: 600; }

.composer { position: sticky; bottom: 0; background: var(--card); border-top: 1px solid var(--line); padding: .6rem 1rem calc(.6rem + env(safe-area-inset-bottom)); }
.composer-row { max-width: 48rem; margin: 0 auto; display: flex; gap: .5rem; align-items: flex-end; }
.composer-row.small { justify-content: space-between; align-items: center; margin-top: .2rem; }
.composer textarea { flex: 1; min-height: 44px; max-height: 200px; resize: none; border: 1px solid #8e99a6; border-radius: 10px; padding: .55rem .7rem; background: #fff; }
.hint { font-size: .78rem; color: var(--muted); margin: 0; }

dialog.clause { width: min(40rem, calc(100vw - 1.5rem)); max-height: calc(100vh - 2rem); padding: 0; border: none; border-radius: var(--radius); box-shadow: 0 10px 40px rgba(0,0,0,.3); }
dialog.clause::backdrop { background: rgba(16, 24, 32, .55); }
.clause-inner { padding: 1rem 1.1rem 1.2rem; }
.clause-head { display: flex; gap: .5rem; justify-content: space-between; align-items: flex-start; position: sticky; top: 0; background: var(--card); padding-bottom: .4rem; }
.clause-head h2 { margin: .4rem 0 0; }
.clause-meta { margin: 0 0 .75rem; font-size: .88rem; display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; }
.clause-meta div { display: contents; }
.clause-meta dt { color: var(--muted); }
.clause-meta dd { margin: 0; }
.clause-text { font-size: 1rem; line-height: 1.8; }
mark { background: var(--mark); color: inherit; padding: .05rem 0; border-radius: 2px; box-shadow: 0 0 0 2px var(--mark); }

.calc-form { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; display: grid; gap: .75rem; }
.calc-form fieldset { border: 1px solid var(--line); border-radius: 10px; padding: .5rem .9rem .9rem; margin: 0; display: grid; gap: .75rem; min-width: 0; }
.calc-form legend { font-weight: 700; padding: 0 .3rem; }
.field { display: grid; gap: .25rem; }
.field label { font-weight: 600; font-size: .95rem; }
.field select { width: 100%; min-width: 0; min-height: 44px; border: 1px solid #8e99a6; border-radius: 10px; padding: .4rem .6rem; background: #fff; }
.calc-form .actions { margin: 0; }
.intro { color: var(--muted); }
.result-group { margin-top: 1rem; }
details.result-group summary { font-weight: 700; font-size: 1.05rem; cursor: pointer; padding: .4rem 0; min-height: 44px; }
.money.notEligible .amount { color: var(--muted); font-size: 1.2rem; }
.cards { display: grid; gap: .25rem; }

.foot { text-align: center; font-size: .78rem; color: var(--muted); padding: .5rem 1rem 1rem; }
[data-page="chat"] .foot { display: none; }

@media (min-width: 48rem) {
  h1 { font-size: 1.3rem; }
  .calc-form fieldset { grid-template-columns: 1fr 1fr; align-items: end; }
  .cards { grid-template-columns: 1fr 1fr; gap: .75rem; }
  .starter-list { grid-template-columns: 1fr 1fr 1fr; }
}
/* Preferences: large text (适老化) raises the base size; dark mode swaps the palette. */
html[data-size="large"] { font-size: 125%; }
html[data-theme="dark"] {
  --ink: #e8ecf1; --muted: #b4bfcc; --bg: #11161c; --card: #1b232c; --line: #3a4654;
  --brand: #8ec5ff; --brand-ink: #0b1622; --brand-soft: #1e3247; --accent: #ff9d97;
  --ok: #8fdca9; --ok-soft: #17301f; --no: #ffadb0; --no-soft: #3a1c1e; --wait: #f3cd7a; --wait-soft: #33290f;
  --mark: #6b5600; --focus: #ffb454;
  color-scheme: dark;
}
html[data-theme="dark"] .top { background: #0d2a47; color: #e8ecf1; }
html[data-theme="dark"] .top a, html[data-theme="dark"] .top button { color: #e8ecf1; }
html[data-theme="dark"] .money, html[data-theme="dark"] .money.eligible, html[data-theme="dark"] .money.notEligible { background: var(--card); }
html[data-theme="dark"] .composer textarea, html[data-theme="dark"] .field select, html[data-theme="dark"] .reason-form textarea { background: #0f141a; color: var(--ink); }
html[data-theme="dark"] .notice { color: var(--ink); border-color: var(--line); }
html[data-theme="dark"] .option, html[data-theme="dark"] button.secondary, html[data-theme="dark"] .chip { border-color: var(--line); }
html[data-theme="dark"] .msg.user { background: #2a5b8c; color: #fff; }
html[data-theme="dark"] dialog { background: var(--card); color: var(--ink); }
.prefs { display: inline-flex; gap: .35rem; }
.pref { min-height: 36px; padding: .1rem .6rem; border-radius: 999px; background: transparent; border: 1px solid rgba(255,255,255,.7); color: var(--brand-ink); font-size: .85rem; }
.top .pref[aria-pressed="true"] { background: rgba(255,255,255,.25); border-color: #fff; }

.msg { scroll-margin-top: .75rem; }
/* Room below the newest turn, so its question can always scroll to the top of the free area above the input bar. */
.log > .msg.bot:last-child { min-height: calc(100vh - 15rem); }
.msg.bot:focus { outline: none; }
.msg.bot:focus-visible .body { outline: 3px solid var(--focus); }
.understood { background: var(--brand-soft); border-radius: 8px; padding: .35rem .6rem; font-size: .92rem; }
.understood-title { font-weight: 600; }
.understood .fact { min-height: 32px; padding: 0 .15rem; }
.recipient { font-weight: 600; margin: .2rem 0 .4rem; }
.interpretation { font-style: italic; }
.checks { list-style: none; padding-left: 0 !important; }
.check { display: flex; gap: .4rem; align-items: baseline; }
.check-mark { font-weight: 700; width: 1.1em; flex: none; text-align: center; }
.check-word { flex: none; font-size: .8rem; font-weight: 600; border-radius: 999px; padding: 0 .45rem; }
.check.met .check-mark, .check.met .check-word { color: var(--ok); } .check.met .check-word { background: var(--ok-soft); }
.check.unknown .check-mark, .check.unknown .check-word { color: var(--wait); } .check.unknown .check-word { background: var(--wait-soft); }
.check.unmet .check-mark, .check.unmet .check-word { color: var(--no); } .check.unmet .check-word { background: var(--no-soft); }
.clarify-q { font-weight: 600; margin-bottom: .4rem; }
.clarify.superseded .option:not([aria-pressed="true"]) { opacity: .55; text-decoration: line-through; }
.clarify.superseded .option[aria-pressed="true"] { opacity: .85; }
.superseded-note { margin: .35rem 0 0; }
.moved { font-style: italic; }
.total { font-weight: 700; font-size: 1.1rem; }
.contact { border-top: 1px dashed var(--line); margin-top: .5rem; padding-top: .4rem; font-size: .92rem; }
.calc-offer a { font-weight: 600; }
.vote { display: inline-flex; gap: .3rem; align-items: center; padding: .25rem .7rem; }
.reason-form { display: grid; gap: .35rem; margin-top: .5rem; max-width: 32rem; }
.reasons { border: 1px solid var(--line); border-radius: 10px; padding: .3rem .7rem .5rem; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
.reasons legend { font-size: .9rem; font-weight: 600; }
.reason { display: flex; align-items: center; gap: .3rem; min-height: 36px; }
.reason input { width: 1.2rem; height: 1.2rem; }
.reason-form textarea { border: 1px solid #8e99a6; border-radius: 8px; padding: .4rem; background: #fff; }
.reason-form button { justify-self: start; }
.count.near { color: var(--no); font-weight: 600; }
.composer-tools { display: inline-flex; gap: .25rem; flex-wrap: wrap; order: -1; }
.composer-row.small .hint { text-align: right; }
button.stopping { background: var(--no); border-color: var(--no); color: #fff; }
dialog.confirm { border: none; border-radius: var(--radius); padding: 1rem 1.2rem; max-width: min(28rem, calc(100vw - 2rem)); box-shadow: 0 10px 40px rgba(0,0,0,.3); }
dialog.confirm::backdrop { background: rgba(16, 24, 32, .55); }
.calc-form fieldset.subjects { display: grid; gap: .5rem; grid-template-columns: 1fr; align-items: start; }
/* The chat's status line is for screen readers; the thinking bubble shows the same on screen. */
.chat #status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; min-height: 0; }
.subject-group { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .1rem .75rem; }
.subject-group-title { grid-column: 1 / -1; font-weight: 600; color: var(--muted); margin: .25rem 0 0; font-size: .9rem; }
.subject { display: flex; gap: .5rem; align-items: center; min-height: 40px; font-size: .95rem; }
.subject input { width: 1.2rem; height: 1.2rem; flex: none; }

/* The staff dashboard (/admin): bordered tables, totals, a filter bar; on a phone each log row becomes a card. */
.admin main { max-width: 72rem; }
.admin-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem; }
.admin section { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; margin: 1rem 0; }
.admin h3 { margin-top: .75rem; }
.admin-filter, .admin-login { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .5rem .75rem; align-items: end; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; }
.admin-filter input, .admin-login input { min-height: 44px; border: 1px solid #8e99a6; border-radius: 10px; padding: .3rem .6rem; width: 100%; background: var(--card); }
.admin-filter .actions { margin: 0; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; margin: 0; }
.totals div { border: 1px solid var(--line); border-radius: 10px; padding: .5rem .75rem; }
.totals dt { font-size: .85rem; color: var(--muted); }
.totals dd { margin: 0; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
.admin table { width: 100%; border-collapse: collapse; font-size: .9rem; }
.admin th, .admin td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.admin th { background: var(--brand-soft); }
.admin td.q { min-width: 12rem; font-weight: 600; }
.admin td ul { margin: 0; padding-left: 1rem; }
.admin details summary { cursor: pointer; }
.pager { display: flex; gap: 1rem; align-items: center; justify-content: center; margin-top: .75rem; }
.pager a { display: inline-flex; align-items: center; min-height: 44px; }
@media (max-width: 40rem) {
  .admin .log-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .admin .log-table, .admin .log-table tbody, .admin .log-table tr, .admin .log-table td { display: block; width: 100%; }
  .admin .log-table tr { border: 1px solid var(--line); border-radius: 10px; margin-bottom: .6rem; padding: .3rem .5rem; }
  .admin .log-table td { border: none; padding: .15rem 0; }
  .admin .log-table td::before { content: attr(data-label) "："; color: var(--muted); font-size: .8rem; }
  .admin td.q { min-width: 0; }
}

@media print {
  .top nav, .composer, .starters, .actions, .reason-slot, .skip, .calc-form, .calc-offer, .no-print, .status, dialog { display: none !important; }
  :root, html[data-theme="dark"] { --bg: #fff; --card: #fff; --ink: #000; --muted: #333; }
  .top { background: none; color: #000; border-bottom: 2px solid #000; }
  .top a { color: #000; }
  .msg.user { background: none; color: #000; border: 1px solid #000; }
  body.print-one .msg:not(.print-this) { display: none; }
  .log > .msg.bot:last-child { min-height: 0; }
  .money, .body { break-inside: avoid; }
  [data-page="chat"] .foot { display: block; }
}
@media (prefers-reduced-motion: reduce) { .thinking::after { animation: none; content: "…"; } }
`;
