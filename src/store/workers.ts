// Workers' stores from the bindings: sessions and Telegram chat state in KV (SESSIONS), feedback and the question log
// in D1 (DB).
// A missing binding falls back to memory for that store and says so once, so `wrangler dev` with a partial
// wrangler.toml still answers.
import type { Logger } from '../contract/logger';
import { kvAdminSessions } from './admin-sessions';
import { memoryFeedbackStore } from './feedback';
import { memorySessionStore, sessionTtlMs as defaultTtlMs } from './sessions';
import type { D1Database, KvNamespace } from './bindings';
import { d1Db } from './d1';
import { resilientFeedback, resilientQuestionLog, resilientSessions } from './degrade';
import { kvSessionStore } from './kv-sessions';
import { memoryQuestionLog } from './question-log';
import { sqlFeedbackStore, sqlQuestionLog } from './sql';
import type { Stores } from './stores';
import { telegramState } from './telegram-state';

export interface StoreBindings {
  SESSIONS?: KvNamespace;
  DB?: D1Database;
}

export function workerStores(env: StoreBindings, logger: Logger, { sessionTtlMs = defaultTtlMs() } = {}): Stores {
  const ttl = { ttlMs: sessionTtlMs };
  const sessions = env.SESSIONS ? kvSessionStore(env.SESSIONS, ttl) : memorySessionStore(ttl);
  const sql = env.DB ? d1Db(env.DB) : undefined;
  const feedback = sql ? sqlFeedbackStore(sql) : memoryFeedbackStore();
  const questions = sql ? sqlQuestionLog(sql) : memoryQuestionLog();
  if (!env.SESSIONS || !env.DB)
    logger.warn('binding_missing', { SESSIONS: Boolean(env.SESSIONS), DB: Boolean(env.DB), fallback: 'memory' });
  return {
    sessions: resilientSessions(sessions, logger),
    feedback: resilientFeedback(feedback, logger),
    questions: resilientQuestionLog(questions, logger),
    // Every isolate serving the bot sees the same chat state and seen update ids (see telegram-state.ts for the limits).
    ...(env.SESSIONS
      ? { telegramState: telegramState(env.SESSIONS, logger), kv: env.SESSIONS, adminSessions: kvAdminSessions(env.SESSIONS) }
      : {}),
    retention: sql ? [sqlQuestionLog(sql), sqlFeedbackStore(sql)] : [],
  };
}
