// Per-chat rate limiting of everything a chat sends (questions, commands, button taps): a fixed window per hashed chat key.
import type { MiddlewareFn } from 'grammy';
import type { Logger } from '../contract/logger';
import { uiLang, type BotContext } from './context';
import { MESSAGES } from './messages';

export interface RateLimitOptions {
  /** Questions allowed per window. */
  max: number;
  windowMs: number;
  now: () => number;
}

/** ok: go ahead; notify: over the limit, tell the user once; silent: over the limit and already told. */
type RateDecision = 'ok' | 'notify' | 'silent';

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

/**
 * Counts every message and button tap of a chat, commands included (each costs work and a reply): over the limit,
 * the chat is told once and the rest is dropped until the window ends.
 */
export function limitPerChat(limiter: RateLimiter, logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.message && !ctx.callbackQuery) return next();
    const decision = limiter.take(ctx.chatKey ?? 'unknown');
    if (decision === 'ok') return next();
    logger.warn('telegram_rate_limited', { kind: ctx.callbackQuery ? 'button' : 'message' });
    if (decision !== 'notify') return;
    const text = MESSAGES[uiLang(ctx)].rateLimited;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
    else await ctx.reply(text);
  };
}
