// A durable store that throws (KV or D1 down) degrades to answering without history, with a log line, never a 5xx.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { SessionStore } from '../../src/store/sessions';
import { resilientFeedback, resilientQuestionLog, resilientSessions } from '../../src/store/degrade';
import { d1Db } from '../../src/store/d1';
import type { D1Database, KvNamespace } from '../../src/store/bindings';
import { kvSessionStore } from '../../src/store/kv-sessions';
import { sqlFeedbackStore, sqlQuestionLog } from '../../src/store/sql';
import { testDeps } from '../support/deps';

const brokenKv: KvNamespace = {
  get: () => Promise.reject(new Error('KV GET failed: 503')),
  put: () => Promise.reject(new Error('KV PUT failed: 503')),
};
const brokenD1: D1Database = {
  prepare: () => {
    throw new Error('D1_ERROR: no such table: questions');
  },
};

function brokenApp() {
  const deps = testDeps();
  const sessions: SessionStore = resilientSessions(kvSessionStore(brokenKv), deps.logger);
  const db = d1Db(brokenD1);
  return {
    deps,
    app: createApp({
      ...deps,
      sessions,
      feedback: resilientFeedback(sqlFeedbackStore(db), deps.logger),
      questions: resilientQuestionLog(sqlQuestionLog(db), deps.logger),
    }),
  };
}

const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('failing KV and D1', () => {
  it('still answers 2万元 with the money rule, logging each store failure', async () => {
    const { app, deps } = brokenApp();
    const res = await post(app, '/api/chat', {
      message: '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？',
      // Shaped like an id the server issues, so the store is asked for it (and fails).
      sessionId: `w-${'k'.repeat(32)}`,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answer: string; amounts: { min: number }[] };
    expect(body.amounts[0]?.min).toBe(20000);
    expect(body.answer).toContain('2万元');
    const events = deps.logger.lines.map((l) => `${l.event}:${String(l.data?.op)}`);
    expect(events).toEqual(expect.arrayContaining(['session_store_failed:get', 'session_store_failed:set', 'question_log_failed:add']));
  });

  it('answers a follow-up as a new conversation (no history) instead of failing', async () => {
    const { app } = brokenApp();
    await post(app, '/api/chat', { message: '我是石嘴山人，在读全日制博士，能拿多少补贴？', sessionId: 'kv-down-2' });
    const res = await post(app, '/api/chat', { message: '已经签了预引进协议', sessionId: 'kv-down-2' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { answer: string }).answer.length).toBeGreaterThan(0);
  });

  it('answers 201 only when the rating was stored: otherwise 503 store_unavailable and a log line (finding 12)', async () => {
    const { app, deps } = brokenApp();
    const res = await post(app, '/api/feedback', { message: '博士补贴多少？', answer: '2万元', rating: 'down' });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: 'store_unavailable' } });
    expect(deps.logger.lines.some((l) => l.event === 'feedback_store_failed')).toBe(true);
  });

  it('reads a corrupted or foreign session value from KV as no history', async () => {
    const kv: KvNamespace = { get: async () => '{"facts":{"degree":"wizard"},"hints":[]}', put: async () => undefined };
    expect(await kvSessionStore(kv).get('x')).toBeUndefined();
  });
});
