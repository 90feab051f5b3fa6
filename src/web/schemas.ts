// zod schemas of the HTTP API's inputs (the documentation of what clients may send).
import * as z from '../contract/zod';
import { Lang } from '../contract/answer';
import { Facts } from '../rules/facts';
import { FEEDBACK_REASONS } from '../store/feedback';

export const MAX_MESSAGE_CHARS = 2000;

/** A conversation id as clients send it back (the server replaces one it did not issue, see session-id.ts). */
const SessionId = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(128), z.regex(/^[\w.:-]+$/, '"sessionId" may use letters, digits and . _ : - only'));

export const ChatBody = z.object({
  message: z
    .string({ error: (i) => (i.input === undefined ? '"message" is required' : '"message" must be a string') })
    .check(
      z.trim(),
      z.minLength(1, '"message" is empty: type a question'),
      z.maxLength(MAX_MESSAGE_CHARS, `"message" is longer than ${MAX_MESSAGE_CHARS} characters: shorten the question`),
    ),
  sessionId: z.optional(SessionId),
  lang: z.optional(Lang),
  stream: z.optional(z.boolean()),
});
export type ChatBody = z.infer<typeof ChatBody>;

export const SearchQuery = z.object({
  q: z
    .string({ error: 'add ?q=… with the words to search for' })
    .check(z.trim(), z.minLength(1, 'q is empty: add ?q=… with the words to search for'), z.maxLength(MAX_MESSAGE_CHARS)),
  limit: z.optional(z.pipe(z.coerce.number(), z.int()).check(z.gte(1), z.lte(29))),
});

/** POST /api/benefits: the facts of one profile (every field optional, unknown fields refused), and the reply language. */
export const BenefitsBody = z.extend(Facts, { lang: z.optional(Lang) });
export type BenefitsBody = z.infer<typeof BenefitsBody>;

/** GET /api/understand: the message to read, and optionally the conversation whose facts it continues. */
export const UnderstandQuery = z.object({
  q: z
    .string({ error: 'add ?q=… with the message to read' })
    .check(z.trim(), z.minLength(1, 'q is empty: add ?q=… with the message to read'), z.maxLength(MAX_MESSAGE_CHARS)),
  sessionId: z.optional(SessionId),
});

/** POST /api/feedback: what the page sends when a person rates an answer (stored as a FeedbackEntry). */
export const FeedbackBody = z.object({
  sessionId: z.optional(SessionId),
  message: z
    .string({ error: (i) => (i.input === undefined ? '"message" is required: the question that was asked' : '"message" must be a string') })
    .check(
      z.trim(),
      z.minLength(1, '"message" is empty: send the question that was asked'),
      z.maxLength(MAX_MESSAGE_CHARS, `"message" is longer than ${MAX_MESSAGE_CHARS} characters`),
    ),
  answer: z
    .string({ error: (i) => (i.input === undefined ? '"answer" is required: the answer text being rated' : '"answer" must be a string') })
    .check(
      z.trim(),
      z.minLength(1, '"answer" is empty: send the answer text being rated'),
      z.maxLength(8000, '"answer" is longer than 8000 characters'),
    ),
  rating: z.enum(['up', 'down'], { error: '"rating" must be "up" or "down"' }),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(1000, '"comment" is longer than 1000 characters'))),
  /** The page's id for the rated answer: a second vote on it replaces the first (one vote per answer, changeable). */
  answerId: z.optional(
    z
      .string()
      .check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[\w.:-]+$/, '"answerId" may use letters, digits and . _ : - only')),
  ),
  /** Why 👎: 答案不对 wrong / 没回答我的问题 unanswered / 看不懂 unclear / 其他 other. */
  reason: z.optional(z.enum(FEEDBACK_REASONS, { error: '"reason" must be "wrong", "unanswered", "unclear" or "other"' })),
});
export type FeedbackBody = z.infer<typeof FeedbackBody>;
