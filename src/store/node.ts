// Node's stores: one SQLite file (SQLITE_PATH), migrated at start-up, every store degrading on failure.
import type { Logger } from '../answer/pipeline';
import { resilientFeedback, resilientQuestionLog, resilientSessions } from './degrade';
import { openSqlite, sqliteDb, sqliteSessionStore } from './sqlite';
import { sqlFeedbackStore, sqlQuestionLog } from './sql';
import type { Stores } from './stores';

/**
 * @example const stores = sqliteStores('data/assistant.sqlite', logger) // sessions survive `npm start` restarts
 */
export function sqliteStores(path: string, logger: Logger, options: { clock?: () => Date } = {}): Stores & { close(): void } {
  const db = openSqlite(path);
  const sql = sqliteDb(db);
  const sessions = sqliteSessionStore(db, options);
  const feedback = sqlFeedbackStore(sql);
  const questions = sqlQuestionLog(sql);
  return {
    sessions: resilientSessions(sessions, logger),
    feedback: resilientFeedback(feedback, logger),
    questions: resilientQuestionLog(questions, logger),
    retention: [questions, feedback, { prune: async () => sessions.prune() }],
    close: () => db.close(),
  };
}
