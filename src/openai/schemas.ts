// zod schemas of POST /v1/chat/completions: the standard body (model, messages, stream, user), other OpenAI
// parameters accepted and ignored (temperature, max_tokens… do not apply to quoted answers), plus two extensions.
import * as z from '../contract/zod';
import { Lang } from '../contract/answer';

/** The one model served; GET /v1/models lists it. */
export const MODEL_ID = 'shizuishan-talent-policy';

/** A conversation's whole body may carry long earlier answers; each user message is still at most 2000 characters. */
export const MAX_COMPLETION_BODY_BYTES = 256 * 1024;

/** Earlier user turns replayed to rebuild a conversation's facts when its state is not stored (oldest beyond this dropped). */
export const MAX_REPLAYED_TURNS = 20;

const TextPart = z.object({ type: z.literal('text'), text: z.string() });
/** Images, audio and files are accepted in the shape OpenAI allows but carry nothing a policy answer can use. */
const OtherPart = z.looseObject({ type: z.string() });

export const Message = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.optional(z.union([z.string(), z.array(z.union([TextPart, OtherPart])), z.null()])),
  name: z.optional(z.string()),
});
export type Message = z.infer<typeof Message>;

export const CompletionBody = z.object({
  model: z.string({ error: '"model" is required: use "shizuishan-talent-policy"' }).check(z.minLength(1)),
  messages: z
    .array(Message, { error: '"messages" must be an array of {role, content}' })
    .check(z.minLength(1, '"messages" is empty'), z.maxLength(500)),
  stream: z.nullish(z.boolean()),
  /** The end user (OpenAI's meaning); also keeps two users' identical conversations apart. */
  user: z.nullish(z.string().check(z.maxLength(256))),
  /** Extension: continue a named session (as sessionId in POST /api/chat) instead of deriving one from the messages. */
  session_id: z.optional(
    z
      .string()
      .check(z.trim(), z.minLength(1), z.maxLength(128), z.regex(/^[\w.:-]+$/, '"session_id" may use letters, digits and . _ : - only')),
  ),
  /** Extension: the answer language; by default that of the question. */
  lang: z.optional(Lang),
});
export type CompletionBody = z.infer<typeof CompletionBody>;

/** The text of one message: a string, or its text parts joined. */
export function messageText(m: Message): string {
  if (typeof m.content === 'string') return m.content;
  if (!Array.isArray(m.content)) return '';
  return m.content.map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join('');
}
