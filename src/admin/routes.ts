// /admin: the staff dashboard and CSV export behind ADMIN_TOKEN (createApp mounts it only when a token is configured).
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { describeError, type Logger } from '../contract/logger';
import type { Corpus } from '../corpus/load';
import type { RuleSet } from '../rules/load';
import { foundNothing, type QuestionLog } from '../store/question-log';
import { memoryAdminSessions, newSessionId, type AdminSessionStore } from '../store/admin-sessions';
import type { FeedbackStore } from '../store/feedback';
import { errorBody } from '../web/errors';
import { pageSecurity } from '../web/page/security';
import { ADMIN_COOKIE, ADMIN_SESSION_SECONDS, browserUsedHttps, isLocalhost, sameOrigin, staffAuth } from './auth';
import { CROSS_ORIGIN, noticePage, PLAIN_HTTP } from './notice-page';
import { dayStartUtc } from './time';
import { feedbackCsv, questionsCsv } from './csv';
import { dashboardPage, loginPage, type Dashboard, type DashboardFilter } from './page';

export interface AdminDeps {
  /** ADMIN_TOKEN. */
  token: string;
  questions: QuestionLog;
  feedback: FeedbackStore;
  corpus: Corpus;
  rules: RuleSet;
  retentionDays: number;
  logger: Logger;
  /** IANA time zone for the dashboard's times and date filter (ADMIN_TIME_ZONE). */
  timeZone?: string;
  /** Server-side staff sessions (the SESSIONS KV on Workers, SQLite on Node); memory when absent. */
  adminSessions?: AdminSessionStore;
  /** Who is asking, for the failed sign-in limit (the HTTP rate limits' client key); one shared key when absent. */
  clientKey?: (c: Context) => string;
  /** ADMIN_COOKIE_SECURE: false only for a trusted plain-HTTP intranet (default true). */
  cookieSecure?: boolean;
}

const SHOWN = 50;
/** Rows in one CSV export: the whole retention window of a city's traffic fits comfortably. */
const EXPORT_ROWS = 10_000;
const LOGIN_BODY_BYTES = 4096;

