// Staff sign-in for /admin: ADMIN_TOKEN as a Bearer header, or the login form, which creates a random server-side
// session (8 hours, revoked by logout) carried in an HttpOnly cookie. Failed attempts are logged and limited per
// client on every admin route; login and logout refuse requests from another origin.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Logger } from '../contract/logger';
import { tokenBucket, type RequestLimiter } from '../limits/limiter';
import type { KvNamespace } from '../store/bindings';

export const ADMIN_COOKIE = 'admin_session';
/** A staff session lasts one working day. */
export const ADMIN_SESSION_SECONDS = 8 * 60 * 60;
/** Failed attempts a client may make in a burst, then one more a minute. */
const AUTH_FAILURES_BURST = 5;

const encoder = new TextEncoder();

/**
 * Compares two secrets in time that depends on neither: both are hashed to 32 bytes first (so lengths leak
 * nothing), then every byte is compared without an early exit.
 * @example await sameSecret(given, config.ADMIN_TOKEN)
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([given, expected].map((s) => crypto.subtle.digest('SHA-256', encoder.encode(s))));
  const x = new Uint8Array(a!);
  const y = new Uint8Array(b!);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Server-side staff sessions: the cookie holds a random id; the store holds only its hash and expiry. */
export interface AdminSessionStore {
  create(id: string, ttlSeconds: number): Promise<void>;
  valid(id: string): Promise<boolean>;
  revoke(id: string): Promise<void>;
}

async function storeKey(id: string): Promise<string> {
  return `admin:session:${hex(await crypto.subtle.digest('SHA-256', encoder.encode(id)))}`;
}

/**
 * Sessions in a KV namespace (Workers KV, or the SQLite kv table on Node), so every isolate and restart agrees.
 * Revoking overwrites the entry (KV has no delete in the slice we bind), and KV's own expiry forgets it.
 * @example kvAdminSessions(env.SESSIONS) // Node: kvAdminSessions(sqliteKv(db))
 */
export function kvAdminSessions(kv: KvNamespace, now: () => number = Date.now): AdminSessionStore {
  return {
    async create(id, ttlSeconds) {
      await kv.put(await storeKey(id), JSON.stringify({ until: now() + ttlSeconds * 1000 }), { expirationTtl: Math.max(60, ttlSeconds) });
    },
    async valid(id) {
      const text = await kv.get(await storeKey(id));
      if (!text) return false;
      try {
        const { until } = JSON.parse(text) as { until?: unknown };
        return typeof until === 'number' && until > now();
      } catch {
        return false;
      }
    },
    async revoke(id) {
      await kv.put(await storeKey(id), JSON.stringify({ until: 0 }), { expirationTtl: 60 });
    },
  };
}

/** Tests and single-process use: a Map behind the KV calls. */
export function memoryAdminSessions(now: () => number = Date.now): AdminSessionStore {
  const map = new Map<string, { value: string; expires: number }>();
  const kv: KvNamespace = {
    async get(key) {
      const e = map.get(key);
      return e && e.expires > now() ? e.value : null;
    },
    async put(key, value, options = {}) {
      map.set(key, { value, expires: now() + (options.expirationTtl ?? 1e9) * 1000 });
      if (map.size > 10_000) for (const [k, e] of map) if (e.expires <= now()) map.delete(k);
    },
  };
  return kvAdminSessions(kv, now);
}

/** A new session id: 32 random bytes. */
export function newSessionId(): string {
  return hex(crypto.getRandomValues(new Uint8Array(32)));
}

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
      const good = bearer !== undefined ? await sameSecret(bearer, options.token) : await options.sessions.valid(cookie ?? '');
      if (good) return { ok: true };
      await failed(c, how);
      return { ok: false };
    },

    /** Checks the login form's token; a wrong one is logged and counted. A 429 Response when over the limit. */
    async login(c: Context, given: string): Promise<boolean | Response> {
      const refused = await locked(c, 'form');
      if (refused) return refused;
      if (await sameSecret(given, options.token)) return true;
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
