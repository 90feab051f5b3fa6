// Finding 7: staff access. Failed authentication is limited and logged on every admin route (Bearer included),
// ADMIN_TOKEN must be long, sign-in creates a random server-side session that expires and that logout revokes,
// login and logout check Origin, and plain HTTP gets a clear message (or ADMIN_COOKIE_SECURE=false).
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { memoryAdminSessions } from '../../src/store/admin-sessions';
import { createApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { tokenBucket } from '../../src/limits/limiter';
import { memoryQuestionLog } from '../../src/store/question-log';
import { testDeps } from '../support/deps';

const TOKEN = 'admin-test-token-0123456789';
const HTTPS = 'https://policy.example.gov.cn';

function setup(options: { cookieSecure?: boolean } = {}) {
  let now = 1_000_000;
  const deps = testDeps();
  const app = createApp({
    ...deps,
    questions: memoryQuestionLog(),
    admin: { token: TOKEN, retentionDays: 30, ...options },
    adminSessions: memoryAdminSessions(() => now),
    // A generous general limit, so only the failed-sign-in limit is under test; the client is the x-test-client header.
    httpLimit: {
      limiter: tokenBucket({ capacity: 1000, refillPerSecond: 10, now: () => now }),
      clientKey: (c: Context) => c.req.header('x-test-client') ?? 'anon',
    },
  });
  return { app, logger: deps.logger, advance: (ms: number) => (now += ms) };
}

const login = (app: ReturnType<typeof createApp>, token: string, origin: string | null = HTTPS, url = `${HTTPS}/admin/login`) =>
  app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: `token=${encodeURIComponent(token)}`,
  });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('failed admin authentication', () => {
  it.each([['/admin'], ['/admin/export.csv']])('is limited and logged for Bearer guesses on %s', async (path) => {
    const { app, logger } = setup();
    const guess = (t: string, client = 'guesser') =>
      app.request(path, { headers: { authorization: `Bearer ${t}`, 'x-test-client': client } });
    for (let i = 0; i < 5; i++) expect((await guess(`wrong-guess-${i}`)).status).toBe(401);
    const limited = await guess('wrong-again');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right token waits: a locked-out client's credentials are not compared at all.
    expect((await guess(TOKEN)).status).toBe(429);
    expect((await guess(TOKEN, 'staff-pc')).status).toBe(200);
    const failures = logger.lines.filter((l) => l.event === 'admin_auth_failed');
    expect(failures).toHaveLength(5);
    expect(failures[0]?.data).toMatchObject({ how: 'bearer', path });
    expect(JSON.stringify(logger.lines)).not.toContain('wrong-guess');
  });

  it('limits wrong tokens in the sign-in form too', async () => {
    const { app } = setup();
    for (let i = 0; i < 5; i++) expect((await login(app, `nope-${i}`)).status).toBe(401);
    expect((await login(app, 'nope')).status).toBe(429);
  });
});

describe('ADMIN_TOKEN', () => {
  it('must be at least 24 characters, and start-up says why', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ ADMIN_TOKEN: 'short-token-1234' })).toThrow(
      /ADMIN_TOKEN must be at least 24 characters: it alone guards the question log/,
    );
    expect(loadConfig({ ADMIN_TOKEN: TOKEN }).ADMIN_TOKEN).toBe(TOKEN);
  });
});

describe('staff sessions', () => {
  it('creates a different random session at each sign-in, Secure on HTTPS, and logout revokes it', async () => {
    const { app } = setup();
    const first = await login(app, TOKEN);
    const second = await login(app, TOKEN);
    expect(first.status).toBe(303);
    expect(first.headers.get('set-cookie')).toMatch(/Secure/);
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(cookieOf(first)).not.toBe(cookieOf(second));
    expect((await app.request(`${HTTPS}/admin`, { headers: { cookie: cookieOf(first) } })).status).toBe(200);
    const out = await app.request(`${HTTPS}/admin/logout`, { method: 'POST', headers: { cookie: cookieOf(first), origin: HTTPS } });
    expect(out.status).toBe(303);
    expect((await app.request(`${HTTPS}/admin`, { headers: { cookie: cookieOf(first) } })).status).toBe(401);
    expect((await app.request(`${HTTPS}/admin`, { headers: { cookie: cookieOf(second) } })).status).toBe(200);
  });

  it('expires a session after 8 hours', async () => {
    const { app, advance } = setup();
    const cookie = cookieOf(await login(app, TOKEN));
    advance(8 * 60 * 60 * 1000 - 1000);
    expect((await app.request(`${HTTPS}/admin`, { headers: { cookie } })).status).toBe(200);
    advance(2000);
    expect((await app.request(`${HTTPS}/admin`, { headers: { cookie } })).status).toBe(401);
  });

  it('refuses login and logout from another origin (or with no origin at all)', async () => {
    const { app } = setup();
    expect((await login(app, TOKEN, 'https://evil.example')).status).toBe(403);
    expect((await login(app, TOKEN, null)).status).toBe(403);
    const cookie = cookieOf(await login(app, TOKEN));
    const forged = await app.request(`${HTTPS}/admin/logout`, { method: 'POST', headers: { cookie, origin: 'https://evil.example' } });
    expect(forged.status).toBe(403);
    expect((await app.request(`${HTTPS}/admin`, { headers: { cookie } })).status).toBe(200);
  });

  it('explains plain HTTP instead of setting a cookie the browser drops, unless ADMIN_COOKIE_SECURE=false', async () => {
    const plain = await login(setup().app, TOKEN, 'http://10.1.2.3:8787', 'http://10.1.2.3:8787/admin/login');
    expect(plain.status).toBe(400);
    expect(plain.headers.get('set-cookie')).toBeNull();
    expect(await plain.text()).toContain('ADMIN_COOKIE_SECURE=false');
    const intranet = await login(setup({ cookieSecure: false }).app, TOKEN, 'http://10.1.2.3:8787', 'http://10.1.2.3:8787/admin/login');
    expect(intranet.status).toBe(303);
    expect(intranet.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect(loadConfig({ ADMIN_COOKIE_SECURE: 'false' }).ADMIN_COOKIE_SECURE).toBe(false);
    expect(loadConfig({}).ADMIN_COOKIE_SECURE).toBe(true);
  });
});
