// createBot(deps): one grammY bot for the webhook (Workers, Node) and for long polling (npm run bot).
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, MemorySessionStorage, session, type StorageAdapter } from 'grammy';
import { answer, type AnswerDeps } from '../answer/pipeline';
import type { Answer, ChatRequest } from '../contract/answer';
import { apologizeOnError, describeTelegramError } from './apology';
import { askAndReply } from './ask';
import { calcDialogue } from './calc';
import { callbacks } from './callbacks';
import { chatKey } from './chat-key';
import { commands } from './commands';
import type { TelegramConfig } from './config';
import { perMinute, toldOnce } from '../limits/limiter';
import type { ChatState, UpdateLog } from '../store/telegram-state';
import type { BotContext } from './context';
import { dedupe, inFrontOf, memoryUpdateLog } from './dedupe';
import { groupFilter, stripMention } from './mention';
import { checkOwner, isGroup, tagButtons } from './owner';
import { limitPerChat } from './rate-limit';
import type { TypingOptions } from './typing';

export interface BotDeps extends AnswerDeps {
  telegram: TelegramConfig;
  /** The clock for rate limiting (tests move it). */
  now?: () => number;
  /** Replaces the pipeline call (tests script slow or failing answers); defaults to answer(deps, request). */
  ask?: (request: ChatRequest) => Promise<Answer>;
  /** Per-chat state; memory when absent, KV on Workers and SQLite on Node (src/store/telegram-state.ts). */
  storage?: StorageAdapter<ChatState>;
  /** Seen update ids shared beyond this process; this bot's memory log always answers first. */
  updateLog?: UpdateLog;
  typing?: Partial<TypingOptions>;
  /** Longest retry_after (seconds) worth waiting for; longer ones fail the call (default 30, under Telegram's webhook patience). */
  maxRetryAfterSeconds?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Builds the bot. No network call happens here: botInfo comes from configuration (or one getMe at the first update).
 * @example const bot = createBot({ ...offlineDeps(), telegram: telegramConfig(loadConfig(process.env))! })
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const { telegram, logger } = deps;
  const bot = new Bot<BotContext>(telegram.token, {
    ...(telegram.botInfo ? { botInfo: telegram.botInfo } : {}),
    client: { apiRoot: telegram.apiRoot },
  });
  // 429: wait retry_after and try again. 5xx and network errors fail fast instead of backing off for minutes
  // inside a webhook request; the apology path reports them.
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: deps.maxRetryAfterSeconds ?? 30,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
    }),
  );

  const limiter = toldOnce(perMinute(telegram.messagesPerMinute, deps.now ?? Date.now));
  const askDeps = {
    ask: deps.ask ?? ((request: ChatRequest) => answer(deps, request)),
    typing: { delayMs: 400, intervalMs: 4500, ...deps.typing },
    logger,
  };

  const updateLog = deps.updateLog ? inFrontOf(memoryUpdateLog(), deps.updateLog) : memoryUpdateLog();
  bot.use(dedupe(updateLog, (update) => logger.info('telegram_duplicate_update', { update })));
  bot.use(async (ctx, next) => {
    if (ctx.chat) {
      ctx.chatKey = await chatKey(telegram.token, ctx.chat.id);
      // In a group each member has their own state: facts, language, pending question, /calc progress.
      ctx.stateKey = isGroup(ctx) && ctx.from ? await chatKey(telegram.token, `${ctx.chat.id}:${ctx.from.id}`) : ctx.chatKey;
    }
    await next();
  });
  bot.use(groupFilter());
  bot.use(
    session({
      initial: (): ChatState => ({}),
      getSessionKey: (ctx) => ctx.stateKey,
      storage: deps.storage ?? new MemorySessionStorage<ChatState>(DAY_MS),
    }),
  );
  bot.use(apologizeOnError(logger));
  bot.use(limitPerChat(limiter, logger));
  bot.use(checkOwner());
  bot.use(tagButtons());
  const calc = calcDialogue(deps);
  bot.use(commands({ corpus: deps.corpus, newEpoch: () => crypto.randomUUID().slice(0, 8), startCalc: calc.start }));
  bot.use(callbacks({ ...askDeps, corpus: deps.corpus, calcStep: calc.step }));
  bot.on('message:text', (ctx) => askAndReply(ctx, askDeps, stripMention(ctx.message.text, ctx.me)));

  // Last resort (the apology itself failed, or session storage did): log, never rethrow, so the webhook answers 200.
  bot.catch((err) => logger.error('telegram_update_failed', { update: err.ctx.update.update_id, ...describeTelegramError(err.error) }));
  return bot;
}
