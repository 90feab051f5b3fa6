// When answering fails: log what failed (no message text, no names), tell the user briefly, and let the webhook say 200.
import { GrammyError, type MiddlewareFn } from 'grammy';
import { describeError, type Logger } from '../contract/logger';
import { uiLang, type BotContext } from './context';
import { MESSAGES } from './messages';

/** The one error description (contract/logger.ts), plus the Bot API method and code when the API said no. */
export function describeTelegramError(err: unknown): Record<string, unknown> {
  if (err instanceof GrammyError) return { name: err.name, method: err.method, code: err.error_code, message: err.description };
  return describeError(err);
}

/** Wraps every handler: an error becomes a log line and a one-line apology instead of a failed webhook. */
export function apologizeOnError(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      // The update id finds the request in Telegram's logs; the chat key is never logged (it keys a conversation).
      const where = { update: ctx.update.update_id };
      logger.error('telegram_answer_failed', { ...where, ...describeTelegramError(err) });
      if (!ctx.chat) return;
      try {
        await ctx.reply(MESSAGES[uiLang(ctx)].apology);
        logger.info('telegram_apology_sent', where);
      } catch (again) {
        logger.error('telegram_apology_failed', { ...where, ...describeTelegramError(again) });
      }
    }
  };
}
