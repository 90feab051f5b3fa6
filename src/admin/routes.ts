// /admin: the staff dashboard and CSV export behind ADMIN_TOKEN (createApp mounts it only when a token is configured).
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Logger } from '../answer/pipeline';
import type { Corpus } from '../corpus/load';
import type { RuleSet } from '../rules/load';
import type { QuestionLog } from '../store/question-log';
import type { FeedbackStore } from '../web/feedback';
import { errorBody } from '../web/errors';
import { pageSecurity } from '../web/page/security';
import { ADMIN_COOKIE, cookieValue, isStaff, sameSecret } from './auth';
import { feedbackCsv, questionsCsv } from './csv';
import { dashboardPage, loginPage, type Dashboard } from './page';

export interface AdminDeps {
  /** ADMIN_TOKEN. */
  token: string;
  questions: QuestionLog;
  feedback: FeedbackStore;
  corpus: Corpus;
  rules: RuleSet;
  retentionDays: number;
  logger: Logger;
}

const SHOWN = 50;
/** Rows in one CSV export: the whole retention window of a city's traffic fits comfortably. */
const EXPORT_ROWS = 10_000;
const LOGIN_BODY_BYTES = 4096;

async function dashboard(deps: AdminDeps): Promise<Dashboard> {
  const base = { retentionDays: deps.retentionDays };
  try {
    const [recent, nothingFound, feedback, clauses, rules] = await Promise.all([
      deps.questions.recent(SHOWN),
      deps.questions.recent(SHOWN, { nothingFound: true }),
      deps.feedback.recent(SHOWN * 4),
      deps.questions.counts('clause', 29),
      deps.questions.counts('rule', 50),
    ]);
    const ruleById = new Map(deps.rules.rules.map((r) => [r.id, r]));
    return {
      ...base,
      recent,
      nothingFound,
      thumbsDown: feedback.filter((f) => f.rating === 'down').slice(0, SHOWN),
      clauses: clauses.map((c) => ({ ...c, label: deps.corpus.byId.get(c.id)?.label ?? c.id })),
      rules: rules.map((r) => ({ ...r, label: ruleById.get(r.id)?.label.zh ?? r.id, clause: ruleById.get(r.id)?.clause ?? '' })),
    };
  } catch (err) {
    deps.logger.error('admin_read_failed', { message: err instanceof Error ? err.message : String(err) });
    return { ...base, recent: [], nothingFound: [], thumbsDown: [], clauses: [], rules: [], unavailable: '记录暂时读不到（数据库出错），请稍后再试。The log cannot be read right now; try again later.' };
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

  admin.get('/admin', async (c) => {
    noStore(c);
    if (!(await isStaff(c, deps.token))) return c.html(loginPage(false), 401);
    return c.html(dashboardPage(await dashboard(deps)));
  });

  admin.post('/admin/login', async (c) => {
    noStore(c);
    const text = await c.req.text();
    const token = text.length <= LOGIN_BODY_BYTES ? (new URLSearchParams(text).get('token') ?? '') : '';
    if (!(await sameSecret(token, deps.token))) {
      deps.logger.warn('admin_login_failed', {});
      return c.html(loginPage(true), 401);
    }
    setCookie(c, ADMIN_COOKIE, await cookieValue(deps.token), { path: '/admin', httpOnly: true, secure: true, sameSite: 'Strict', maxAge: 8 * 60 * 60 });
    return c.redirect('/admin', 303);
  });

  admin.post('/admin/logout', (c) => {
    deleteCookie(c, ADMIN_COOKIE, { path: '/admin', secure: true });
    return c.redirect('/admin', 303);
  });

  admin.get('/admin/export.csv', async (c) => {
    noStore(c);
    if (!(await isStaff(c, deps.token))) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json(errorBody('unauthorized', 'Send "Authorization: Bearer <ADMIN_TOKEN>", or sign in at /admin first.'), 401);
    }
    const table = c.req.query('table') === 'feedback' ? 'feedback' : 'questions';
    const body = table === 'feedback' ? feedbackCsv(await deps.feedback.recent(EXPORT_ROWS)) : questionsCsv(await deps.questions.recent(EXPORT_ROWS));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${table}-${day}.csv"` });
  });

  return admin;
}
