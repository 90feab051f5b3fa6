// Per-chat rate limiting of everything a chat sends (questions, commands, button taps), keyed by the hashed chat key,
// with the one limiter of limits/limiter.ts.
import type { MiddlewareFn } from 'grammy';
import type { Logger } from '../contract/logger';
import type { ChatLimiter } from '../limits/limiter';
import { uiLang, type BotContext } from './context';
import { MESSAGES } from './messages';

/**
 * Counts every message and button tap of a chat, commands included (each costs work and a reply): over the limit,
 * the chat is told once and the rest is dropped until a message is allowed again.
 */
export function limitPerChat(limiter: ChatLimiter, logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.message && !ctx.callbackQuery) return next();
    const decision = await limiter.take(ctx.chatKey ?? 'unknown');
    if (decision === 'ok') return next();
    logger.warn('telegram_rate_limited', { kind: ctx.callbackQuery ? 'button' : 'message' });
    if (decision !== 'notify') return;
    const text = MESSAGES[uiLang(ctx)].rateLimited;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
    else await ctx.reply(text);
  };
}