/** The filter from the query string; bad values are ignored rather than refused (a staff page, not an API). */
function filterOf(c: Context): DashboardFilter {
  const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  const page = Number.parseInt(c.req.query('page') ?? '1', 10);
  return {
    q: (c.req.query('q') ?? '').trim().slice(0, 200),
    from: day(c.req.query('from')),
    to: day(c.req.query('to')),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

async function dashboard(deps: AdminDeps, f: DashboardFilter): Promise<Dashboard> {
  const timeZone = deps.timeZone ?? 'Asia/Shanghai';
  const base = { retentionDays: deps.retentionDays, filter: f, timeZone };
  try {
    // The retention window is small (days of one city's questions): read it once and filter here, on both stores alike.
    const [all, feedback, clauses, rules] = await Promise.all([
      deps.questions.recent(EXPORT_ROWS),
      deps.feedback.recent(EXPORT_ROWS),
      deps.questions.counts('clause', 29),
      deps.questions.counts('rule', 50),
    ]);
    const from = f.from ? dayStartUtc(f.from, timeZone) : -Infinity;
    const to = f.to ? dayStartUtc(f.to, timeZone) + 86_400_000 : Infinity;
    const needle = f.q.toLowerCase();
    const inPeriod = (at: string) => {
      const t = Date.parse(at);
      return t >= from && t < to;
    };
    const matches = (...texts: (string | undefined)[]) => !needle || texts.some((x) => x?.toLowerCase().includes(needle));
    const questions = all.filter((q) => inPeriod(q.at) && matches(q.question, q.answer));
    const rated = feedback.filter((x) => inPeriod(x.at) && matches(x.message, x.answer, x.comment));
    const down = rated.filter((x) => x.rating === 'down');
    const reasons = { wrong: 0, unanswered: 0, unclear: 0, other: 0, none: 0 };
    for (const x of down) reasons[x.reason ?? 'none'] += 1;
    const nothing = questions.filter(foundNothing);
    const ruleById = new Map(deps.rules.rules.map((r) => [r.id, r]));
    return {
      ...base,
      recent: questions.slice((f.page - 1) * SHOWN, f.page * SHOWN),
      pages: Math.max(1, Math.ceil(questions.length / SHOWN)),
      nothingFound: nothing.slice(0, SHOWN),
      thumbsDown: down.slice(0, SHOWN * 2),
      totals: { questions: questions.length, nothingFound: nothing.length, up: rated.length - down.length, down: down.length },
      reasons,
      clauses: clauses.map((c) => ({ ...c, label: deps.corpus.byId.get(c.id)?.label ?? c.id })),
      rules: rules.map((r) => ({ ...r, label: ruleById.get(r.id)?.label.zh ?? r.id, clause: ruleById.get(r.id)?.clause ?? '' })),
    };
  } catch (err) {
    deps.logger.error('admin_read_failed', describeError(err));
    return {
      ...base,
      recent: [],
      nothingFound: [],
      thumbsDown: [],
      clauses: [],
      rules: [],
      unavailable: '记录暂时读不到（数据库出错），请稍后再试。The log cannot be read right now; try again later.',
    };
  }
}

function noStore(c: Context): void {
  c.header('Cache-Control', 'no-store');
}

/** The admin routes as a Hono sub-app. */
export function createAdmin(deps: AdminDeps): Hono {
  const admin = new Hono();
  admin.use('/admin', pageSecurity);
  admin.use('/admin/*', pageSecurity);
  const sessions = deps.adminSessions ?? memoryAdminSessions();
  const auth = staffAuth({ token: deps.token, sessions, logger: deps.logger, clientKey: deps.clientKey ?? (() => 'client') });
  const secure = deps.cookieSecure ?? true;

  admin.get('/admin', async (c) => {
    noStore(c);
    const staff = await auth.check(c);
    if (!staff.ok) return staff.refused ?? c.html(loginPage(false), 401);
    return c.html(dashboardPage(await dashboard(deps, filterOf(c))));
  });

  admin.post('/admin/login', async (c) => {
    noStore(c);
    if (!sameOrigin(c)) {
      deps.logger.warn('admin_auth_failed', { path: c.req.path, how: 'origin' });
      return c.html(noticePage('登录被拒绝 · Sign-in refused', CROSS_ORIGIN), 403);
    }
    // A Secure cookie set over plain HTTP (other than localhost) is dropped by the browser: say so instead.
    if (secure && !browserUsedHttps(c) && !isLocalhost(c)) return c.html(noticePage('需要 HTTPS · HTTPS needed', PLAIN_HTTP), 400);
    const text = await c.req.text();
    const token = text.length <= LOGIN_BODY_BYTES ? (new URLSearchParams(text).get('token') ?? '') : '';
    const verdict = await auth.login(c, token);
    if (verdict instanceof Response) return verdict;
    if (!verdict) return c.html(loginPage(true), 401);
    const id = newSessionId();
    await sessions.create(id, ADMIN_SESSION_SECONDS);
    setCookie(c, ADMIN_COOKIE, id, { path: '/admin', httpOnly: true, secure, sameSite: 'Strict', maxAge: ADMIN_SESSION_SECONDS });
    deps.logger.info('admin_signed_in', {});
    return c.redirect('/admin', 303);
  });

  admin.post('/admin/logout', async (c) => {
    noStore(c);
    if (!sameOrigin(c)) {
      deps.logger.warn('admin_auth_failed', { path: c.req.path, how: 'origin' });
      return c.html(noticePage('退出被拒绝 · Sign-out refused', CROSS_ORIGIN), 403);
    }
    const id = getCookie(c, ADMIN_COOKIE);
    if (id) await sessions.revoke(id);
    deleteCookie(c, ADMIN_COOKIE, { path: '/admin', secure });
    return c.redirect('/admin', 303);
  });

  admin.get('/admin/export.csv', async (c) => {
    noStore(c);
    const staff = await auth.check(c);
    if (!staff.ok) {
      if (staff.refused) return staff.refused;
      c.header('WWW-Authenticate', 'Bearer');
      return c.json(errorBody('unauthorized', 'Send "Authorization: Bearer <ADMIN_TOKEN>", or sign in at /admin first.'), 401);
    }
    const table = c.req.query('table') === 'feedback' ? 'feedback' : 'questions';
    const body =
      table === 'feedback' ? feedbackCsv(await deps.feedback.recent(EXPORT_ROWS)) : questionsCsv(await deps.questions.recent(EXPORT_ROWS));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${table}-${day}.csv"`,
    });
  });

  return admin;
}
