// 429 with Retry-After and a friendly message when one client asks too fast (POST /api/chat, /api/benefits).
import type { Context, MiddlewareHandler } from 'hono';
import { describeError, type Logger } from '../contract/logger';
import type { RequestLimiter } from '../limits/limiter';
import { errorBody } from './errors';

export interface RateLimitDeps {
  limiter: RequestLimiter;
  /** Who is asking: the client IP (CF-Connecting-IP on Workers, the socket on Node). */
  clientKey: (c: Context) => string;
}

/** Cloudflare sets CF-Connecting-IP on every request it proxies; anything else shares one bucket. */
export function cloudflareClientKey(c: Context): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

/**
 * Refuses over-limit requests before their body is read. A limiter that throws lets the request through (logged):
 * a broken limiter must not take the assistant down.
 */
export function rateLimit({ limiter, clientKey }: RateLimitDeps, logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    let decision;
    try {
      decision = await limiter.take(`${c.req.path}:${clientKey(c)}`);
    } catch (err) {
      logger.warn('rate_limiter_failed', { path: c.req.path, ...describeError(err) });
      return next();
    }
    if (decision.ok) return next();
    const wait = decision.retryAfterSeconds;
    logger.info('rate_limited', { path: c.req.path, retryAfterSeconds: wait });
    return c.json(
      errorBody(
        'rate_limited',
        `您提问有点快，请 ${wait} 秒后再试。You are sending questions quickly; please try again in ${wait} seconds.`,
      ),
      429,
      { 'Retry-After': String(wait) },
    );
  };
}
