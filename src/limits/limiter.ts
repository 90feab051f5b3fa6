// The one limiter: per-client limits behind one port, a token bucket in memory (Node's HTTP routes, the chat channels'
// per-chat limits, the staff sign-in's failure count) or the Rate Limiting binding on Workers.
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
 * `n` a minute per key: a burst of n, then one every 60/n seconds.
 * @example perMinute(10, Date.now) // Telegram's per-chat limit with TELEGRAM_MESSAGES_PER_MINUTE=10
 */
export function perMinute(n: number, now: () => number): RequestLimiter {
  return tokenBucket({ capacity: n, refillPerSecond: n / 60, now });
}

/** ok: go ahead; notify: refused, say so; silent: refused, and already told since this key's last allowed request. */
type ChatDecision = 'ok' | 'notify' | 'silent';

export interface ChatLimiter {
  take(key: string): Promise<ChatDecision>;
}

/**
 * A limiter for chats, where each refusal would be a message: the first refusal is told, the rest are dropped quietly
 * until the key is allowed again (Telegram, WeChat and WeCom).
 * @example const limit = toldOnce(perMinute(2, Date.now)); // 'ok', 'ok', 'notify', 'silent', … until a token refills
 */
export function toldOnce(limiter: RequestLimiter, maxKeys = 10_000): ChatLimiter {
  const told = new Set<string>();
  return {
    async take(key) {
      const decision = await limiter.take(key);
      if (decision.ok) {
        told.delete(key);
        return 'ok';
      }
      if (told.has(key)) return 'silent';
      // Bounded: past maxKeys the oldest half-forgotten refusals may be told once more, never memory without end.
      if (told.size >= maxKeys) told.clear();
      told.add(key);
      return 'notify';
    },
  };
}

/**
 * The Workers Rate Limiting binding as a RequestLimiter. It says only yes or no, so a refusal asks the client to
 * wait one whole period (RATE_LIMIT_PERIOD_SECONDS, the `period` of wrangler.toml's [[ratelimits]]: 10 or 60 seconds).
 */
export function bindingLimiter(binding: RateLimitBinding, periodSeconds: number): RequestLimiter {
  return {
    async take(key) {
      const { success } = await binding.limit({ key });
      return success ? { ok: true } : { ok: false, retryAfterSeconds: periodSeconds };
    },
  };
}
