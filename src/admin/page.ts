// The staff dashboard, server-rendered: every value goes through hono/html's escaping; no script, styles from /assets/app.css.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { FeedbackEntry } from '../web/feedback';
import type { CountRow, LoggedQuestion } from '../store/question-log';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface Dashboard {
  recent: LoggedQuestion[];
  nothingFound: LoggedQuestion[];
  thumbsDown: FeedbackEntry[];
  clauses: (CountRow & { label: string })[];
  rules: (CountRow & { label: string; clause: string })[];
  retentionDays: number;
  /** Set when a store could not be read: the page says so instead of showing empty tables as if nobody asked. */
  unavailable?: string;
}

function shell(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="admin">
<main id="main">${body}</main>
</body>
</html>`;
}

/** The sign-in form (401 until the token is right). */
export function loginPage(failed: boolean): Html {
  return shell(
    '管理登录 · Staff sign-in',
    html`<h1>管理登录 · Staff sign-in</h1>
  ${failed ? html`<p class="notice" role="alert">令牌不正确。The token is not right.</p>` : ''}
  <form method="post" action="/admin/login">
    <label for="token">ADMIN_TOKEN</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required>
    <button type="submit" class="primary">登录 · Sign in</button>
  </form>`,
  );
}

function when(at: string): string {
  return at.replace('T', ' ').slice(0, 16);
}

function questionRows(rows: LoggedQuestion[], empty: string): Html {
  if (rows.length === 0) return html`<p>${empty}</p>`;
  return html`<table>
    <thead><tr><th>时间 UTC</th><th>渠道</th><th>问题</th><th>回答</th><th>引用</th><th>来源</th></tr></thead>
    <tbody>${rows.map(
      (q) => html`<tr>
      <td>${when(q.at)}</td><td>${q.channel}</td><td>${q.question}</td><td>${q.answer}</td>
      <td>${q.citations.length ? html`<ul>${q.citations.map((c) => html`<li><b>${c.label}</b> ${c.quote}</li>`)}</ul>` : '—'}</td>
      <td>${q.source}${q.outOfScope ? ' · 范围外' : ''}</td>
    </tr>`,
    )}</tbody>
  </table>`;
}

/** The whole dashboard: what people ask, where the document falls short, what they disliked, what they ask about most. */
export function dashboardPage(d: Dashboard): Html {
  return shell(
    '问答记录 · Question log',
    html`<h1>问答记录 · Question log</h1>
  <p>保留 ${d.retentionDays} 天；不记录姓名、用户名或聊天号。Kept ${d.retentionDays} days; no names, usernames or chat ids.
    <a href="/admin/export.csv?table=questions">导出问题 CSV</a> · <a href="/admin/export.csv?table=feedback">导出评价 CSV</a></p>
  <form method="post" action="/admin/logout"><button type="submit" class="link">退出 · Sign out</button></form>
  ${d.unavailable ? html`<p class="notice" role="alert">${d.unavailable}</p>` : ''}
  <section><h2>最常被引用的条款 · Most-asked clauses</h2>
    ${d.clauses.length ? html`<table><thead><tr><th>条款</th><th>次数</th></tr></thead><tbody>${d.clauses.map((c) => html`<tr><td>${c.label}</td><td>${c.count}</td></tr>`)}</tbody></table>` : html`<p>暂无。</p>`}
  </section>
  <section><h2>金额问题（按规则）· Money questions by rule</h2>
    ${d.rules.length ? html`<table><thead><tr><th>规则</th><th>条款</th><th>次数</th></tr></thead><tbody>${d.rules.map((r) => html`<tr><td>${r.label} <code>${r.id}</code></td><td>${r.clause}</td><td>${r.count}</td></tr>`)}</tbody></table>` : html`<p>暂无。</p>`}
  </section>
  <section><h2>没有找到答案的问题 · Questions that found nothing</h2>
    ${questionRows(d.nothingFound, '暂无：每个问题都找到了条款。')}
  </section>
  <section><h2>👎 评价 · Thumbs down</h2>
    ${d.thumbsDown.length
      ? html`<table><thead><tr><th>时间 UTC</th><th>问题</th><th>回答</th><th>意见</th></tr></thead><tbody>${d.thumbsDown.map((f) => html`<tr><td>${when(f.at)}</td><td>${f.message}</td><td>${f.answer}</td><td>${f.comment ?? ''}</td></tr>`)}</tbody></table>`
      : html`<p>暂无。</p>`}
  </section>
  <section><h2>最近的问题 · Recent questions</h2>
    ${questionRows(d.recent, '暂无。')}
  </section>`,
  );
}
