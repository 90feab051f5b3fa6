// The HTTP contract inside workerd: the real src/worker.ts with wrangler.toml's KV, D1 and rate limiter (simulated).
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { describeHttpContract } from '../contract/http';

interface ChatAnswer {
  answer: string;
  citations: { id: string; label: string; quote: string }[];
  amounts: { ruleId: string; clause: string; min?: number; max?: number; eligible: boolean | null }[];
  source: string;
}

const chat = (body: unknown) =>
  SELF.fetch('https://assistant.test/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the Worker (workerd, wrangler.toml bindings)', () => {
  it('answers /healthz with ok and the 29 parts', async () => {
    const res = await SELF.fetch('https://assistant.test/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, provider: 'offline', clauses: 29 });
  });

  it('answers who leads flexible recruitment by quoting clause 11 verbatim', async () => {
    const res = await chat({ message: '柔性引才这块谁牵头' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ChatAnswer;
    expect(body.source).toBe('extractive');
    expect(body.citations[0]?.id).toBe('11');
    const clause = (await (await SELF.fetch('https://assistant.test/api/clauses/11')).json()) as { text: string };
    for (const c of body.citations.filter((x) => x.id === '11')) expect(squash(clause.text)).toContain(squash(c.quote));
  });

  it('answers 2万元 for a Shizuishan-born doctoral student with a pre-introduction agreement', async () => {
    const res = await chat({ message: '我是石嘴山人，在读全日制博士，已经签了预引进协议，能拿多少补贴？' });
    const body = (await res.json()) as ChatAnswer;
    expect(body.source).toBe('rules');
    expect(body.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', clause: '12', min: 20000, max: 20000, eligible: true });
    expect(body.answer).toContain('2万元');
  });

  it('carries a conversation across requests through the SESSIONS namespace', async () => {
    const first = (await (await chat({ message: '我是石嘴山人，在读全日制博士，能拿多少补贴？' })).json()) as ChatAnswer & {
      sessionId: string;
    };
    expect(first.amounts[0]?.eligible).toBeNull();
    expect(first.sessionId).toMatch(/^w-/);
    expect(await env.SESSIONS.get(`session:${first.sessionId}`)).toContain('"doctor"');
    const second = (await (await chat({ message: '已经签了预引进协议', sessionId: first.sessionId })).json()) as ChatAnswer;
    expect(second.amounts[0]).toMatchObject({ ruleId: 'r12-pre-introduction', min: 20000, eligible: true });
  });

  it('stores a 👎 in D1 and logs answered questions there without the session id', async () => {
    const res = await SELF.fetch('https://assistant.test/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sessionId: 'wk-2',
        message: '博士补贴多少？',
        answer: '2万元【第12条】',
        rating: 'down',
        comment: '没说给谁',
      }),
    });
    expect(res.status).toBe(201);
    const { results } = await env.DB.prepare('SELECT rating, question, comment FROM feedback').all();
    expect(results).toContainEqual({ rating: 'down', question: '博士补贴多少？', comment: '没说给谁' });

    await chat({ message: '柔性引才这块谁牵头', sessionId: 'wk-secret-session' });
    // The log write runs under waitUntil after the reply, so the row may land a moment later.
    const log = await vi.waitFor(async () => {
      const rows = await env.DB.prepare("SELECT * FROM questions WHERE question = '柔性引才这块谁牵头'").all();
      expect(rows.results.length).toBeGreaterThan(0);
      return rows;
    });
    expect(JSON.stringify(log.results)).not.toContain('wk-secret-session');
  });

  it('shows /admin only with the token', async () => {
    expect((await SELF.fetch('https://assistant.test/admin')).status).toBe(401);
    const res = await SELF.fetch('https://assistant.test/admin', { headers: { authorization: 'Bearer workers-test-admin-token' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('柔性引才这块谁牵头');
  });

  it('answers 404 for an unknown clause and 4xx for bad input', async () => {
    expect((await SELF.fetch('https://assistant.test/api/clauses/99')).status).toBe(404);
    const invalid = await SELF.fetch('https://assistant.test/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"message":',
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const wrongType = await SELF.fetch('https://assistant.test/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(wrongType.status).toBe(415);
    expect((await chat({ message: '' })).status).toBe(400);
  });
});

let client = 0;

describe('the HTTP contract (the same cases as Node, test/contract/http.ts)', () => {
  // Each request comes from its own CF-Connecting-IP: the contract is about answers, and the simulated Rate Limiting
  // binding (20 a minute per client) would otherwise refuse the later cases with 429.
  describeHttpContract((path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cf-connecting-ip', `198.51.100.${++client % 250}`);
    return SELF.fetch(`https://assistant.test${path}`, { ...init, headers });
  });
});
