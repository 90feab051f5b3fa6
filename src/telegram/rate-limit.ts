// Per-chat rate limiting for questions (each may cost a model call): a fixed window per hashed chat key.

export interface RateLimitOptions {
  /** Questions allowed per window. */
  max: number;
  windowMs: number;
  now: () => number;
}

/** ok: go ahead; notify: over the limit, tell the user once; silent: over the limit and already told. */
export type RateDecision = 'ok' | 'notify' | 'silent';

export interface RateLimiter {
  take(key: string): RateDecision;
}

/**
 * @example const limit = rateLimiter({ max: 2, windowMs: 60_000, now: Date.now });
 * limit.take('tg:ab') // 'ok', 'ok', then 'notify', then 'silent' until the minute is over
 */
export function rateLimiter({ max, windowMs, now }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const t = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
      let w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        w = { start: t, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count <= max) return 'ok';
      return w.count === max + 1 ? 'notify' : 'silent';
    },
  };
}
