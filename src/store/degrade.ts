// A durable store that throws (KV or D1 down, quota, a bad migration) must not fail the question: log one line and
// carry on without history, without the log row, without the rating.
import { describeError, type Logger } from '../contract/logger';
import type { FeedbackStore } from './feedback';
import type { SessionStore } from './sessions';
import type { QuestionLog } from './question-log';

/** get() failing reads as a new conversation; set() failing forgets this turn. */
export function resilientSessions(store: SessionStore, logger: Logger): SessionStore {
  return {
    async get(id) {
      try {
        return await store.get(id);
      } catch (err) {
        logger.warn('session_store_failed', { op: 'get', ...describeError(err) });
        return undefined;
      }
    },
    async set(id, state) {
      try {
        await store.set(id, state);
      } catch (err) {
        logger.warn('session_store_failed', { op: 'set', ...describeError(err) });
      }
    },
  };
}

/** A store could not keep what a client asked it to keep: the route answers 503 store_unavailable, never "saved". */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
}

/**
 * A rating that cannot be stored is logged and refused (StoreUnavailable: POST /api/feedback answers 503, so the page
 * never says "thanks" for a rating that was lost); listing falls back to nothing.
 */
export function resilientFeedback(store: FeedbackStore, logger: Logger): FeedbackStore {
  return {
    async add(entry) {
      try {
        await store.add(entry);
      } catch (err) {
        logger.warn('feedback_store_failed', { op: 'add', ...describeError(err) });
        throw new StoreUnavailable('The rating could not be stored.', { cause: err });
      }
    },
    async recent(limit) {
      try {
        return await store.recent(limit);
      } catch (err) {
        logger.warn('feedback_store_failed', { op: 'recent', ...describeError(err) });
        return [];
      }
    },
  };
}

/** Only writes are softened: an answer never waits on the log. The admin page reports read failures itself. */
export function resilientQuestionLog(log: QuestionLog, logger: Logger): QuestionLog {
  return {
    ...log,
    async add(entry) {
      try {
        await log.add(entry);
      } catch (err) {
        logger.warn('question_log_failed', { op: 'add', ...describeError(err) });
      }
    },
  };
}
