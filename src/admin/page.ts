// The staff dashboard, server-rendered: every value goes through hono/html's escaping; no script, styles from /assets/app.css.
// Reads on a laptop and a phone: totals for the period, search, a date filter, pagination, times in the staff's zone,
// 👎 grouped by reason and each linked to its conversation in the log.
import { html } from 'hono/html';
import type { FeedbackEntry, FeedbackReason } from '../store/feedback';
import type { CountRow, LoggedQuestion } from '../store/question-log';
import { adminShell, dataTable, folded, type Html } from './html';
import { localTime } from './time';

/** What the staff asked to see: ?q= (words in the question or answer), ?from= / ?to= (local days), ?page=. */
export interface DashboardFilter {
  q: string;
  from: string;
  to: string;
  page: number;
}

interface Totals {
  questions: number;
  nothingFound: number;
  up: number;
  down: number;
}

export interface Dashboard {
  recent: LoggedQuestion[];
  nothingFound: LoggedQuestion[];
  thumbsDown: FeedbackEntry[];
  clauses: (CountRow & { label: string })[];
  rules: (CountRow & { label: string; clause: string })[];
  retentionDays: number;
  /** Set when a store could not be read: the page says so instead of showing empty tables as if nobody asked. */
  unavailable?: string;
  filter?: DashboardFilter;
  totals?: Totals;
  /** 👎 per reason (no reason given counted as 'none'). */
  reasons?: Record<FeedbackReason | 'none', number>;
  /** Pages of recent questions. */
  pages?: number;
  /** IANA zone the times are shown in (ADMIN_TIME_ZONE, Asia/Shanghai by default). */
  timeZone?: string;
}

/** The sign-in form (401 until the token is right). */
export function loginPage(failed: boolean): Html {
  return adminShell(
    '管理登录 · Staff sign-in',
    html`<h1>管理登录 · Staff sign-in</h1>
      ${failed ? html`<p class="notice" role="alert">令牌不正确。The token is not right.</p>` : ''}
      <form method="post" action="/admin/login" class="admin-login">
        <label for="token">ADMIN_TOKEN</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required />
        <button type="submit" class="primary">登录 · Sign in</button>
      </form>`,
  );
}

const REASON_WORDS: Record<FeedbackReason | 'none', string> = {
  wrong: '答案不对',
  unanswered: '没回答我的问题',
  unclear: '看不懂',
  other: '其他',
  none: '未选原因',
};

function query(f: DashboardFilter, over: Partial<DashboardFilter>): string {
  const all = { ...f, ...over };
  const p = new URLSearchParams();
  if (all.q) p.set('q', all.q);
  if (all.from) p.set('from', all.from);
  if (all.to) p.set('to', all.to);
  if (all.page > 1) p.set('page', String(all.page));
  const s = p.toString();
  return s ? `/admin?${s}` : '/admin';
}

/** The question log as a table (one card per question on a phone). */
function questionRows(rows: LoggedQuestion[], empty: string, tz: string): Html {
  if (rows.length === 0) return html`<p>${empty}</p>`;
  const columns = [{ head: '时间' }, { head: '渠道' }, { head: '问题', cls: 'q' }, { head: '回答' }, { head: '引用' }, { head: '来源' }];
  return dataTable(
    columns,
    rows.map((q) => [
      html`<time datetime="${q.at}">${localTime(q.at, tz)}</time>`,
      q.channel,
      q.question,
      folded(q.answer),
      q.citations.length
        ? html`<ul>
            ${q.citations.map((c) => html`<li><b>${c.label}</b> ${c.quote}</li>`)}
          </ul>`
        : '—',
      `${q.source}${q.outOfScope ? ' · 范围外' : ''}`,
    ]),
    { log: true },
  );
}

