// zod schemas of the HTTP API's inputs (the documentation of what clients may send).
import { z } from 'zod';
import { Lang } from '../contract/answer';
import { Facts } from '../rules/facts';

export const MAX_MESSAGE_CHARS = 2000;

export const ChatBody = z.object({
  message: z
    .string({ error: (i) => (i.input === undefined ? '"message" is required' : '"message" must be a string') })
    .trim()
    .min(1, '"message" is empty: type a question')
    .max(MAX_MESSAGE_CHARS, `"message" is longer than ${MAX_MESSAGE_CHARS} characters: shorten the question`),
  sessionId: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, '"sessionId" may use letters, digits and . _ : - only')
    .optional(),
  lang: Lang.optional(),
  stream: z.boolean().optional(),
});
export type ChatBody = z.infer<typeof ChatBody>;

export const SearchQuery = z.object({
  q: z
    .string({ error: 'add ?q=… with the words to search for' })
    .trim()
    .min(1, 'q is empty: add ?q=… with the words to search for')
    .max(MAX_MESSAGE_CHARS),
  limit: z.coerce.number().int().min(1).max(29).optional(),
});

/** POST /api/benefits: the facts of one profile (every field optional, unknown fields refused), and the reply language. */
export const BenefitsBody = Facts.extend({ lang: Lang.optional() }).strict();
export type BenefitsBody = z.infer<typeof BenefitsBody>;

/** GET /api/understand: the message to read, and optionally the conversation whose facts it continues. */
export const UnderstandQuery = z.object({
  q: z
    .string({ error: 'add ?q=… with the message to read' })
    .trim()
    .min(1, 'q is empty: add ?q=… with the message to read')
    .max(MAX_MESSAGE_CHARS),
  sessionId: ChatBody.shape.sessionId,
});
