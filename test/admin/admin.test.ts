// /admin: off without ADMIN_TOKEN, 401 without the token, the dashboard and CSV with it; everything escaped.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { memoryQuestionLog } from '../../src/store/question-log';
import { memoryFeedbackStore } from '../../src/store/feedback';
import { testDeps } from '../support/deps';

const TOKEN = 'admin-test-token-0123456789';

function setup(token: string | null = TOKEN) {
  const questions = memoryQuestionLog();
  const feedback = memoryFeedbackStore();
  const app = createApp({ ...testDeps(), questions, feedback, ...(token ? { admin: { token, retentionDays: 30 } } : {}) });
  return { app, questions, feedback };
}
const bearer = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });
const chat = (app: ReturnType<typeof createApp>, message: string) =>
  app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) });

describe('/admin', () => {
  it('does not exist when ADMIN_TOKEN is not configured', async () => {
    const { app } = setup(null);
    expect((await app.request('/admin')).status).toBe(404);
    expect((await app.request('/admin/export.csv', bearer('anything'))).status).toBe(404);
  });

  it.each([
    ['no credentials', {}],
    ['a wrong token', bearer('admin-test-token-0123456788')],
    ['a prefix of the token', bearer(TOKEN.slice(0, 10))],
    ['the token plus one character', bearer(`${TOKEN}x`)],
    ['the token twice', bearer(`${TOKEN}${TOKEN}`)],
    ['the token with one letter accented', bearer(TOKEN.replace('a', 'ä'))],
    ['a forged cookie', { headers: { cookie: 'admin_session=deadbeef' } }],
  ])('refuses %s with 401 and the sign-in form', async (_name, init) => {
    const res = await setup().app.request('/admin', init);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('name="token"');
  });

  it('shows recent questions with citations, questions that found nothing, 👎 with its answer, top clauses and money rules', async () => {
    const { app, feedback } = setup();
    await chat(app, '柔性引才这块谁牵头');
    await chat(app, '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？');
    await chat(app, '今天天气怎么样');
    await feedback.add({
      id: 'f1',
      at: '2026-03-01T00:00:00.000Z',
      message: '博士补贴多少？',
      answer: '2万元【第12条】',
      rating: 'down',
      comment: '没说给谁',
    });
    await feedback.add({ id: 'f2', at: '2026-03-01T00:01:00.000Z', message: '挺好', answer: '谢谢', rating: 'up' });
    const res = await app.request('/admin', bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('柔性引才这块谁牵头');
    expect(page).toContain('第11条');
    expect(page).toContain('r12-pre-introduction');
    expect(page).toContain('石嘴山籍高校学生预引进生活补贴');
    const nothing = page.slice(page.indexOf('Questions that found nothing'), page.indexOf('Thumbs down'));
    expect(nothing).toContain('今天天气怎么样');
    const down = page.slice(page.indexOf('Thumbs down'), page.indexOf('Recent questions'));
    expect(down).toContain('2万元【第12条】');
    expect(down).toContain('没说给谁');
    expect(down).not.toContain('挺好');
  });

  it('escapes what people typed', async () => {
    const { app } = setup();
    await chat(app, '<script>alert(1)</script> 博士后工作站');
    const page = await (await app.request('/admin', bearer(TOKEN))).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('signs in through the form with an HttpOnly cookie that is not the token', async () => {
    const { app } = setup();
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' };
    const wrong = await app.request('/admin/login', { method: 'POST', headers: form, body: 'token=nope' });
    expect(wrong.status).toBe(401);
    const res = await app.request('/admin/login', { method: 'POST', headers: form, body: `token=${TOKEN}` });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0]!;
    expect((await app.request('/admin', { headers: { cookie: session } })).status).toBe(200);
  });

  it('exports the question log and feedback as CSV, quoting cells and defusing formulas', async () => {
    const { app, feedback } = setup();
    await chat(app, '=HYPERLINK("x") 博士后工作站建站能补多少');
    await feedback.add({ id: 'f1', at: '2026-03-01T00:00:00.000Z', message: '博士补贴多少？', answer: '说"2万"', rating: 'down' });
    const res = await app.request('/admin/export.csv?table=questions', bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await res.text();
    expect(csv.split('\r\n')[0]).toBe('"at","channel","question","answer","source","lang","out_of_scope","clause_ids","rule_ids","quotes"');
    expect(csv).toContain(`"'=HYPERLINK(""x"") 博士后工作站建站能补多少"`);
    const fb = await (await app.request('/admin/export.csv?table=feedback', bearer(TOKEN))).text();
    expect(fb).toContain('"down","博士补贴多少？","说""2万""",""');
    const denied = await app.request('/admin/export.csv');
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });
});
