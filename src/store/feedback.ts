// Ratings of answers (👍/👎 from the web chat): the store port, the record it keeps, and an in-memory store. The
// HTTP body that becomes a record is validated in web/schemas.ts; SQLite and D1 implement the port in sql.ts.

/** The reasons a 👎 may give, in the order the page offers them. */
export const FEEDBACK_REASONS = ['wrong', 'unanswered', 'unclear', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** One stored rating (the fields of POST /api/feedback), stamped by the server. */
export interface FeedbackEntry {
  id: string;
  at: string;
  message: string;
  answer: string;
  rating: 'up' | 'down';
  sessionId?: string | undefined;
  comment?: string | undefined;
  /** The page's id for the rated answer: a second vote on it replaces the first. */
  answerId?: string | undefined;
  reason?: FeedbackReason | undefined;
}

/** Where ratings go: memory here, SQLite on Node and D1 on Workers (sql.ts). */
export interface FeedbackStore {
  /** Stores a rating; an entry with the answerId of an earlier one replaces it (its id stays). */
  add(entry: FeedbackEntry): Promise<void>;
  /** Most recent first, at most `limit`. */
  recent(limit: number): Promise<FeedbackEntry[]>;
}

/**
 * Keeps the last `capacity` ratings in memory (Node dev and tests; lost on restart).
 * @example const store = memoryFeedbackStore(); await store.add({ id: '1', at: '…', message: 'q', answer: 'a', rating: 'up' })
 */
export function memoryFeedbackStore(capacity = 1000): FeedbackStore & { entries: FeedbackEntry[] } {
  const entries: FeedbackEntry[] = [];
  return {
    entries,
    async add(entry) {
      const at = entry.answerId ? entries.findIndex((e) => e.answerId === entry.answerId) : -1;
      if (at >= 0) {
        entries.splice(at, 1, { ...entry, id: entries[at]!.id });
        return;
      }
      entries.push(entry);
      if (entries.length > capacity) entries.splice(0, entries.length - capacity);
    },
    async recent(limit) {
      return entries.slice(-limit).reverse();
    },
  };
}
