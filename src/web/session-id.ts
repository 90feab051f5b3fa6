// Web conversations use ids the server issued: random, in a namespace of their own (w-…), so no client can read or
// write a session it guessed, chose ('demo-1') or saw elsewhere (Telegram's tg:… keys never match).
import type { Logger } from '../contract/logger';
import type { SessionStore } from '../store/sessions';

/** w- and 32 base64url characters (24 random bytes). */
const WEB_SESSION = /^w-[A-Za-z0-9_-]{32}$/;

/** A fresh web session id. */
function newWebSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `w-${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}`;
}

/**
 * The session this request continues: the given id when the server issued it and it is still alive, else a new one
 * (recorded in the store at once, so the next turn is recognised). An id the server did not issue is replaced, not
 * refused: the answer carries the new id, and a client that adopts it (the web chat does) simply carries on.
 * @example const { id } = await issuedSession(deps.sessions, body.sessionId, deps.logger)
 */
export async function issuedSession(
  sessions: SessionStore,
  given: string | undefined,
  logger: Logger,
): Promise<{ id: string; replaced: boolean }> {
  if (given !== undefined && WEB_SESSION.test(given) && (await sessions.get(given)) !== undefined) return { id: given, replaced: false };
  const id = newWebSessionId();
  await sessions.set(id, { facts: {}, hints: [] });
  // Never the ids themselves: a session id in a log line is a key to someone's conversation.
  if (given !== undefined)
    logger.info('session_replaced', { reason: WEB_SESSION.test(given) ? 'unknown_or_expired' : 'not_issued_by_server' });
  return { id, replaced: given !== undefined };
}
