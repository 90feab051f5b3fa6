// Per-client request limits behind one port: a token bucket in memory on Node, the Rate Limiting binding on Workers.
import type { RateLimitBinding } from '../store/bindings';

/** allowed, or how many seconds to wait before the next request has a chance. */
type LimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RequestLimiter {
  take(key: string): Promise<LimitDecision>;
}

export interface TokenBucketOptions {
  /** Requests a client may make in a burst. */
  capacity: number;
  /** Tokens added back per second (capacity / 60 for "capacity a minute"). */
  refillPerSecond: number;
  now: () => number;
  /** Buckets kept before full (idle) ones are dropped, bounding memory. */
  maxKeys?: number;
}

/**
 * A token bucket per key: bursts up to `capacity`, then `refillPerSecond` sustained.
 * @example const limit = tokenBucket({ capacity: 20, refillPerSecond: 20 / 60, now: Date.now })
 */
export function tokenBucket({ capacity, refillPerSecond, now, maxKeys = 10_000 }: TokenBucketOptions): RequestLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (b: { tokens: number; at: number }, t: number) => {
    b.tokens = Math.min(capacity, b.tokens + ((t - b.at) / 1000) * refillPerSecond);
    b.at = t;
  };
  return {
    async take(key) {
      const t = now();
      if (buckets.size >= maxKeys) {
        for (const [k, b] of buckets) {
          refill(b, t);
          if (b.tokens >= capacity) buckets.delete(k);
        }
      }
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
      buckets.set(key, bucket);
      refill(bucket, t);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
    },
  };
}

/**
 * The Workers Rate Limiting binding as a RequestLimiter. It says only yes or no, so a refusal asks the client to
 * wait one whole period (the `period` of wrangler.toml's [[ratelimits]], 10 or 60 seconds).
 */
export function bindingLimiter(binding: RateLimitBinding, periodSeconds: number): RequestLimiter {
  return {
    async take(key) {
      const { success } = await binding.limit({ key });
      return success ? { ok: true } : { ok: false, retryAfterSeconds: periodSeconds };
    },
  };
}
