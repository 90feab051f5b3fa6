// Web conversations use ids the server issued: random, in a namespace of their own (w-…), so no client can read or
// write a session it guessed, chose ('demo-1') or saw elsewhere (Telegram's tg:… keys never match).
import type { Logger } from '../contract/logger';
import type { SessionState, SessionStore } from '../store/sessions';

/** w- and 32 base64url characters (24 random bytes). */
const WEB_SESSION = /^w-[A-Za-z0-9_-]{32}$/;

const ID_BYTES = 24;
// Random bytes drawn 64 ids at a time: a getRandomValues call costs the same for 24 bytes as for 1,536 on Node (3 µs
// here, 12 µs a request in a server profile under load); the bytes are the same CSPRNG's, as in Node's own randomUUID
// cache, and each id takes its own bytes, once.
const pool = new Uint8Array(ID_BYTES * 64);
let used = pool.length;

/** A fresh web session id. */
function newWebSessionId(): string {
  if (used === pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, (used += ID_BYTES));
  return `w-${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}`;
}

/**
 * The session this request continues: the given id when the server issued it and it is still alive, with the state read
 * to check that (so the turn need not read it again), else a new id with an empty state. A new id is not stored here:
 * `stored: false` tells the pipeline to store the state the turn leaves, whatever the answer keeps, which is what makes
 * the next turn recognised (a new conversation's first turn writes once, instead of a write, a read and a write). An
 * id the server did not issue is replaced, not refused: the answer carries the new id, and a client that adopts it (the
 * web chat does) simply carries on.
 * @example const { id, session } = await issuedSession(deps.sessions, body.sessionId, deps.logger)
 */
export async function issuedSession(
  sessions: SessionStore,
  given: string | undefined,
  logger: Logger,
): Promise<{ id: string; replaced: boolean; session: { state: SessionState; stored: boolean } }> {
  const state = given !== undefined && WEB_SESSION.test(given) ? await sessions.get(given) : undefined;
  if (given !== undefined && state !== undefined) return { id: given, replaced: false, session: { state, stored: true } };
  const id = newWebSessionId();
  // Never the ids themselves: a session id in a log line is a key to someone's conversation.
  if (given !== undefined)
    logger.info('session_replaced', { reason: WEB_SESSION.test(given) ? 'unknown_or_expired' : 'not_issued_by_server' });
  return { id, replaced: given !== undefined, session: { state: { facts: {}, hints: [] }, stored: false } };
}
