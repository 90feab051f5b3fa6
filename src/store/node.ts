// Node's stores: one SQLite file (SQLITE_PATH), migrated at start-up, every store degrading on failure. The Telegram
// state shares it, so chat choices and seen update ids survive a restart.
import { describeError, type Logger } from '../contract/logger';
import { kvAdminSessions } from './admin-sessions';
import { resilientFeedback, resilientQuestionLog, resilientSessions } from './degrade';
import { openSqlite, sqliteDb, sqliteSessionStore, turnTransactions } from './sqlite';
import { sqliteKv } from './sqlite-kv';
import { sqlFeedbackStore, sqlQuestionLog } from './sql';
import type { Stores } from './stores';
import { telegramState } from './telegram-state';

/**
 * @example const stores = sqliteStores('data/assistant.sqlite', logger) // sessions survive `npm start` restarts
 */
export function sqliteStores(
  path: string,
  logger: Logger,
  options: { clock?: () => Date; sessionTtlMs?: number } = {},
): Stores & { flush(): void; close(): void } {
  const db = openSqlite(path);
  // Every write of one event-loop turn in one transaction (a chat turn writes two or three rows).
  const batch = turnTransactions(db, (err) => logger.error('sqlite_commit_failed', describeError(err)));
  const sql = sqliteDb(db, batch);
  const sessions = sqliteSessionStore(db, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sessionTtlMs ? { ttlMs: options.sessionTtlMs } : {}),
    batch,
  });
  const feedback = sqlFeedbackStore(sql);
  const questions = sqlQuestionLog(sql);
  const kv = sqliteKv(db, options.clock, batch);
  return {
    sessions: resilientSessions(sessions, logger),
    feedback: resilientFeedback(feedback, logger),
    questions: resilientQuestionLog(questions, logger),
    telegramState: telegramState(kv, logger),
    kv,
    adminSessions: kvAdminSessions(kv),
    retention: [questions, feedback, { prune: async () => sessions.prune() + kv.prune() }],
    flush: () => batch.flush(),
    close: () => {
      batch.flush();
      db.close();
    },
  };
}
