// The Telegram routes for createApp. grammY (with node-fetch and whatwg-url under it on Node) is about 40% of the
// server's JavaScript, so app.ts imports this file only when TELEGRAM_BOT_TOKEN is set: a server without a bot never
// loads it.
import type { Hono } from 'hono';
import { createBot, type BotDeps } from './bot';
import type { TelegramState } from '../store/telegram-state';
import { telegramWebhook } from './webhook';

/** What the routes need from createApp's deps (typed here so this file does not import app.ts back). */
export type TelegramRouteDeps = Omit<BotDeps, 'storage' | 'updateLog'> & { telegramState?: TelegramState };

/** POST /telegram/webhook for the configured bot, with the bot's chat state where the entry point provides it. */
export function telegramRoutes(deps: TelegramRouteDeps): Hono {
  const state = deps.telegramState ? { storage: deps.telegramState.chats, updateLog: deps.telegramState.updates } : {};
  const bot = createBot({ ...deps, ...state });
  return telegramWebhook(bot, { secret: deps.telegram.webhookSecret, logger: deps.logger, timeoutMs: deps.telegram.webhookTimeoutMs });
}
