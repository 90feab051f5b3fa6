// Staff sign-in for /admin: ADMIN_TOKEN as a Bearer header, or the login form, which creates a random server-side
// session (8 hours, revoked by logout) carried in an HttpOnly cookie. Failed attempts are logged and limited per
// client on every admin route; login and logout refuse requests from another origin.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { Logger } from '../contract/logger';
import { tokenBucket, type RequestLimiter } from '../limits/limiter';
import type { AdminSessionStore } from '../store/admin-sessions';

export const ADMIN_COOKIE = 'admin_session';
/** A staff session lasts one working day. */
export const ADMIN_SESSION_SECONDS = 8 * 60 * 60;
/** Failed attempts a client may make in a burst, then one more a minute. */
const AUTH_FAILURES_BURST = 5;

export interface StaffAuthOptions {
  token: string;
  sessions: AdminSessionStore;
  logger: Logger;
  /** The client, for the failure limit (the HTTP rate limits' key: socket, trusted proxy or CF-Connecting-IP). */
  clientKey: (c: Context) => string;
  now?: () => number;
  /** Failed attempts per client before 429 (then one a minute). */
  burst?: number;
}

export type StaffCheck = { ok: true } | { ok: false; refused?: Response };

/**
 * The staff gate shared by every admin route: who is signed in, and the limit on failed attempts.
 * A client over the limit gets 429 before its credentials are even compared, so guessing costs it time.
 */
export function staffAuth(options: StaffAuthOptions) {
  const now = options.now ?? Date.now;
  const burst = options.burst ?? AUTH_FAILURES_BURST;
  // The burst-th failure finds the bucket empty and locks the client out, so the next attempt is already refused.
  const failures: RequestLimiter = tokenBucket({ capacity: Math.max(1, burst - 1), refillPerSecond: 1 / 60, now });
  const lockedUntil = new Map<string, number>();

  async function locked(c: Context, how: string): Promise<Response | undefined> {
    const key = options.clientKey(c);
    const until = lockedUntil.get(key) ?? 0;
    if (until <= now()) return undefined;
    const wait = Math.max(1, Math.ceil((until - now()) / 1000));
    options.logger.warn('admin_auth_limited', { path: c.req.path, how, retryAfterSeconds: wait });
    return c.json(
      {
        error: {
          code: 'rate_limited',
          message: `Too many failed sign-in attempts; try again in ${wait} seconds. 登录失败次数过多，请 ${wait} 秒后再试。`,
        },
      },
      429,
      { 'Retry-After': String(wait), 'Cache-Control': 'no-store' },
    );
  }

  /** Logs a failed attempt and counts it; past the burst the client is locked out until a token refills. */
  async function failed(c: Context, how: string): Promise<void> {
    const key = options.clientKey(c);
    options.logger.warn('admin_auth_failed', { path: c.req.path, how });
    const decision = await failures.take(key);
    if (!decision.ok) {
      lockedUntil.set(key, now() + decision.retryAfterSeconds * 1000);
      if (lockedUntil.size > 10_000) for (const [k, t] of lockedUntil) if (t <= now()) lockedUntil.delete(k);
    }
  }

  return {
    /**
     * Whether the request is from staff. No credentials: { ok: false }. Wrong credentials: logged, counted, and
     * { ok: false } (or a 429 in `refused` once the client is over the limit).
     */
    async check(c: Context): Promise<StaffCheck> {
      const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
      const cookie = getCookie(c, ADMIN_COOKIE);
      const how = bearer !== undefined ? 'bearer' : cookie !== undefined ? 'cookie' : undefined;
      if (how === undefined) return { ok: false };
      const refused = await locked(c, how);
      if (refused) return { ok: false, refused };
      const good = bearer !== undefined ? await timingSafeEqual(bearer, options.token) : await options.sessions.valid(cookie ?? '');
      if (good) return { ok: true };
      await failed(c, how);
      return { ok: false };
    },

    /** Checks the login form's token; a wrong one is logged and counted. A 429 Response when over the limit. */
    async login(c: Context, given: string): Promise<boolean | Response> {
      const refused = await locked(c, 'form');
      if (refused) return refused;
      if (await timingSafeEqual(given, options.token)) return true;
      await failed(c, 'form');
      return false;
    },
  };
}

/**
 * True when a state-changing request comes from a page of this very site: its Origin (or, failing that, Referer)
 * names the host the request was sent to. Hosts are compared, not schemes, so a TLS-terminating proxy in front of
 * Node (which sees http://) still matches the browser's https:// origin.
 */
export function sameOrigin(c: Context): boolean {
  const from = c.req.header('origin') ?? c.req.header('referer');
  if (!from || from === 'null') return false;
  try {
    return new URL(from).host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}

/** The page's scheme as the browser saw it (from Origin), so a proxy in front does not hide HTTPS. */
export function browserUsedHttps(c: Context): boolean {
  const from = c.req.header('origin') ?? c.req.header('referer') ?? c.req.url;
  try {
    return new URL(from).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Browsers keep Secure cookies from http://localhost, but drop them from any other plain-HTTP address. */
export function isLocalhost(c: Context): boolean {
  try {
    const host = new URL(c.req.header('origin') ?? c.req.url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}
