// Sessions in Workers KV: every isolate sees them, and KV's own expiry forgets idle ones.
import type { SessionStore } from '../answer/session';
import type { KvNamespace } from './bindings';
import { parseSessionState } from './session-state';

/** KV's smallest expirationTtl. */
const KV_MIN_TTL_SECONDS = 60;

/**
 * @example kvSessionStore(env.SESSIONS, { ttlSeconds: 1800 })
 */
export function kvSessionStore(kv: KvNamespace, { ttlSeconds = 30 * 60 } = {}): SessionStore {
  const ttl = Math.max(KV_MIN_TTL_SECONDS, ttlSeconds);
  return {
    async get(id) {
      return parseSessionState(await kv.get(`session:${id}`));
    },
    async set(id, state) {
      await kv.put(`session:${id}`, JSON.stringify(state), { expirationTtl: ttl });
    },
  };
}
