// Sessions in Workers KV: every isolate sees them, and KV's own expiry forgets idle ones.
import type { KvNamespace } from './bindings';
import { parseSessionState, sessionTtlMs, type SessionStore } from './sessions';

/** KV's smallest expirationTtl. */
const KV_MIN_TTL_SECONDS = 60;

/**
 * @example kvSessionStore(env.SESSIONS, { ttlMs: sessionTtlMs(config.SESSION_TTL_MINUTES) })
 */
export function kvSessionStore(kv: KvNamespace, { ttlMs = sessionTtlMs() } = {}): SessionStore {
  const ttl = Math.max(KV_MIN_TTL_SECONDS, Math.round(ttlMs / 1000));
  return {
    async get(id) {
      return parseSessionState(await kv.get(`session:${id}`));
    },
    async set(id, state) {
      await kv.put(`session:${id}`, JSON.stringify(state), { expirationTtl: ttl });
    },
  };
}
