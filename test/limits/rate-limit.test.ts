// Per-client limits: 429 with Retry-After and a friendly JSON message; other clients and routes unaffected.
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { bindingLimiter, perMinute, tokenBucket, toldOnce } from '../../src/limits/limiter';
import { testDeps } from '../support/deps';

function setup(capacity = 2) {
  let now = 0;
  const limiter = tokenBucket({ capacity, refillPerSecond: capacity / 60, now: () => now });
  const clientKey = (c: Context) => c.req.header('x-test-client') ?? 'anon';
  const app = createApp({ ...testDeps(), httpLimit: { limiter, clientKey } });
  return { app, advance: (ms: number) => (now += ms) };
}
const chat = (app: ReturnType<typeof createApp>, client = 'a') =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-client': client },
    body: JSON.stringify({ message: '博士后工作站建站能补多少' }),
  });

describe('rate limits on /api/chat and /api/benefits', () => {
  it('answers 429 with Retry-After and a message in both languages after the burst', async () => {
    const { app } = setup(2);
    expect((await chat(app)).status).toBe(200);
    expect((await chat(app)).status).toBe(200);
    const res = await chat(app);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('请 30 秒后再试');
    expect(body.error.message).toContain('try again in 30 seconds');
  });

  it('lets the same client ask again once the bucket refills, and never limits another client', async () => {
    const { app, advance } = setup(1);
    expect((await chat(app, 'a')).status).toBe(200);
    expect((await chat(app, 'a')).status).toBe(429);
    expect((await chat(app, 'b')).status).toBe(200);
    advance(60_000);
    expect((await chat(app, 'a')).status).toBe(200);
  });

  it('limits /api/benefits separately and leaves /healthz alone', async () => {
    const { app } = setup(1);
    const benefits = () =>
      app.request('/api/benefits', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-client': 'a' },
        body: '{"degree":"doctor"}',
      });
    expect((await chat(app)).status).toBe(200);
    expect((await benefits()).status).toBe(200);
    expect((await benefits()).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await app.request('/healthz')).status).toBe(200);
  });

  it('limits /api/search and /api/feedback too (finding 1 and 6: one client cannot flood search or the 👎 list)', async () => {
    const { app } = setup(2);
    const search = () => app.request('/api/search?q=%E5%8D%9A%E5%A3%AB%E5%90%8E', { headers: { 'x-test-client': 'a' } });
    expect((await search()).status).toBe(200);
    expect((await search()).status).toBe(200);
    const refused = await search();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const feedback = () =>
      app.request('/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-client': 'a' },
        body: JSON.stringify({ message: 'q', answer: 'a', rating: 'down' }),
      });
    expect((await feedback()).status).toBe(201);
    expect((await feedback()).status).toBe(201);
    expect((await feedback()).status).toBe(429);
    expect((await app.request('/api/search?q=x', { headers: { 'x-test-client': 'b' } })).status).toBe(200);
  });

  it('lets requests through (logged) when the limiter itself fails', async () => {
    const deps = testDeps();
    const app = createApp({
      ...deps,
      httpLimit: { limiter: bindingLimiter({ limit: () => Promise.reject(new Error('binding down')) }, 60), clientKey: () => 'x' },
    });
    expect((await chat(app)).status).toBe(200);
    expect(deps.logger.lines.some((l) => l.event === 'rate_limiter_failed')).toBe(true);
  });

  it('turns a refusal of the Workers binding into Retry-After of one period', async () => {
    const limiter = bindingLimiter({ limit: async () => ({ success: false }) }, 60);
    expect(await limiter.take('k')).toEqual({ ok: false, retryAfterSeconds: 60 });
  });
});

describe("the chat channels' limit (Telegram, WeChat, WeCom): the same token bucket, each refusal run told once", () => {
  it('says so on the first refusal, drops the rest quietly, and tells again after a message went through', async () => {
    let now = 0;
    const limit = toldOnce(perMinute(2, () => now));
    const takes = async (n: number) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push(await limit.take('tg:a'));
      return out;
    };
    expect(await takes(4)).toEqual(['ok', 'ok', 'notify', 'silent']);
    expect(await limit.take('tg:b')).toBe('ok');
    now += 30_000; // one token back (2 a minute)
    expect(await takes(3)).toEqual(['ok', 'notify', 'silent']);
  });
});
