// Staff sign-in for /admin: ADMIN_TOKEN as a Bearer header, or once through the login form, which sets an HttpOnly cookie.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

export const ADMIN_COOKIE = 'admin_session';

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

/** The cookie carries an HMAC of the token, never the token: a leaked cookie does not reveal ADMIN_TOKEN. */
export async function cookieValue(token: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode('admin-session-v1'));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** true when the request carries the token (Authorization: Bearer …) or the cookie the login form set. */
export async function isStaff(c: Context, token: string): Promise<boolean> {
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
  if (bearer !== undefined) return sameSecret(bearer, token);
  const cookie = getCookie(c, ADMIN_COOKIE);
  if (cookie !== undefined) return sameSecret(cookie, await cookieValue(token));
  return false;
}