/** The whole dashboard: what people ask, where the document falls short, what they disliked, what they ask about most. */
export function dashboardPage(d: Dashboard): Html {
  const tz = d.timeZone ?? 'Asia/Shanghai';
  const f: DashboardFilter = d.filter ?? { q: '', from: '', to: '', page: 1 };
  const t = d.totals;
  const pages = d.pages ?? 1;
  const byReason = (reason: FeedbackReason | 'none') => d.thumbsDown.filter((x) => (x.reason ?? 'none') === reason);
  const day = (at: string) => localTime(at, tz).slice(0, 10);
  return adminShell(
    '问答记录 · Question log',
    html`<header class="admin-head">
        <h1>问答记录 · Question log</h1>
        <form method="post" action="/admin/logout"><button type="submit" class="link">退出 · Sign out</button></form>
      </header>
      <p class="small">
        保留 ${d.retentionDays} 天；不记录姓名、用户名或聊天号。时间为 ${tz}。Kept ${d.retentionDays} days; no names, usernames or chat ids;
        times in ${tz}. <a href="/admin/export.csv?table=questions">导出问题 CSV</a> ·
        <a href="/admin/export.csv?table=feedback">导出评价 CSV</a>
      </p>
      <form method="get" action="/admin" class="admin-filter" role="search" aria-label="筛选 · Filter">
        <div class="field">
          <label for="f-q">搜索问题或回答 · Search</label><input id="f-q" name="q" type="search" value="${f.q}" maxlength="200" />
        </div>
        <div class="field"><label for="f-from">从 · From</label><input id="f-from" name="from" type="date" value="${f.from}" /></div>
        <div class="field"><label for="f-to">到 · To</label><input id="f-to" name="to" type="date" value="${f.to}" /></div>
        <div class="field actions"><button type="submit" class="primary">筛选 · Filter</button> <a href="/admin">清除 · Clear</a></div>
      </form>
      ${d.unavailable ? html`<p class="notice" role="alert">${d.unavailable}</p>` : ''}
      ${
        t
          ? html`<section aria-labelledby="h-totals">
              <h2 id="h-totals">本期合计 · Totals for the period</h2>
              <dl class="totals">
                <div>
                  <dt>问题 · Questions</dt>
                  <dd>${t.questions}</dd>
                </div>
                <div>
                  <dt>未找到答案 · Found nothing</dt>
                  <dd>${t.nothingFound}</dd>
                </div>
                <div>
                  <dt>👍 有帮助 · Helpful</dt>
                  <dd>${t.up}</dd>
                </div>
                <div>
                  <dt>👎 没帮助 · Not helpful</dt>
                  <dd>${t.down}</dd>
                </div>
              </dl>
            </section>`
          : ''
      }
      <section aria-labelledby="h-clauses">
        <h2 id="h-clauses">最常被引用的条款 · Most-asked clauses</h2>
        ${
          d.clauses.length
            ? dataTable(
                [{ head: '条款' }, { head: '次数' }],
                d.clauses.map((c) => [c.label, String(c.count)]),
              )
            : html`<p>暂无。</p>`
        }
      </section>
      <section aria-labelledby="h-rules">
        <h2 id="h-rules">金额问题（按规则）· Money questions by rule</h2>
        ${
          d.rules.length
            ? dataTable(
                [{ head: '规则' }, { head: '条款' }, { head: '次数' }],
                d.rules.map((r) => [html`${r.label} <code>${r.id}</code>`, r.clause, String(r.count)]),
              )
            : html`<p>暂无。</p>`
        }
      </section>
      <section aria-labelledby="h-nothing">
        <h2 id="h-nothing">没有找到答案的问题 · Questions that found nothing</h2>
        ${questionRows(d.nothingFound, '暂无：每个问题都找到了条款。', tz)}
      </section>
      <section aria-labelledby="h-down">
        <h2 id="h-down">👎 评价（按原因）· Thumbs down by reason</h2>
        ${
          d.thumbsDown.length
            ? (['wrong', 'unanswered', 'unclear', 'other', 'none'] as const).map((reason) => {
                const rows = byReason(reason);
                if (!rows.length) return '';
                const open = (x: FeedbackEntry) =>
                  query({ q: '', from: '', to: '', page: 1 }, { q: x.message.slice(0, 200), from: day(x.at), to: day(x.at) });
                return html`<h3>${REASON_WORDS[reason]}（${rows.length}）</h3>
                  ${dataTable(
                    [{ head: '时间' }, { head: '问题', cls: 'q' }, { head: '回答' }, { head: '意见' }, { head: '对话' }],
                    rows.map((x) => [
                      html`<time datetime="${x.at}">${localTime(x.at, tz)}</time>`,
                      x.message,
                      folded(x.answer),
                      x.comment ?? '',
                      html`<a href="${open(x)}#h-recent">查看对话 · Open</a>`,
                    ]),
                    { log: true },
                  )}`;
              })
            : html`<p>暂无。</p>`
        }
      </section>
      <section aria-labelledby="h-recent">
        <h2 id="h-recent">最近的问题 · Recent questions</h2>
        ${questionRows(d.recent, '暂无。', tz)}
        ${
          pages > 1
            ? html`<nav class="pager" aria-label="分页 · Pages">
                ${f.page > 1 ? html`<a href="${query(f, { page: f.page - 1 })}" rel="prev">← 上一页 · Previous</a>` : ''}
                <span>第 ${f.page} / ${pages} 页</span>
                ${f.page < pages ? html`<a href="${query(f, { page: f.page + 1 })}" rel="next">下一页 · Next →</a>` : ''}
              </nav>`
            : ''
        }
      </section>`,
  );
}
