// Node's SQLite stores: sessions survive a new app on the same file, the D1 migrations apply once, retention deletes old rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { migrate } from '../../src/store/migrate';
import { sqliteStores } from '../../src/store/node';
import { pruneOlderThan } from '../../src/store/stores';
import { testDeps } from '../support/deps';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'szs-store-'));
  dirs.push(dir);
  return join(dir, 'assistant.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const chat = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('SQLite stores', () => {
  it('keeps the clause just answered and the part asked for, so "那这条谁牵头" and "那…呢" follow on after a restart', async () => {
    const file = tempFile();
    const before = sqliteStores(file, testDeps().logger);
    const first = await chat(createApp(testDeps(before)), { message: '专家服务基地哪个部门牵头' });
    const { sessionId } = (await first.json()) as { sessionId: string };
    before.close();

    const after = sqliteStores(file, testDeps().logger);
    const app = createApp(testDeps(after));
    const next = (await (await chat(app, { message: '那科技企业孵化器呢', sessionId })).json()) as { answer: string };
    expect(next.answer).toContain('牵头负责');
    const back = (await (await chat(app, { message: '第12条说了啥' })).json()) as { sessionId: string };
    const who = (await (await chat(app, { message: '那这条谁牵头', sessionId: back.sessionId })).json()) as { answer: string };
    expect(who.answer).toContain('市人社局');
    after.close();
  });

  it('keeps a conversation across a restart: the second app on the same file finishes the first one’s question', async () => {
    const file = tempFile();
    const before = sqliteStores(file, testDeps().logger);
    const first = await chat(createApp(testDeps(before)), { message: '我是石嘴山人，在读全日制博士，能拿多少补贴？' });
    const firstBody = (await first.json()) as { sessionId: string; amounts: { eligible: boolean | null }[] };
    expect(firstBody.amounts[0]?.eligible).toBeNull();
    before.close();

    const after = sqliteStores(file, testDeps().logger);
    const second = await chat(createApp(testDeps(after)), { message: '已经签了预引进协议', sessionId: firstBody.sessionId });
    const body = (await second.json()) as { answer: string; amounts: { ruleId: string; min: number; eligible: boolean }[] };
    expect(body.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', min: 20000, eligible: true });
    expect(body.answer).toContain('2万元');
    after.close();
  });

  it('remembers the earlier person across a restart, so "我俩加起来多少" adds both pre-introduction subsidies', async () => {
    const file = tempFile();
    const before = sqliteStores(file, testDeps().logger);
    const app1 = createApp(testDeps(before));
    const first = (await (await chat(app1, { message: '惠农户口 全日制读博 签了石嘴山企业的预引进' })).json()) as { sessionId: string };
    await chat(app1, { message: '我弟弟也是惠农户口 全日制硕士在读 也签了', sessionId: first.sessionId });
    before.close();

    const after = sqliteStores(file, testDeps().logger);
    const total = (await (await chat(createApp(testDeps(after)), { message: '我俩加起来多少', sessionId: first.sessionId })).json()) as {
      total?: { min: number; max: number };
      answer: string;
    };
    expect(total.total).toMatchObject({ min: 30000, max: 30000 });
    expect(total.answer).toContain('3万元');
    after.close();
  });

  it('logs each answered question with its clauses and rules, and nothing identifying', async () => {
    const stores = sqliteStores(tempFile(), testDeps().logger);
    const app = createApp(testDeps(stores));
    await chat(app, { message: '柔性引才这块谁牵头', sessionId: 'private-session-id' });
    await chat(app, { message: '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？' });
    await chat(app, { message: '今天天气怎么样' });
    const rows = await stores.questions.recent(10);
    expect(rows.map((r) => r.question)).toEqual([
      '今天天气怎么样',
      '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？',
      '柔性引才这块谁牵头',
    ]);
    expect(rows[1]).toMatchObject({
      channel: 'web',
      source: 'rules',
      ruleIds: ['r12-pre-introduction'],
      clauseIds: expect.arrayContaining(['12']),
    });
    expect(rows[2]?.clauseIds[0]).toBe('11');
    expect((await stores.questions.recent(10, { nothingFound: true })).map((r) => r.question)).toEqual(['今天天气怎么样']);
    expect(await stores.questions.counts('rule', 5)).toEqual([{ id: 'r12-pre-introduction', count: 1 }]);
    expect(JSON.stringify(rows)).not.toContain('private-session-id');
    stores.close();
  });

  it('deletes log rows and ratings older than the retention window', async () => {
    const stores = sqliteStores(tempFile(), testDeps().logger);
    const entry = {
      channel: 'web' as const,
      question: 'q',
      answer: 'a',
      source: 'extractive' as const,
      lang: 'zh' as const,
      outOfScope: false,
      clauseIds: [],
      ruleIds: [],
      citations: [],
    };
    await stores.questions.add({ ...entry, at: '2026-01-01T00:00:00.000Z' });
    await stores.questions.add({ ...entry, at: '2026-03-01T00:00:00.000Z' });
    await stores.feedback.add({ id: 'old', at: '2026-01-01T00:00:00.000Z', message: 'q', answer: 'a', rating: 'down' });
    const deleted = await pruneOlderThan(30, new Date('2026-03-15T00:00:00Z'), stores.retention);
    expect(deleted).toBe(2);
    expect((await stores.questions.recent(10)).map((r) => r.at)).toEqual(['2026-03-01T00:00:00.000Z']);
    expect(await stores.feedback.recent(10)).toEqual([]);
    stores.close();
  });

  it('commits the rows of one event-loop turn together, for another connection to read by the next turn', async () => {
    const file = tempFile();
    const stores = sqliteStores(file, testDeps().logger);
    const reader = new Database(file, { readonly: true });
    const count = () => (reader.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;
    await stores.sessions.set('w-a', { facts: {}, hints: [] });
    await stores.sessions.set('w-b', { facts: { degree: 'doctor' }, hints: [] });
    expect(await stores.sessions.get('w-b')).toEqual({ facts: { degree: 'doctor' }, hints: [] });
    expect(count()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(count()).toBe(2);
    await stores.sessions.set('w-c', { facts: {}, hints: [] });
    stores.close();
    expect(count()).toBe(3);
    reader.close();
  });

  it('applies the D1 migrations once, recording them where wrangler does', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(['0001_question_log_and_feedback.sql', '0002_feedback_reason.sql']);
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT name FROM d1_migrations').all()).toEqual([
      { name: '0001_question_log_and_feedback.sql' },
      { name: '0002_feedback_reason.sql' },
    ]);
    db.close();
  });
});
