// Finding 8: sessions the server issues. A new conversation gets a random id; an id the server did not issue is
// replaced (never shared); Telegram keys cannot be addressed from the web; no session key is logged; memory is capped.
import { describe, expect, it } from 'vitest';
import { memorySessionStore } from '../../src/store/sessions';
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';

type Reply = { sessionId: string; amounts: { ruleId: string; eligible: boolean | null; min: number }[] };

function setup(sessions = memorySessionStore()) {
  const deps = testDeps({ sessions });
  const app = createApp(deps);
  const chat = async (message: string, sessionId?: string): Promise<Reply> =>
    (
      await app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message, ...(sessionId ? { sessionId } : {}) }),
      })
    ).json() as Promise<Reply>;
  return { deps, chat };
}

describe('web sessions', () => {
  it('gives each new conversation its own random id', async () => {
    const { chat } = setup();
    const a = await chat('博士后工作站有什么资助？');
    const b = await chat('博士后工作站有什么资助？');
    expect(a.sessionId).toMatch(/^w-[A-Za-z0-9_-]{32}$/);
    expect(b.sessionId).toMatch(/^w-[A-Za-z0-9_-]{32}$/);
    expect(a.sessionId).not.toBe(b.sessionId);
  });

  it('keeps a conversation whose first turn leaves nothing to remember (a greeting)', async () => {
    const { chat } = setup();
    const hello = await chat('你好');
    const next = await chat('我是石嘴山人，在读全日制博士，能拿多少补贴？', hello.sessionId);
    expect(next.sessionId).toBe(hello.sessionId);
    const signed = await chat('已经签了预引进协议', hello.sessionId);
    expect(signed.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', min: 20000, eligible: true });
  });

  it("stores a new conversation's first turn once, without reading it back", async () => {
    const store = memorySessionStore();
    const calls: string[] = [];
    const { chat } = setup({
      get: (id) => (calls.push('get'), store.get(id)),
      set: (id, state) => (calls.push('set'), store.set(id, state)),
    });
    const first = await chat('博士后工作站有什么资助？');
    expect(calls).toEqual(['set']);
    await chat('谁牵头', first.sessionId);
    expect(calls).toEqual(['set', 'get', 'set']);
  });

  it("replaces an id it did not issue, so two people using the README's demo-1 share nothing", async () => {
    const { chat } = setup();
    const alice = await chat('我是石嘴山人，在读全日制博士，能拿多少补贴？', 'demo-1');
    expect(alice.sessionId).not.toBe('demo-1');
    const mallory = await chat('已经签了预引进协议', 'demo-1');
    expect(mallory.sessionId).not.toBe('demo-1');
    expect(mallory.sessionId).not.toBe(alice.sessionId);
    expect(mallory.amounts.find((a) => a.ruleId === 'r12-pre-introduction' && a.eligible === true)).toBeUndefined();
    // Alice, using the id she was given, carries on.
    const next = await chat('已经签了预引进协议', alice.sessionId);
    expect(next.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', min: 20000, eligible: true });
    expect(next.sessionId).toBe(alice.sessionId);
  });

  it('never lets a web request read or write a Telegram chat state', async () => {
    const { deps, chat } = setup();
    const telegramKey = 'tg:0123456789abcdef0123456789abcdef';
    await deps.sessions.set(telegramKey, {
      facts: { subjects: ['student'], origin: true, degree: 'doctor', enrolled: true, fullTime: true },
      hints: [],
    });
    const web = await chat('已经签了预引进协议', telegramKey);
    expect(web.sessionId).not.toBe(telegramKey);
    expect(web.amounts.find((a) => a.eligible === true)).toBeUndefined();
    expect((await deps.sessions.get(telegramKey))?.facts.agreementSigned).toBeUndefined();
  });

  it('logs no session key', async () => {
    const { deps, chat } = setup();
    const first = await chat('我是石嘴山人，在读全日制博士，能拿多少补贴？', 'demo-1');
    await chat('已经签了预引进协议', first.sessionId);
    const logged = JSON.stringify(deps.logger.lines);
    expect(logged).not.toContain(first.sessionId);
    expect(logged).not.toContain('demo-1');
  });
});

describe('session memory', () => {
  it('is capped, least recently used first out', async () => {
    const store = memorySessionStore({ maxSessions: 2 });
    await store.set('a', { facts: {}, hints: [] });
    await store.set('b', { facts: {}, hints: [] });
    await store.get('a');
    await store.set('c', { facts: {}, hints: [] });
    expect(await store.get('a')).toBeDefined();
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBeDefined();
  });
});
