// Feedback on answers (👍/👎 from the web chat): the POST /api/feedback body, the store port, and an in-memory store.
import { z } from 'zod';
import { MAX_MESSAGE_CHARS } from './schemas';

/** The reasons a 👎 may give, in the order the page offers them. */
const FEEDBACK_REASONS = ['wrong', 'unanswered', 'unclear', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** What the page sends when a person rates an answer. */
export const FeedbackBody = z.object({
  sessionId: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, '"sessionId" may use letters, digits and . _ : - only')
    .optional(),
  message: z
    .string({ error: (i) => (i.input === undefined ? '"message" is required: the question that was asked' : '"message" must be a string') })
    .trim()
    .min(1, '"message" is empty: send the question that was asked')
    .max(MAX_MESSAGE_CHARS, `"message" is longer than ${MAX_MESSAGE_CHARS} characters`),
  answer: z
    .string({ error: (i) => (i.input === undefined ? '"answer" is required: the answer text being rated' : '"answer" must be a string') })
    .trim()
    .min(1, '"answer" is empty: send the answer text being rated')
    .max(8000, '"answer" is longer than 8000 characters'),
  rating: z.enum(['up', 'down'], { error: '"rating" must be "up" or "down"' }),
  comment: z.string().trim().max(1000, '"comment" is longer than 1000 characters').optional(),
  /** The page's id for the rated answer: a second vote on it replaces the first (one vote per answer, changeable). */
  answerId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\w.:-]+$/, '"answerId" may use letters, digits and . _ : - only')
    .optional(),
  /** Why 👎: 答案不对 wrong / 没回答我的问题 unanswered / 看不懂 unclear / 其他 other. */
  reason: z.enum(FEEDBACK_REASONS, { error: '"reason" must be "wrong", "unanswered", "unclear" or "other"' }).optional(),
});
export type FeedbackBody = z.infer<typeof FeedbackBody>;

/** One stored rating, stamped by the server. */
export interface FeedbackEntry extends FeedbackBody {
  id: string;
  at: string;
}

/** Where ratings go; the Workers issue adds a durable implementation behind the same port. */
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
