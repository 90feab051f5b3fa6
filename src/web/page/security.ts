// Security headers for the HTML pages and their assets: a strict CSP (no inline script or style, nothing off-site).
import type { MiddlewareHandler } from 'hono';

/** Everything comes from this origin; no inline script, no eval, no framing, no off-site requests. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Adds the CSP and its companions to every response of the routes it wraps. */
export const pageSecurity: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
};
