// POST /api/feedback: valid ratings reach the injected store; anything else is a 4xx a person can act on.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { memoryFeedbackStore } from '../../src/store/feedback';
import { testDeps } from '../support/deps';
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/migrate';
import { sqlFeedbackStore } from '../../src/store/sql';
import { sqliteDb } from '../../src/store/sqlite';

function setup() {
  const feedback = memoryFeedbackStore();
  return { feedback, app: createApp({ ...testDeps(), feedback }) };
}
const post = (app: ReturnType<typeof setup>['app'], body: unknown, type = 'application/json') =>
  app.request('/api/feedback', {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/feedback', () => {
  it('stores a 👎 with its comment and session', async () => {
    const { app, feedback } = setup();
    const res = await post(app, {
      sessionId: 'w-abc',
      message: '博士补贴多少？',
      answer: '2万元【第12条】',
      rating: 'down',
      comment: '没说给谁',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ ok: true });
    expect(feedback.entries).toHaveLength(1);
    expect(feedback.entries[0]).toMatchObject({ sessionId: 'w-abc', rating: 'down', comment: '没说给谁', message: '博士补贴多少？' });
  });

  it('keeps one vote per answer: a changed vote with a reason replaces the first', async () => {
    const { app, feedback } = setup();
    const base = { answerId: 't-1a2b', message: '博士补贴多少？', answer: '2万元【第12条】' };
    expect((await post(app, { ...base, rating: 'up' })).status).toBe(201);
    expect((await post(app, { ...base, rating: 'down', reason: 'unclear', comment: '看不懂给谁' })).status).toBe(201);
    expect((await post(app, { ...base, answerId: 't-other', rating: 'up' })).status).toBe(201);
    expect(feedback.entries).toHaveLength(2);
    expect(feedback.entries[0]).toMatchObject({ answerId: 't-1a2b', rating: 'down', reason: 'unclear', comment: '看不懂给谁' });
  });

  it('keeps one vote per answer in SQLite too (the migrated table, as on D1)', async () => {
    const db = new Database(':memory:');
    migrate(db);
    const store = sqlFeedbackStore(sqliteDb(db));
    const entry = { id: 'a', at: '2026-12-04T10:00:00.000Z', answerId: 't-9', message: 'q', answer: 'a', rating: 'up' as const };
    await store.add(entry);
    await store.add({ ...entry, id: 'b', at: '2026-12-04T10:01:00.000Z', rating: 'down', reason: 'wrong' });
    const rows = await store.recent(10);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'a', rating: 'down', reason: 'wrong', answerId: 't-9' });
    db.close();
  });

  it.each([
    ['an unknown reason', { message: 'q', answer: 'a', rating: 'down', reason: 'boring' }, /"reason" must be/],
    ['a rating other than up/down', { message: 'q', answer: 'a', rating: 'meh' }, /"rating" must be "up" or "down"/],
    ['a missing answer', { message: 'q', rating: 'up' }, /"answer" is required/],
    ['an empty message', { message: '  ', answer: 'a', rating: 'up' }, /"message" is empty/],
    ['a bad sessionId', { sessionId: '<x>', message: 'q', answer: 'a', rating: 'up' }, /sessionId/],
  ])('refuses %s with 400 and says what to fix', async (_name, body, message) => {
    const { app, feedback } = setup();
    const res = await post(app, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalid_request');
    expect(json.error.message).toMatch(message);
    expect(feedback.entries).toHaveLength(0);
  });

  it('refuses invalid JSON (400) and a non-JSON content type (415)', async () => {
    const { app } = setup();
    expect((await post(app, '{rating:')).status).toBe(400);
    expect((await post(app, 'rating=up', 'application/x-www-form-urlencoded')).status).toBe(415);
  });
});
