// Finding 2: bodies without Content-Length are counted as they arrive and cut off at the limit (413, JSON error),
// never read whole; and Finding 12: every response, JSON included, carries nosniff.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { testDeps } from '../support/deps';
import { TELEGRAM } from '../telegram/updates';

const TOKEN = 'admin-test-token-0123456789';

/** A chunked body of `total` bytes produced lazily; `pulled()` says how many bytes the server actually read. */
function endlessBody(total: number, chunk = 16 * 1024) {
  let sent = 0;
  const piece = new TextEncoder().encode('{"message":"'.padEnd(chunk, 'a'));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += piece.length;
      controller.enqueue(piece);
    },
  });
  return { stream, pulled: () => sent };
}

function app() {
  return createApp({ ...testDeps(), admin: { token: TOKEN, retentionDays: 30 }, telegram: { ...TELEGRAM, webhookSecret: 'hook-secret' } });
}

describe('streaming body limits', () => {
  it.each([
    ['/api/chat', 'application/json', {}],
    ['/api/benefits', 'application/json', {}],
    ['/api/feedback', 'application/json', {}],
    ['/admin/login', 'application/x-www-form-urlencoded', { origin: 'http://localhost' }],
    ['/telegram/webhook', 'application/json', { 'x-telegram-bot-api-secret-token': 'hook-secret' }],
  ])('cuts a 64 MB chunked body to %s off at the limit with 413 and reads less than 1 MB of it', async (path, type, extra) => {
    const body = endlessBody(64 * 1024 * 1024);
    const res = await app().request(path, {
      method: 'POST',
      headers: { 'content-type': type, ...extra },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(body.pulled()).toBeLessThan(1024 * 1024);
  });

  it('still answers a small chunked body', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ message: '博士后工作站建站能补多少' }));
    const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(bytes), c.close()) });
    const res = await app().request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    expect((await res.json()).citations[0].id).toBe('11');
  });
});

describe('secure headers', () => {
  it('sends nosniff on JSON responses and errors, and keeps the chat page CSP', async () => {
    const a = app();
    for (const path of ['/healthz', '/api/clauses', '/api/nope']) {
      const res = await a.request(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const page = await a.request('/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });
});
