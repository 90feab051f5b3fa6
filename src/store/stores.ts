// The durable stores an entry point hands to buildDeps, and the retention sweep over them.
import type { AdminSessionStore } from './admin-sessions';
import type { FeedbackStore } from './feedback';
import type { SessionStore } from './sessions';
import type { TelegramState } from './telegram-state';
import type { KvNamespace } from './bindings';
import type { QuestionLog, Retention } from './question-log';

export interface Stores {
  sessions: SessionStore;
  feedback: FeedbackStore;
  questions: QuestionLog;
  /** The bot's chat state and seen update ids; absent means the bot keeps them in memory. */
  telegramState?: TelegramState;
  /** The namespace the WeChat and WeCom channels keep their state in (the one Telegram's state lives in). */
  kv?: KvNamespace;
  /** Staff sessions of /admin (hashed ids with expiry), shared by every isolate or restart. */
  adminSessions?: AdminSessionStore;
  /** Everything with rows to age out (the question log, feedback, expired SQLite sessions). */
  retention: Retention[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes rows older than `days` from every store; returns how many went.
 * @example await pruneOlderThan(30, new Date(), stores.retention) // LOG_RETENTION_DAYS=30
 */
export async function pruneOlderThan(days: number, now: Date, stores: Retention[]): Promise<number> {
  const before = new Date(now.getTime() - days * DAY_MS);
  let gone = 0;
  for (const store of stores) gone += await store.prune(before);
  return gone;
}
