// Staff sessions of /admin behind one port: the cookie holds a random id; the store holds only its hash and expiry,
// in a KV namespace (Workers KV, or the SQLite kv table on Node) or in memory (tests, single process).
import * as z from '../contract/zod';
import { parseJsonAs } from '../contract/json';
import type { KvNamespace } from './bindings';

/** What a stored session holds: the time it ends (0 once revoked). */
const StoredSession = z.object({ until: z.number() });

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Server-side staff sessions (the port /admin uses): the cookie holds a random id; the store holds only its hash and expiry. */
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
      const stored = parseJsonAs(StoredSession, await kv.get(await storeKey(id)));
      return stored !== undefined && stored.until > now();
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
