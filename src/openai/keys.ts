// Optional bearer keys (API_KEYS) for /v1 and /mcp: no keys configured means open, like /api/chat.
import type { Context } from 'hono';
import { timingSafeEqual } from 'hono/utils/buffer';

export type KeyCheck = 'open' | 'ok' | 'missing' | 'wrong';

/**
 * Checks `Authorization: Bearer <key>` against every configured key (each compared in constant time, none skipped,
 * so timing does not tell which key came close).
 * @example if ((await checkBearer(c, keys)) === 'wrong') return unauthorized()
 */
export async function checkBearer(c: Context, keys: readonly string[]): Promise<KeyCheck> {
  if (keys.length === 0) return 'open';
  const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (given === undefined) return 'missing';
  const matches = await Promise.all(keys.map((key) => timingSafeEqual(given, key)));
  return matches.includes(true) ? 'ok' : 'wrong';
}
